"""Background work: every e-mail of the meetings workflow goes through here (django-tasks)."""

from django_tasks import task


@task()
def send_registration_notice(*, registration_id: int, kind: str, change_id: int) -> bool:
    from meetings.services.notifications import deliver_registration_notice

    return deliver_registration_notice(registration_id=registration_id, kind=kind, change_id=change_id)


@task()
def send_meeting_notice(
    *, meeting_id: int, user_id: int, kind: str, sequence: int, reason: str = "", approved: bool | None = None
) -> bool:
    from meetings.services.notifications import deliver_meeting_notice

    return deliver_meeting_notice(
        meeting_id=meeting_id, user_id=user_id, kind=kind, sequence=sequence, reason=reason, approved=approved
    )


@task()
def send_participant_message(*, meeting_id: int, user_id: int, subject: str, text: str, sender_id: int, message_id: str) -> bool:
    from meetings.services.notifications import deliver_participant_message

    return deliver_participant_message(
        meeting_id=meeting_id, user_id=user_id, subject=subject, text=text, sender_id=sender_id, message_id=message_id
    )


@task()
def send_meeting_reminders(*, hours: int | None = None) -> int:
    """Queue reminders for meetings starting soon; safe to run as often as you like."""
    from meetings.services.notifications import send_meeting_reminders as queue_reminders

    return queue_reminders(hours=hours)
