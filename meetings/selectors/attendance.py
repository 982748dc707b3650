"""Reads about attendance: who came on which day, who attended at all, and who earned a certificate."""

import math
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from ern_learning.accounts.models import User
from meetings.models import AttendanceRecord, MeetingPage, Registration, RegistrationStatus


def attendees_of(meeting: MeetingPage) -> QuerySet[User]:
    """People with an approved registration who attended at least one day of the meeting."""
    attended = AttendanceRecord.objects.filter(
        registration__meeting=meeting,
        registration__status=RegistrationStatus.APPROVED,
        registration__user=OuterRef("pk"),
        attended=True,
    )
    return User.objects.filter(Exists(attended)).order_by("last_name", "first_name", "pk")


def attendance_sheet(meeting: MeetingPage, *, day: date) -> list[Registration]:
    """The approved participants of a meeting, each with `attended` for the given day (None when not yet marked)."""
    registrations = list(
        Registration.objects.filter(meeting=meeting, status=RegistrationStatus.APPROVED)
        .select_related("user")
        .order_by("country", "user__last_name", "user__first_name", "pk")
    )
    marks = dict(
        AttendanceRecord.objects.filter(registration__meeting=meeting, date=day).values_list("registration_id", "attended")
    )
    for registration in registrations:
        registration.attended = marks.get(registration.pk)
    return registrations


def attendance_counts(meeting: MeetingPage) -> dict[date, int]:
    """How many people attended each day."""
    counts: dict[date, int] = dict.fromkeys(meeting.days, 0)
    per_day = (
        AttendanceRecord.objects.filter(
            registration__meeting=meeting, registration__status=RegistrationStatus.APPROVED, attended=True
        )
        .values_list("date")
        .annotate(present=Count("pk"))
        .order_by()
    )
    counts.update(dict(per_day))
    return counts


def days_needed_for_certificate(meeting: MeetingPage) -> int:
    """How many days of the meeting a participant must attend to earn its attendance certificate."""
    return max(1, math.ceil(len(meeting.days) * meeting.certificate_attendance_percent / 100))


def certificate_standing(meeting: MeetingPage) -> QuerySet[Registration]:
    """The approved participants, each with `days_attended`, `qualifies` and `has_certificate`."""
    from courses.models import Certificate

    needed = days_needed_for_certificate(meeting)
    return (
        Registration.objects.filter(meeting=meeting, status=RegistrationStatus.APPROVED)
        .annotate(
            days_attended=Count("attendance", filter=Q(attendance__attended=True)),
            has_certificate=Exists(Certificate.objects.filter(meeting=meeting, holder=OuterRef("user_id"))),
        )
        .annotate(qualifies=Q(days_attended__gte=needed))
        .select_related("user")
        .order_by("country", "user__last_name", "user__first_name", "pk")
    )


def certificate_summary(meeting: MeetingPage) -> dict[str, int]:
    """For the organisers: days needed, participants who qualify, and those of them already holding a certificate."""
    standing = list(certificate_standing(meeting).values_list("qualifies", "has_certificate"))
    return {
        "days_needed": days_needed_for_certificate(meeting),
        "days": len(meeting.days),
        "participants": len(standing),
        "qualifying": sum(1 for qualifies, _held in standing if qualifies),
        "issued": sum(1 for _qualifies, held in standing if held),
        "to_issue": sum(1 for qualifies, held in standing if qualifies and not held),
    }
