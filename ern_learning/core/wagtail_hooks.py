from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.permissions import register_permission_policy

from .models import AuditEvent, OutboundEmail, OutboundEmailStatus
from .permissions import ReadOnlyPermissionPolicy

register_permission_policy(AuditEvent, ReadOnlyPermissionPolicy(AuditEvent))

ADMIN_STYLESHEETS = ("css/fonts.css", "css/admin.css")


@hooks.register("insert_global_admin_css")
def admin_fonts():
    """Authors edit Khmer, Lao and Thai text: the admin uses our shipped Noto fonts wherever the
    system has none for a script, so nobody translates a lesson while looking at empty boxes."""
    return format_html_join("", '<link rel="stylesheet" href="{}">', ((static(path),) for path in ADMIN_STYLESHEETS))


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 900
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["action"]  # never editable (see ReadOnlyPermissionPolicy); Wagtail requires a form
    list_display = ["created_at", "action", "actor_label", "target_label", "ip_address"]
    list_filter = ["action", "created_at"]
    search_fields = ["action", "actor_label", "target_label", "ip_address"]
    list_export = ["created_at", "action", "actor_label", "target_type", "target_id", "target_label", "ip_address", "details"]
    export_filename = "ern-audit-log"
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEventViewSet("audit_log")


# --- Outgoing e-mail: what was sent, what failed, and sending again -----------------------------

RETRYABLE_STATUSES = (OutboundEmailStatus.FAILED, OutboundEmailStatus.QUEUED)


class OutboundEmailPermissionPolicy(ReadOnlyPermissionPolicy):
    """Staff with the permissions read the record and send failed messages again; nobody edits it."""

    READ_ACTIONS = frozenset({"view", "retry"})


register_permission_policy(OutboundEmail, OutboundEmailPermissionPolicy(OutboundEmail))


class OutboundEmailIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().defer("body", "html", "attachments")

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "retry"):
            buttons.append(
                HeaderButton(_("Send failed e-mails again"), url=reverse("outbound_emails:retry_all"), icon_name="resubmit")
            )
        return buttons

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.status in RETRYABLE_STATUSES and self.permission_policy.user_has_permission(self.request.user, "retry"):
            buttons.insert(
                0,
                ListingButton(
                    _("Send again"), url=reverse("outbound_emails:retry", args=[instance.pk]), icon_name="resubmit", priority=5
                ),
            )
        return buttons


class RetryOutboundEmailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation, then sends one failed e-mail (or all of them) again."""

    model = OutboundEmail
    permission_required = "retry"
    template_name = "core/admin/retry_outbound_email.html"
    page_title = _("Send again")
    header_icon = "mail"

    def setup(self, request, *args, pk=None, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = pk

    @cached_property
    def email(self):
        if self.pk is None:
            return None
        return get_object_or_404(OutboundEmail.objects.defer("body", "html", "attachments"), pk=self.pk)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("outbound_emails:index"), "label": OutboundEmail._meta.verbose_name_plural},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        from ern_learning.core.services.mail import retryable_emails

        context = super().get_context_data(**kwargs)
        context["email"] = self.email
        context["count"] = retryable_emails().count() if self.email is None else None
        context["retryable"] = self.email is None or self.email.status in RETRYABLE_STATUSES
        context["index_url"] = reverse("outbound_emails:index")
        return context

    def post(self, request, *args, **kwargs):
        from ern_learning.core.services.mail import retry_email, retry_failed_emails

        if self.email is None:
            count = retry_failed_emails()
            messages.success(request, _("%(count)d e-mail(s) will be sent again.") % {"count": count})
        elif self.email.status in RETRYABLE_STATUSES:
            retry_email(self.email)
            messages.success(request, _("The e-mail will be sent again."))
        else:
            messages.warning(request, _("This e-mail was not sent again: it was already sent or cancelled."))
        return redirect("outbound_emails:index")


class OutboundEmailViewSet(ModelViewSet):
    model = OutboundEmail
    icon = "mail"
    menu_label = _("Outgoing e-mail")
    menu_order = 910
    add_to_admin_menu = True
    index_view_class = OutboundEmailIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["subject"]  # never editable (see OutboundEmailPermissionPolicy); Wagtail requires a form
    list_display = ["created_at", "subject", Column("recipients", label=_("to")), "status", "attempts", "last_error", "sent_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["subject", "idempotency_key", "last_error"]
    inspect_view_fields = [
        "idempotency_key",
        "to",
        "from_email",
        "reply_to",
        "subject",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
        "sent_at",
        "body",
    ]
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        retry = self.construct_view(RetryOutboundEmailView)
        return super().get_urlpatterns() + [
            path("retry/", retry, name="retry_all"),
            path("retry/<int:pk>/", retry, name="retry"),
        ]


@hooks.register("register_admin_viewset")
def register_outbound_emails():
    return OutboundEmailViewSet("outbound_emails")
