from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import HomeStreamBlock


class HomePage(Page):
    """The network's front door: what ERN is and what the platform offers."""

    hero_heading = models.CharField(_("hero heading"), max_length=200)
    hero_text = RichTextField(_("hero text"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(HomeStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class AuditEvent(models.Model):
    """Who did what to whom, when and from where. Never holds a password, token or code."""

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    action = models.CharField(_("action"), max_length=64, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(_("who (as recorded)"), max_length=254, blank=True)
    target_type = models.CharField(_("object type"), max_length=100, blank=True)
    target_id = models.CharField(_("object id"), max_length=64, blank=True)
    target_label = models.CharField(_("object"), max_length=254, blank=True)
    ip_address = models.GenericIPAddressField(_("from"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_label}"


class OutboundEmailStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


class OutboundEmail(models.Model):
    """One e-mail the platform sends, recorded before it goes out; its idempotency key means it goes out once."""

    idempotency_key = models.CharField(_("idempotency key"), max_length=255, unique=True)
    to = models.JSONField(_("to"), default=list)
    from_email = models.CharField(_("from"), max_length=254, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.TextField(_("subject"))
    body = models.TextField(_("text"))
    html = models.TextField(_("HTML version"), blank=True)
    # Each as {"filename", "mimetype", "content"} with the content in base64.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=OutboundEmailStatus.choices, default=OutboundEmailStatus.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # Holds a sign-in, confirmation or password link: staff never see its text, erased once it is sent.
    confidential = models.BooleanField(_("confidential"), default=False)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        permissions = [("retry_outboundemail", _("Can retry failed e-mails"))]

    def __str__(self) -> str:
        return f"{self.subject[:80]} → {self.recipients}"

    @property
    def recipients(self) -> str:
        return ", ".join(self.to)

    def get_body_display(self) -> str:
        """The text as staff see it (Wagtail's inspect view): never that of a confidential message."""
        if self.confidential:
            return gettext("Not shown: it holds a personal sign-in or password link.")
        return self.body
