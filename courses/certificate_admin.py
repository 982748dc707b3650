"""Certificates in the Wagtail admin: templates (a snippet), certificates (list, filter, revoke,
reissue) and bulk jobs (issue or ZIP download, with progress). Imported from courses/wagtail_hooks.py."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.certificate_forms import BulkJobForm, ConfirmForm, RevokeCertificateForm
from courses.models import BulkCertificateJob, BulkJobKind, Certificate, CertificateTemplate
from courses.selectors.certificates import bulk_jobs_visible_to, certificates_managed_by
from courses.services.certificates import (
    CertificateRefused,
    bulk_zip_download_name,
    can_retry,
    reissue_certificate,
    retry_bulk_job,
    revoke_certificate,
    start_bulk_job,
)


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    add_to_admin_menu = False
    list_display = ["name", "heading", "signatory_name"]
    search_fields = ["name"]


register_snippet(CertificateTemplateViewSet)


# --- Permissions ------------------------------------------------------------------------------


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Certificates are written by the services only: staff with the change permission revoke and
    reissue them; nobody adds, edits or deletes one by hand."""

    ACTIONS = {"view": "view", "revoke": "change", "reissue": "change"}

    def user_has_permission(self, user, action):
        return action in self.ACTIONS and super().user_has_permission(user, self.ACTIONS[action])

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([self.ACTIONS[action] for action in actions if action in self.ACTIONS])


class BulkJobPermissionPolicy(ModelPermissionPolicy):
    """Staff start bulk jobs and follow them; a job's record is never edited or deleted by hand."""

    def user_has_permission(self, user, action):
        return action in ("view", "add") and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action in ("view", "add")])


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
register_permission_policy(BulkCertificateJob, BulkJobPermissionPolicy(BulkCertificateJob))


def certificate_buttons(user, certificate: Certificate, policy) -> list:
    buttons = []
    if not certificate.is_revoked:
        buttons.append(
            ListingButton(
                _("Download PDF"), url=reverse("certificates:download", args=[certificate.pk]), icon_name="download", priority=5
            )
        )
    if policy.user_has_permission(user, "revoke") and not certificate.is_revoked:
        buttons.append(
            ListingButton(
                _("Revoke"), url=reverse("certificate_admin:revoke", args=[certificate.pk]), icon_name="cross", priority=10
            )
        )
    if policy.user_has_permission(user, "reissue"):
        buttons.append(
            ListingButton(
                _("Reissue"), url=reverse("certificate_admin:reissue", args=[certificate.pk]), icon_name="resubmit", priority=20
            )
        )
    return buttons


# --- Certificates -----------------------------------------------------------------------------


class CertificateIndexView(IndexView):
    def get_base_queryset(self):
        return certificates_managed_by(self.request.user)

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if BulkJobPermissionPolicy(BulkCertificateJob).user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(_("Issue or download in bulk"), url=reverse("certificate_jobs:add"), icon_name="download")
            )
        return buttons

    def get_list_buttons(self, instance):
        return certificate_buttons(self.request.user, instance, self.permission_policy) + super().get_list_buttons(instance)


class CertificateInspectView(InspectView):
    def get_object(self, queryset=None):
        certificate = certificates_managed_by(self.request.user).filter(pk=self.pk).first()
        if certificate is None:
            raise Http404
        return certificate

    @cached_property
    def header_more_buttons(self):
        return [
            Button(button.label, url=button.url, icon_name=button.icon_name, priority=button.priority)
            for button in certificate_buttons(self.request.user, self.object, self.permission_policy)
        ]


class ManagedCertificateMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """A view on one certificate the user's role covers; any other id is not found."""

    model = Certificate
    header_icon = "doc-full"

    def setup(self, request, *args, pk=None, **kwargs):
        super().setup(request, *args, **kwargs)
        self.pk = pk

    @cached_property
    def certificate(self) -> Certificate:
        certificate = certificates_managed_by(self.request.user).filter(pk=self.pk).first()
        if certificate is None:
            raise Http404
        return certificate

    def get_page_subtitle(self):
        return str(self.certificate)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("certificate_admin:index"), "label": Certificate._meta.verbose_name_plural},
            {"url": reverse("certificate_admin:inspect", args=[self.certificate.pk]), "label": self.certificate.display_code},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["certificate"] = self.certificate
        context["inspect_url"] = reverse("certificate_admin:inspect", args=[self.certificate.pk])
        return context


class RevokeCertificateView(ManagedCertificateMixin, FormView):
    permission_required = "revoke"
    form_class = RevokeCertificateForm
    template_name = "courses/certificates/admin/revoke.html"
    page_title = _("Revoke certificate")

    def form_valid(self, form):
        try:
            revoke_certificate(self.certificate, by=self.request.user, reason=form.cleaned_data["reason"], request=self.request)
        except CertificateRefused as refusal:
            form.add_error(None, refusal.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The certificate %(code)s is revoked.") % {"code": self.certificate.display_code})
        return redirect("certificate_admin:inspect", self.certificate.pk)


class ReissueCertificateView(ManagedCertificateMixin, FormView):
    permission_required = "reissue"
    form_class = ConfirmForm
    template_name = "courses/certificates/admin/reissue.html"
    page_title = _("Reissue certificate")

    def form_valid(self, form):
        reissue_certificate(self.certificate, by=self.request.user, request=self.request)
        messages.success(
            self.request,
            _("The certificate %(code)s is reissued; its PDF will show the holder's name and the title as they are now.")
            % {"code": self.certificate.display_code},
        )
        return redirect("certificate_admin:inspect", self.certificate.pk)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["revocation_reason"]  # never editable here (see CertificatePermissionPolicy); Wagtail requires a form
    list_display = [
        TitleColumn("display_code", label=_("verification code"), url_name="certificate_admin:inspect"),
        "holder_name",
        "title_english",
        "language",
        "issued_on",
        "status",
        "expires_on",
    ]
    list_filter = ["course", "status", "language", "issued_on"]
    list_export = [
        "code",
        "holder_name",
        "holder_native_name",
        "holder.email",
        "holder.country",
        "title_english",
        "language",
        "issued_on",
        "expires_on",
        "status",
        "revoked_at",
    ]
    export_filename = "ern-certificates"
    search_fields = ["code", "holder_name", "holder_native_name", "holder__email", "title_english"]
    search_backend_name = None
    inspect_view_fields = [
        "code",
        "holder",
        "holder_name",
        "holder_native_name",
        "course",
        "meeting",
        "title",
        "title_english",
        "language",
        "bilingual",
        "issued_on",
        "expires_on",
        "status",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "revision",
        "pdf_rendered_at",
        "expiry_reminder_sent_at",
    ]
    ordering = ["-issued_on", "-pk"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("revoke/<int:pk>/", self.construct_view(RevokeCertificateView), name="revoke"),
            path("reissue/<int:pk>/", self.construct_view(ReissueCertificateView), name="reissue"),
        ]


# --- Bulk jobs --------------------------------------------------------------------------------


class BulkJobIndexView(IndexView):
    def get_base_queryset(self):
        return bulk_jobs_visible_to(self.request.user)


class BulkJobInspectView(InspectView):
    template_name = "courses/certificates/admin/bulk_job.html"

    def get_object(self, queryset=None):
        job = bulk_jobs_visible_to(self.request.user).filter(pk=self.pk).first()
        if job is None:
            raise Http404
        return job

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["job"] = self.object
        if self.object.result:
            context["result_url"] = reverse("certificate_jobs:result", args=[self.object.pk])
        if can_retry(self.object) and BulkJobPermissionPolicy(BulkCertificateJob).user_has_permission(self.request.user, "add"):
            context["retry_url"] = reverse("certificate_jobs:retry", args=[self.object.pk])
        return context


class StartBulkJobView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    model = BulkCertificateJob
    permission_required = "add"
    form_class = BulkJobForm
    template_name = "courses/certificates/admin/start_bulk_job.html"
    page_title = _("Issue or download certificates in bulk")
    header_icon = "download"

    def get_initial(self):
        return {"course": self.request.GET.get("course"), "kind": self.request.GET.get("kind", BulkJobKind.ZIP)}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("certificate_jobs:index"), "label": BulkCertificateJob._meta.verbose_name_plural},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        try:
            job = start_bulk_job(form.cleaned_data["kind"], course=form.cleaned_data["course"], by=self.request.user)
        except CertificateRefused as refusal:
            form.add_error(None, refusal.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The job has started; this page shows its progress."))
        return redirect("certificate_jobs:inspect", job.pk)


class BulkJobRetryView(PermissionCheckedMixin, View):
    """Runs a failed or interrupted job's work again, as a new job (POST)."""

    model = BulkCertificateJob
    permission_required = "add"
    http_method_names = ["post"]

    def post(self, request, *args, pk=None, **kwargs):
        job = bulk_jobs_visible_to(request.user).filter(pk=pk).first()
        if job is None:
            raise Http404
        try:
            again = retry_bulk_job(job, by=request.user)
        except CertificateRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("certificate_jobs:inspect", job.pk)
        messages.success(request, _("The job is running again; this page shows its progress."))
        return redirect("certificate_jobs:inspect", again.pk)


class BulkJobResultView(PermissionCheckedMixin, View):
    """Serves a finished job's ZIP file to staff who may see the job."""

    model = BulkCertificateJob
    permission_required = "view"

    def get(self, request, *args, pk=None, **kwargs):
        job = bulk_jobs_visible_to(request.user).filter(pk=pk).first()
        if job is None or not job.result:
            raise Http404
        return FileResponse(job.result.open("rb"), as_attachment=True, filename=bulk_zip_download_name(job))


class BulkJobViewSet(ModelViewSet):
    model = BulkCertificateJob
    icon = "download"
    menu_label = _("Bulk jobs")
    index_view_class = BulkJobIndexView
    inspect_view_class = BulkJobInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["kind"]  # the add view is StartBulkJobView; jobs are never edited
    list_display = [
        TitleColumn("__str__", label=_("job"), url_name="certificate_jobs:inspect"),
        "status",
        Column("percent", label=_("progress (%)")),
        "done",
        "failed",
        "total",
        "requested_by",
        "created_at",
    ]
    list_filter = ["kind", "status", "created_at"]
    ordering = ["-created_at", "-pk"]

    @property
    def add_view(self):
        # A form of our own: a job is started by the service, not saved from a model form.
        return self.construct_view(StartBulkJobView)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("result/<int:pk>/", self.construct_view(BulkJobResultView), name="result"),
            path("retry/<int:pk>/", self.construct_view(BulkJobRetryView), name="retry"),
        ]


class CertificatesGroup(ModelViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    menu_order = 320
    items = (CertificateViewSet("certificate_admin"), BulkJobViewSet("certificate_jobs"))


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificatesGroup()


class CertificateTemplatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_certificatetemplate")


@hooks.register("register_admin_menu_item")
def register_certificate_templates_menu_item():
    return CertificateTemplatesMenuItem(
        _("Certificate templates"), reverse("wagtailsnippets_courses_certificatetemplate:list"), icon_name="doc-full", order=325
    )
