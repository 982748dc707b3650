from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from ern_learning.core.models import AuditEvent, OutboundEmail, OutboundEmailStatus
from ern_learning.core.services.mail import retry_email
from meetings.models import RegistrationStatus, RegistrationStatusChange
from meetings.services.meetings import cancel_meeting
from meetings.services.notifications import (
    deliver_meeting_notice,
    deliver_registration_notice,
    email_participants,
    send_meeting_reminders,
)
from meetings.services.registrations import (
    approve_registration,
    cancel_registration,
    decline_registration,
    register_attendee,
)
from tests.doubles.mail import REFUSING_BACKEND
from tests.factories.accounts import OfficerFactory

BANGKOK = ZoneInfo("Asia/Bangkok")


def calendar_of(message):
    attachments = [a for a in message.attachments if a[2].startswith("text/calendar")]
    assert len(attachments) == 1
    filename, content, mimetype = attachments[0]
    return Calendar.from_ical(content), mimetype


def test_registration_received_email_for_a_pending_registration(make_meeting, officer, on_commit):
    meeting = make_meeting(approval_required=True, title="Financial investigations workshop")

    with on_commit():
        register_attendee(meeting, user=officer)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [officer.email]
    assert message.subject == "Registration received: Financial investigations workshop"
    assert "We have received your registration" in message.body
    assert "United Nations Conference Centre" not in message.body  # the venue is for approved participants
    assert message.attachments == []


def test_registration_approved_email_carries_an_invitation(make_meeting, officer, on_commit):
    start = datetime(2099, 6, 9, 9, 0, tzinfo=BANGKOK)
    meeting = make_meeting(start_at=start, end_at=start + timedelta(hours=8), title="ERN coordination meeting")

    with on_commit():
        register_attendee(meeting, user=officer)

    message = mail.outbox[0]
    assert message.subject == "Your seat is confirmed: ERN coordination meeting"
    assert "United Nations Conference Centre" in message.body
    calendar, mimetype = calendar_of(message)
    assert mimetype == "text/calendar; method=REQUEST; charset=UTF-8"
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.events[0]
    assert event.decoded("dtstart") == start
    assert event.decoded("dtstart").astimezone(ZoneInfo("UTC")) == datetime(2099, 6, 9, 2, 0, tzinfo=ZoneInfo("UTC"))
    assert str(event["attendee"]) == f"mailto:{officer.email}"
    assert int(event["sequence"]) == 0


def test_registration_notices_are_written_in_the_recipients_language(make_meeting, thai_officer, on_commit):
    start = datetime(2099, 6, 9, 9, 0, tzinfo=BANGKOK)
    meeting = make_meeting(start_at=start, end_at=start + timedelta(hours=8))

    with on_commit():
        register_attendee(meeting, user=thai_officer)

    # Dates come from CLDR, so they show the recipient's language even before the Thai catalogue is written.
    assert "วันอังคารที่ 9 มิถุนายน ค.ศ. 2099" in mail.outbox[0].body
    assert "เวลาไทย (UTC+07:00)" in mail.outbox[0].body


def test_registration_waitlisted_email_gives_the_place_in_line(make_meeting, on_commit):
    meeting = make_meeting(capacity=1)
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=OfficerFactory())
    third = OfficerFactory()

    with on_commit():
        register_attendee(meeting, user=third)

    message = mail.outbox[-1]
    assert message.subject.startswith("You are on the waitlist: ")
    assert "You are number 2 on the waitlist." in message.body
    assert message.attachments == []


def test_promotion_email_tells_the_person_and_invites_them(make_meeting, on_commit):
    meeting = make_meeting(capacity=1)
    first, second = OfficerFactory(), OfficerFactory()
    seat = register_attendee(meeting, user=first)
    register_attendee(meeting, user=second)

    with on_commit():
        cancel_registration(seat, by=first)

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert by_recipient[second.email].subject.startswith("A seat is now yours: ")
    calendar, _mimetype = calendar_of(by_recipient[second.email])
    assert calendar["METHOD"] == "REQUEST"
    # The person who cancelled gets a confirmation that removes the meeting from their calendar.
    cancelled_calendar, _mimetype = calendar_of(by_recipient[first.email])
    assert cancelled_calendar["METHOD"] == "CANCEL"
    assert cancelled_calendar.events[0]["status"] == "CANCELLED"


def test_declined_email_includes_the_reason(make_meeting, officer, organizer, on_commit):
    meeting = make_meeting(approval_required=True)
    registration = register_attendee(meeting, user=officer)

    with on_commit():
        decline_registration(registration, by=organizer, reason="Seats are reserved for cybercrime units.")

    message = mail.outbox[-1]
    assert message.subject.startswith("Registration not accepted: ")
    assert "Seats are reserved for cybercrime units." in message.body


def test_registration_notice_is_sent_only_once(make_meeting, officer, on_commit):
    meeting = make_meeting(approval_required=True)
    with on_commit():
        registration = register_attendee(meeting, user=officer)
    change = RegistrationStatusChange.objects.get(registration=registration)

    sent_again = deliver_registration_notice(registration_id=registration.pk, kind="received", change_id=change.pk)

    assert sent_again is False
    assert len(mail.outbox) == 1
    assert OutboundEmail.objects.filter(to=[officer.email]).count() == 1


def test_registration_notice_failing_to_send_is_kept_for_staff_and_retried_once(make_meeting, officer, settings, on_commit):
    meeting = make_meeting(approval_required=True)
    registration = register_attendee(meeting, user=officer)
    change = RegistrationStatusChange.objects.get(registration=registration)
    settings.EMAIL_BACKEND = REFUSING_BACKEND

    with on_commit():
        queued = deliver_registration_notice(registration_id=registration.pk, kind="received", change_id=change.pk)

    assert queued is True
    email = OutboundEmail.objects.get(to=[officer.email])
    assert email.status == OutboundEmailStatus.FAILED
    assert "Connection unexpectedly closed" in email.last_error
    assert mail.outbox == []

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with on_commit():
        retry_email(email)
        again = deliver_registration_notice(registration_id=registration.pk, kind="received", change_id=change.pk)

    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.SENT
    assert again is False
    assert len(mail.outbox) == 1
    assert OutboundEmail.objects.count() == 1


def test_meeting_changed_email_raises_the_calendar_sequence(make_meeting, officer, other_officer, on_commit):
    meeting = make_meeting(approval_required=True)
    register_attendee(meeting, user=officer)
    approve_registration(meeting.registrations.get(user=officer), by=_organiser())
    register_attendee(meeting, user=other_officer)  # pending: told in words, no calendar entry
    mail.outbox.clear()
    new_start = meeting.start_at + timedelta(days=1)

    with on_commit():
        meeting.start_at = new_start
        meeting.end_at = new_start + timedelta(hours=8)
        meeting.save_revision().publish()

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {officer.email, other_officer.email}
    calendar, _mimetype = calendar_of(by_recipient[officer.email])
    assert calendar["METHOD"] == "REQUEST"
    assert int(calendar.events[0]["sequence"]) == 1
    assert calendar.events[0].decoded("dtstart") == new_start
    assert by_recipient[other_officer.email].attachments == []
    assert AuditEvent.objects.filter(action="meeting.rescheduled").count() == 1


def test_publishing_without_a_change_of_time_or_place_sends_nothing(meeting, officer, on_commit):
    register_attendee(meeting, user=officer)
    mail.outbox.clear()

    with on_commit():
        meeting.summary = "A clearer summary."
        meeting.save_revision().publish()

    assert mail.outbox == []


def test_meeting_cancelled_email_removes_the_meeting_from_calendars(meeting, officer, organizer, on_commit):
    seat = register_attendee(meeting, user=officer)
    with on_commit():
        cancel_meeting(meeting, by=organizer, reason="The venue is closed by a storm.")

    seat.refresh_from_db()
    assert seat.status == RegistrationStatus.CANCELLED
    message = mail.outbox[-1]
    assert message.subject == "Meeting cancelled: ERN coordination meeting"
    assert "The venue is closed by a storm." in message.body
    calendar, mimetype = calendar_of(message)
    assert mimetype == "text/calendar; method=CANCEL; charset=UTF-8"
    assert calendar["METHOD"] == "CANCEL"
    assert int(calendar.events[0]["sequence"]) == 1
    assert calendar.events[0]["status"] == "CANCELLED"
    assert len(mail.outbox) == 1  # no separate "registration cancelled" notice


def test_cancel_meeting_twice_is_refused(meeting, organizer):
    from meetings.errors import RegistrationError

    cancel_meeting(meeting, by=organizer, reason="Storm.")

    with pytest.raises(RegistrationError) as error:
        cancel_meeting(meeting, by=organizer, reason="Again.")

    assert error.value.code == "meeting_cancelled"


def test_cancel_meeting_by_an_officer_is_forbidden(meeting, officer):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        cancel_meeting(meeting, by=officer)


# --- Reminders -------------------------------------------------------------------------------


def test_send_meeting_reminders_reminds_each_participant_once(make_meeting, officer, other_officer, on_commit):
    soon = make_meeting(start_at=timezone.now() + timedelta(hours=20), end_at=timezone.now() + timedelta(hours=28))
    later = make_meeting(start_at=timezone.now() + timedelta(days=5), end_at=timezone.now() + timedelta(days=5, hours=8))
    register_attendee(soon, user=officer)
    register_attendee(later, user=other_officer)
    mail.outbox.clear()

    with on_commit():
        first = send_meeting_reminders(hours=24)
    with on_commit():
        second = send_meeting_reminders(hours=24)

    assert (first, second) == (1, 0)
    assert [m.to for m in mail.outbox] == [[officer.email]]
    assert mail.outbox[0].subject == f"Reminder: {soon.title} starts soon"


def test_send_meeting_reminders_skips_people_who_cancelled(make_meeting, officer):
    soon = make_meeting(start_at=timezone.now() + timedelta(hours=2), end_at=timezone.now() + timedelta(hours=6))
    registration = register_attendee(soon, user=officer)
    cancel_registration(registration, by=officer)
    mail.outbox.clear()

    assert send_meeting_reminders(hours=24) == 0
    assert mail.outbox == []


def test_send_meeting_reminders_command(make_meeting, officer, capsys, on_commit):
    soon = make_meeting(start_at=timezone.now() + timedelta(hours=2), end_at=timezone.now() + timedelta(hours=6))
    register_attendee(soon, user=officer)
    mail.outbox.clear()

    with on_commit():
        call_command("send_meeting_reminders", "--hours", "3")
        call_command("send_meeting_reminders", "--hours", "3")

    assert capsys.readouterr().out == "1 reminder(s) queued.\n0 reminder(s) queued.\n"
    assert len(mail.outbox) == 1


def test_deliver_meeting_notice_reminder_for_a_waitlisted_person_sends_nothing(make_meeting, officer):
    meeting = make_meeting(capacity=1)
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=officer)
    mail.outbox.clear()

    sent = deliver_meeting_notice(meeting_id=meeting.pk, user_id=officer.pk, kind="reminder", sequence=0)

    assert sent is False
    assert mail.outbox == []


# --- Organisers writing to participants ------------------------------------------------------


def test_email_participants_reaches_only_the_chosen_statuses(make_meeting, organizer, on_commit):
    meeting = make_meeting(capacity=1)
    seated, waiting = OfficerFactory(), OfficerFactory()
    register_attendee(meeting, user=seated)
    register_attendee(meeting, user=waiting)
    mail.outbox.clear()

    with on_commit():
        count = email_participants(
            meeting,
            statuses=[RegistrationStatus.APPROVED],
            subject="Bring your ID",
            message="Security needs your badge.",
            by=organizer,
        )

    assert count == 1
    assert [m.to for m in mail.outbox] == [[seated.email]]
    assert mail.outbox[0].subject == f"[{meeting.title}] Bring your ID"
    assert "Security needs your badge." in mail.outbox[0].body
    assert AuditEvent.objects.get(action="participants.emailed").details["recipients"] == 1


def test_email_participants_by_an_officer_is_forbidden(meeting, officer):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        email_participants(meeting, statuses=["approved"], subject="Hi", message="Hello", by=officer)


def _organiser():
    from tests.factories.accounts import OrganizerFactory

    return OrganizerFactory()


def test_send_meeting_reminders_task_queues_reminders(make_meeting, officer, on_commit):
    from meetings.tasks import send_meeting_reminders as reminders_task

    soon = make_meeting(start_at=timezone.now() + timedelta(hours=3), end_at=timezone.now() + timedelta(hours=6))
    register_attendee(soon, user=officer)
    mail.outbox.clear()

    with on_commit():
        result = reminders_task.enqueue(hours=24)

    assert result.return_value == 1
    assert [m.to for m in mail.outbox] == [[officer.email]]
