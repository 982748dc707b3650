"""Who asked for a seat at which meeting, what became of it, and who attended which day."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ern_learning.accounts.models import Country

from .pages import MeetingPage


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    WAITLISTED = "waitlisted", _("On the waitlist")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")


# Registrations that still count: they hold a seat, wait for one, or wait for a decision.
ACTIVE_STATUSES = (RegistrationStatus.PENDING, RegistrationStatus.APPROVED, RegistrationStatus.WAITLISTED)


class Registration(models.Model):
    """One person's registration for one meeting; there is never more than one per person and meeting."""

    meeting = models.ForeignKey(MeetingPage, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("meeting"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_registrations", verbose_name=_("participant")
    )
    # The participant's country when they registered: seat quotas count this, not later profile edits.
    country = models.CharField(_("country or organisation"), max_length=10, choices=Country.choices)
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices, db_index=True)
    waitlist_position = models.PositiveIntegerField(_("waitlist position"), null=True, blank=True)
    note = models.TextField(_("note"), max_length=500, blank=True)
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("nominated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_nominations",
    )
    over_capacity = models.BooleanField(
        _("approved over capacity"), default=False, help_text=_("An organiser approved this seat beyond the capacity or quota.")
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["meeting", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="meetings_registration_one_per_person"),
            models.CheckConstraint(
                condition=(Q(status=RegistrationStatus.WAITLISTED, waitlist_position__isnull=False))
                | (~Q(status=RegistrationStatus.WAITLISTED) & Q(waitlist_position__isnull=True)),
                name="meetings_registration_waitlist_position_iff_waitlisted",
            ),
        ]
        indexes = [models.Index(fields=["meeting", "status", "country"], name="meetings_reg_seat_count")]

    def __str__(self) -> str:
        return f"{self.user} — {self.meeting.title}"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class RegistrationStatusChange(models.Model):
    """One step in a registration's history: from which status to which, by whom, when and why."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("registration")
    )
    from_status = models.CharField(_("from"), max_length=12, choices=RegistrationStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=12, choices=RegistrationStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the platform made the change, for example a promotion from the waitlist."),
    )
    changed_at = models.DateTimeField(_("when"), default=timezone.now)
    reason = models.CharField(_("why"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("registration status change")
        verbose_name_plural = _("registration history")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.from_status or '—'} → {self.to_status}"


class AttendanceRecord(models.Model):
    """Whether a participant attended one day of a meeting."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("registration")
    )
    date = models.DateField(_("day"))
    attended = models.BooleanField(_("attended"), default=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("marked by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        verbose_name = _("attendance record")
        verbose_name_plural = _("attendance records")
        ordering = ["registration", "date"]
        constraints = [models.UniqueConstraint(fields=["registration", "date"], name="meetings_attendance_one_per_day")]

    def __str__(self) -> str:
        return f"{self.registration_id} {self.date:%Y-%m-%d} {'✓' if self.attended else '✗'}"
