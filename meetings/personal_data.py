"""The meetings app's part of a person's data: registrations, their history, attendance, calendar feeds.

See ``ern_learning.accounts.services.personal_data`` for how apps take part.
"""

from django.db.models import Prefetch

from meetings.models import AttendanceRecord, CalendarFeedToken, Registration, RegistrationStatusChange

USER_FIELDS = {
    "meetings.Registration.user": "kept with its attendance, for seat counts and statistics; the person's note is cleared",
    "meetings.Registration.nominated_by": "kept: who nominated a participant",
    "meetings.RegistrationStatusChange.changed_by": "kept: who changed a registration",
    "meetings.AttendanceRecord.marked_by": "kept: who took attendance",
    "meetings.MeetingState.cancelled_by": "kept: who cancelled a meeting",
    "meetings.CalendarFeedToken.user": "deleted: the calendar feed address stops working",
}


def export(user) -> dict:
    registrations = (
        Registration.objects.filter(user=user)
        .select_related("meeting")
        .prefetch_related(
            Prefetch("status_changes", queryset=RegistrationStatusChange.objects.order_by("changed_at", "pk")),
            Prefetch("attendance", queryset=AttendanceRecord.objects.order_by("date")),
        )
        .order_by("created_at", "pk")
    )
    return {
        "registrations": [
            {
                "meeting": registration.meeting.title,
                "starts_at": registration.meeting.start_at,
                "ends_at": registration.meeting.end_at,
                "status": registration.status,
                "country": registration.country,
                "waitlist_position": registration.waitlist_position,
                "note": registration.note,
                "registered_at": registration.created_at,
                "history": [
                    {"from": change.from_status, "to": change.to_status, "when": change.changed_at, "reason": change.reason}
                    for change in registration.status_changes.all()
                ],
                "attendance": [{"date": record.date, "attended": record.attended} for record in registration.attendance.all()],
            }
            for registration in registrations
        ],
        "calendar_feeds": [
            {"created_at": token.created_at, "revoked_at": token.revoked_at}
            for token in CalendarFeedToken.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }


def erase(user, *, pseudonym) -> None:
    """Registrations and attendance stay (seats, quotas and statistics count them); the person's own note and
    the reasons written about their registrations are cleared; calendar feed addresses stop working."""
    Registration.objects.filter(user=user).exclude(note="").update(note="")
    RegistrationStatusChange.objects.filter(registration__user=user).exclude(reason="").update(reason="")
    CalendarFeedToken.objects.filter(user=user).delete()
