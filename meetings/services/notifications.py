"""Telling people: each message is queued after commit, once by its key, and sent (and retried) by the e-mail queue."""

import uuid
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ern_learning.accounts.models import User
from ern_learning.core.models import OutboundEmail
from ern_learning.core.services.audit import record_event
from ern_learning.core.services.mail import queue_message
from meetings import emails
from meetings.models import (
    ACTIVE_STATUSES,
    MeetingPage,
    Registration,
    RegistrationStatus,
    RegistrationStatusChange,
)

DEFAULT_REMINDER_HOURS = 24


def reminder_hours() -> int:
    return int(getattr(settings, "MEETINGS_REMINDER_HOURS", DEFAULT_REMINDER_HOURS))


def _deliver_once(key: str, build) -> bool:
    """Queue the message `build()` returns unless one with this key was queued already; True when queued now.

    The outgoing e-mail queue (one record per key) sends it after commit, retries it when the mail
    server fails and shows a failure to staff; a second delivery of the same notice (a retried task,
    a double click) finds the record and builds nothing.
    """
    if OutboundEmail.objects.filter(idempotency_key=key).exists():
        return False
    queue_message(build(), idempotency_key=key)
    return True


# --- Registration notices --------------------------------------------------------------------


def registration_notice_key(*, registration_id: int, kind: str, change_id: int) -> str:
    return f"registration:{registration_id}:change:{change_id}:{kind}"


def enqueue_registration_notice(*, registration_id: int, kind: str, change_id: int) -> None:
    from meetings.tasks import send_registration_notice

    send_registration_notice.enqueue(registration_id=registration_id, kind=kind, change_id=change_id)


def deliver_registration_notice(*, registration_id: int, kind: str, change_id: int) -> bool:
    """E-mail the participant about one status change of their registration, once."""
    change = (
        RegistrationStatusChange.objects.select_related("registration__user", "registration__meeting__state")
        .filter(pk=change_id, registration_id=registration_id)
        .first()
    )
    if change is None:
        return False
    registration = change.registration
    rank = None
    if kind == "waitlisted" and registration.status == RegistrationStatus.WAITLISTED:
        from meetings.selectors.meetings import waitlist_rank

        rank = waitlist_rank(registration)
    return _deliver_once(
        registration_notice_key(registration_id=registration_id, kind=kind, change_id=change_id),
        build=partial(
            emails.registration_notice,
            registration,
            kind=kind,
            from_status=change.from_status,
            reason=change.reason,
            waitlist_rank=rank,
        ),
    )


# --- Notices about the meeting itself --------------------------------------------------------


def meeting_notice_key(*, meeting_id: int, user_id: int, kind: str, sequence: int) -> str:
    if kind == "reminder":
        return f"meeting:{meeting_id}:reminder:{user_id}"
    return f"meeting:{meeting_id}:{kind}:{sequence}:{user_id}"


def notify_registrants(meeting: MeetingPage, *, kind: str, sequence: int, statuses=ACTIVE_STATUSES, reason: str = "") -> int:
    """After commit, queue one `kind` notice (changed, cancelled) for each registrant now in `statuses`.

    Call it before changing the registrations: whether each person held a seat is read now.
    """
    recipients = list(
        Registration.objects.filter(meeting=meeting, status__in=statuses).values_list("user_id", "status").order_by("pk")
    )

    def enqueue():
        from meetings.tasks import send_meeting_notice

        for user_id, status in recipients:
            send_meeting_notice.enqueue(
                meeting_id=meeting.pk,
                user_id=user_id,
                kind=kind,
                sequence=sequence,
                reason=reason,
                approved=status == RegistrationStatus.APPROVED,
            )

    transaction.on_commit(enqueue)
    return len(recipients)


def deliver_meeting_notice(
    *, meeting_id: int, user_id: int, kind: str, sequence: int, reason: str = "", approved: bool | None = None
) -> bool:
    """E-mail one registrant that the meeting changed, was cancelled, or starts soon, once."""
    meeting = MeetingPage.objects.select_related("state").filter(pk=meeting_id).first()
    registration = Registration.objects.select_related("user").filter(meeting_id=meeting_id, user_id=user_id).first()
    if meeting is None or registration is None:
        return False
    if approved is None:
        approved = registration.status == RegistrationStatus.APPROVED
    if kind == "reminder" and (not approved or meeting.is_cancelled):
        return False
    return _deliver_once(
        meeting_notice_key(meeting_id=meeting_id, user_id=user_id, kind=kind, sequence=sequence),
        build=partial(
            emails.meeting_notice, meeting, user=registration.user, kind=kind, sequence=sequence, approved=approved, reason=reason
        ),
    )


def send_meeting_reminders(*, now: datetime | None = None, hours: int | None = None) -> int:
    """Queue a reminder for each approved participant of a meeting starting within `hours`; each person gets one per meeting."""
    now = now or timezone.now()
    hours = reminder_hours() if hours is None else hours
    registrations = list(
        Registration.objects.filter(
            status=RegistrationStatus.APPROVED,
            meeting__live=True,
            meeting__start_at__gt=now,
            meeting__start_at__lte=now + timedelta(hours=hours),
        )
        .filter(Q(meeting__state__isnull=True) | Q(meeting__state__cancelled_at__isnull=True))
        .values_list("meeting_id", "user_id")
        .order_by("meeting_id", "pk")
    )
    keys = {meeting_notice_key(meeting_id=m, user_id=u, kind="reminder", sequence=0): (m, u) for m, u in registrations}
    already_sent = set(OutboundEmail.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True))
    due = [pair for key, pair in keys.items() if key not in already_sent]
    from meetings.tasks import send_meeting_notice

    for meeting_id, user_id in due:
        send_meeting_notice.enqueue(meeting_id=meeting_id, user_id=user_id, kind="reminder", sequence=0, reason="", approved=None)
    return len(due)


# --- Organisers writing to participants ------------------------------------------------------


def email_participants(meeting: MeetingPage, *, statuses: list[str], subject: str, message: str, by: User) -> int:
    """Queue the organiser's message to every registrant with one of `statuses`; returns how many will receive it."""
    from meetings.selectors.access import can_manage_registrations

    if not can_manage_registrations(by):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    statuses = [status for status in statuses if status in RegistrationStatus.values]
    message_id = uuid.uuid4().hex
    with transaction.atomic():
        user_ids = list(
            Registration.objects.filter(meeting=meeting, status__in=statuses).values_list("user_id", flat=True).order_by("pk")
        )
        record_event(
            "participants.emailed",
            actor=by,
            target=meeting,
            details={"statuses": statuses, "subject": subject[:200], "recipients": len(user_ids), "message": message_id},
        )

        def enqueue():
            from meetings.tasks import send_participant_message

            for user_id in user_ids:
                send_participant_message.enqueue(
                    meeting_id=meeting.pk, user_id=user_id, subject=subject, text=message, sender_id=by.pk, message_id=message_id
                )

        transaction.on_commit(enqueue)
    return len(user_ids)


def deliver_participant_message(
    *, meeting_id: int, user_id: int, subject: str, text: str, sender_id: int, message_id: str
) -> bool:
    meeting = MeetingPage.objects.filter(pk=meeting_id).first()
    user = User.objects.filter(pk=user_id).first()
    sender = User.objects.filter(pk=sender_id).first()
    if meeting is None or user is None:
        return False
    return _deliver_once(
        f"meeting:{meeting_id}:message:{message_id}:{user_id}",
        build=partial(
            emails.participant_message,
            meeting,
            user=user,
            subject=subject,
            text=text,
            sender_name=sender.latin_name if sender else "",
        ),
    )
