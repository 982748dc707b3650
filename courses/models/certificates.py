"""Certificates: how they look (templates), what was issued to whom, and bulk jobs for staff."""

import datetime
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.search import index

from ern_learning.languages import LANGUAGES

__all__ = [
    "BulkCertificateJob",
    "BulkJobKind",
    "BulkJobStatus",
    "Certificate",
    "CertificateSettings",
    "CertificateStatus",
    "CertificateTemplate",
    "format_verification_code",
    "new_verification_code",
    "normalise_verification_code",
]

# Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud or typed
# from paper survives. Ten characters carry 50 random bits.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
_CODE_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})

hex_colour_validator = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # and six hexadecimal digits, e.g. #1d3557."))


def new_verification_code() -> str:
    """Ten random Crockford base32 characters (stored without the hyphen)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _position in range(CODE_LENGTH))


def normalise_verification_code(typed: str) -> str | None:
    """The stored form of a code as someone typed it (any case, spaces, hyphens, O for 0, I or L
    for 1); None when it cannot be a code."""
    code = "".join((typed or "").split()).replace("-", "").upper().translate(_CODE_LOOKALIKES)
    if len(code) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in code):
        return None
    return code


def format_verification_code(code: str) -> str:
    """XXXXX-XXXXX, as printed."""
    return f"{code[:5]}-{code[5:]}"


class CertificateTemplate(index.Indexed, models.Model):
    """How a certificate looks and what it says; a course picks one."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For staff only, to pick the template for a course."))
    heading = models.CharField(_("heading"), max_length=200, help_text=_("For example: Certificate of completion."))
    body = RichTextField(
        _("text"),
        features=["bold", "italic"],
        blank=True,
        help_text=_("Printed between the holder's name and the course title, e.g. “has successfully completed the course”."),
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=150, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=200, blank=True)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A scanned signature, ideally a PNG with a transparent background."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    primary_colour = models.CharField(_("main colour"), max_length=7, default="#1d3557", validators=[hex_colour_validator])
    accent_colour = models.CharField(_("accent colour"), max_length=7, default="#c9a227", validators=[hex_colour_validator])

    panels = [
        FieldPanel("name"),
        FieldPanel("heading"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("signatory_name"), FieldPanel("signatory_title"), FieldPanel("signature_image")], heading=_("Signatory")
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("accent_colour")])],
            heading=_("Design"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    """Site-wide choices for certificates."""

    mask_holder_names = models.BooleanField(
        _("show only initials on the verification page"),
        default=False,
        help_text=_("When on, anyone checking a code sees the holder's initials instead of the full name."),
    )
    default_template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("default template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used for courses without a template of their own and for meeting certificates."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("expiry reminder (days before)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("How long before a certificate expires its holder receives a reminder by e-mail."),
    )

    panels = [FieldPanel("mask_holder_names"), FieldPanel("default_template"), FieldPanel("reminder_days")]

    class Meta:
        verbose_name = _("certificate settings")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")


class Certificate(models.Model):
    """One certificate held by one person for one course or one meeting, with what it printed."""

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.CASCADE, related_name="certificates"
    )
    # Certificates are records agencies rely on: their course or meeting cannot be deleted, only unpublished.
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    meeting = models.ForeignKey(
        "meetings.MeetingPage",
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    code = models.CharField(
        _("verification code"), max_length=CODE_LENGTH, unique=True, default=new_verification_code, editable=False
    )
    issued_on = models.DateField(_("date of issue"), default=timezone.localdate)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES, default="en")
    bilingual = models.BooleanField(_("with English"), default=False)
    # What the certificate printed, kept as it was whatever later changes to the profile or course.
    holder_name = models.CharField(_("holder's name (Latin script)"), max_length=310)
    holder_native_name = models.CharField(_("holder's name (own script)"), max_length=150, blank=True)
    title = models.CharField(_("course or meeting title"), max_length=255)
    title_english = models.CharField(_("course or meeting title in English"), max_length=255)
    status = models.CharField(
        _("status"), max_length=10, choices=CertificateStatus.choices, default=CertificateStatus.VALID, db_index=True
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("revoked by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)
    expires_on = models.DateField(_("valid until"), null=True, blank=True, db_index=True)
    expiry_reminder_sent_at = models.DateTimeField(_("expiry reminder sent"), null=True, blank=True)
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/%m/", blank=True)
    pdf_rendered_at = models.DateTimeField(_("PDF rendered"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["holder", "course"], name="courses_certificate_one_per_course"),
            models.UniqueConstraint(fields=["holder", "meeting"], name="courses_certificate_one_per_meeting"),
            models.CheckConstraint(
                condition=(
                    models.Q(course__isnull=False, meeting__isnull=True) | models.Q(course__isnull=True, meeting__isnull=False)
                ),
                name="courses_certificate_course_xor_meeting",
            ),
        ]
        indexes = [models.Index(fields=["course", "status"]), models.Index(fields=["meeting", "status"])]

    def __str__(self) -> str:
        return f"{self.display_code} · {self.holder_name} · {self.title_english}"

    @property
    def display_code(self) -> str:
        return format_verification_code(self.code)

    @property
    def is_revoked(self) -> bool:
        return self.status == CertificateStatus.REVOKED

    def is_expired(self, today: datetime.date | None = None) -> bool:
        return self.expires_on is not None and self.expires_on < (today or timezone.localdate())

    @property
    def is_valid(self) -> bool:
        return not self.is_revoked and not self.is_expired()

    @property
    def subject(self):
        """The course or meeting page the certificate is for."""
        return self.course if self.course_id else self.meeting


class BulkJobKind(models.TextChoices):
    ISSUE = "issue", _("Issue missing certificates")
    ZIP = "zip", _("Download all certificates as a ZIP file")


class BulkJobStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Finished")
    FAILED = "failed", _("Failed")


class BulkCertificateJob(models.Model):
    """Background work on all certificates of a course or meeting, with its progress for staff."""

    kind = models.CharField(_("task"), max_length=10, choices=BulkJobKind.choices)
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    meeting = models.ForeignKey(
        "meetings.MeetingPage", verbose_name=_("meeting"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=BulkJobStatus.choices, default=BulkJobStatus.PENDING, db_index=True
    )
    total = models.PositiveIntegerField(_("to do"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    result = models.FileField(_("result"), upload_to="certificates/bulk/%Y/%m/", blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk certificate job")
        verbose_name_plural = _("bulk certificate jobs")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(course__isnull=False, meeting__isnull=True) | models.Q(course__isnull=True, meeting__isnull=False)
                ),
                name="courses_bulk_job_course_xor_meeting",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.subject}"

    @property
    def subject(self):
        return self.course if self.course_id else self.meeting

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.status in (BulkJobStatus.SUCCEEDED, BulkJobStatus.FAILED) else 0
        return min(100, round(100 * (self.done + self.failed) / self.total))

    @property
    def is_finished(self) -> bool:
        return self.status in (BulkJobStatus.SUCCEEDED, BulkJobStatus.FAILED)
