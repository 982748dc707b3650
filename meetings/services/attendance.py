"""Marking who attended each day of a meeting, and issuing certificates of attendance to those who did."""

from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ern_learning.accounts.models import User
from ern_learning.core.services.audit import record_event
from meetings.errors import RegistrationError
from meetings.formatting import format_day
from meetings.models import AttendanceRecord, MeetingPage, Registration, RegistrationStatus
from meetings.selectors.access import can_issue_attendance_certificates, can_mark_attendance
from meetings.selectors.attendance import certificate_standing, days_needed_for_certificate


def mark_attendance(
    meeting: MeetingPage, *, day: date, present: set[int], by: User, now: datetime | None = None
) -> dict[str, int]:
    """Record for one day of the meeting, for every approved participant, whether they attended (`present` lists who did)."""
    if not can_mark_attendance(by):
        raise PermissionDenied(_("Only meeting organisers can mark attendance."))
    now = now or timezone.now()
    if day not in meeting.days:
        raise RegistrationError(_("%(day)s is not a day of this meeting.") % {"day": format_day(day)}, code="not_a_meeting_day")
    if day > now.astimezone(meeting.tz).date():
        raise RegistrationError(
            _("Attendance for %(day)s cannot be marked before that day.") % {"day": format_day(day)}, code="future_day"
        )
    with transaction.atomic():
        participants = set(
            Registration.objects.filter(meeting=meeting, status=RegistrationStatus.APPROVED).values_list("pk", flat=True)
        )
        strangers = set(present) - participants
        if strangers:
            raise RegistrationError(
                _("Some of the people marked present are not approved participants of this meeting; nothing was saved."),
                code="other_meeting",
            )
        existing = {
            record.registration_id: record
            for record in AttendanceRecord.objects.filter(registration_id__in=participants, date=day)
        }
        to_create, to_update = [], []
        for registration_id in sorted(participants):
            attended = registration_id in present
            record = existing.get(registration_id)
            if record is None:
                to_create.append(
                    AttendanceRecord(registration_id=registration_id, date=day, attended=attended, marked_by=by, marked_at=now)
                )
            elif record.attended != attended:
                record.attended, record.marked_by, record.marked_at = attended, by, now
                to_update.append(record)
        AttendanceRecord.objects.bulk_create(to_create)
        AttendanceRecord.objects.bulk_update(to_update, ["attended", "marked_by", "marked_at"])
        counts = {"present": len(set(present)), "absent": len(participants) - len(set(present))}
        record_event("attendance.marked", actor=by, target=meeting, details={"day": day.isoformat(), **counts})
    return counts


def issue_attendance_certificates(meeting: MeetingPage, *, by: User, now: datetime | None = None) -> dict[str, int]:
    """Issue a certificate of attendance to every approved participant who attended enough days and has none
    yet, and tell each of them by e-mail. Safe to repeat: a person never gets a second certificate."""
    from courses.services.certificates import issue_meeting_certificate

    if not can_issue_attendance_certificates(by):
        raise PermissionDenied(_("Only meeting organisers can issue attendance certificates."))
    now = now or timezone.now()
    if not meeting.attendance_certificates:
        raise RegistrationError(_("This meeting does not give attendance certificates."), code="no_certificates")
    if meeting.is_cancelled:
        raise RegistrationError(_("This meeting was cancelled; it gives no certificates."), code="meeting_cancelled")
    last_day = meeting.days[-1]
    if now.astimezone(meeting.tz).date() < last_day:
        raise RegistrationError(
            _("Attendance certificates can be issued from the last day of the meeting, %(day)s.") % {"day": format_day(last_day)},
            code="too_early",
        )
    due = [
        registration.user
        for registration in certificate_standing(meeting)
        if registration.qualifies and not registration.has_certificate
    ]
    with transaction.atomic():
        issued = [issue_meeting_certificate(user, meeting) for user in due]
        for certificate in issued:
            notify_certificate_holder(certificate)
        record_event(
            "certificate.attendance_issued",
            actor=by,
            target=meeting,
            details={"issued": len(issued), "days_needed": days_needed_for_certificate(meeting)},
        )
    return {"issued": len(issued)}


def notify_certificate_holder(certificate) -> None:
    """Queue the e-mail telling the holder their certificate of attendance is ready (once per certificate)."""
    from ern_learning.core.services.mail import queue_message
    from meetings import emails

    queue_message(emails.certificate_issued(certificate), idempotency_key=f"certificate:{certificate.pk}:issued")
