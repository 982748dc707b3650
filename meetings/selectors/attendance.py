"""Reads about attendance: who came on which day, and who attended at all (for certificates)."""

from datetime import date

from django.db.models import Exists, OuterRef, QuerySet

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
    for day in AttendanceRecord.objects.filter(
        registration__meeting=meeting, registration__status=RegistrationStatus.APPROVED, attended=True
    ).values_list("date", flat=True):
        counts[day] = counts.get(day, 0) + 1
    return counts
