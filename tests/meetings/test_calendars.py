from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from ern_learning.core.models import AuditEvent
from meetings import calendars
from meetings.models import CalendarFeedToken, MeetingPage
from meetings.services.calendars import create_calendar_feed, revoke_calendar_feed
from meetings.services.meetings import cancel_meeting
from meetings.services.registrations import cancel_registration, register_attendee
from tests.factories.accounts import OfficerFactory

MANILA = ZoneInfo("Asia/Manila")
JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def manila_meeting(make_meeting):
    start = datetime(2099, 3, 3, 9, 30, tzinfo=MANILA)
    return make_meeting(
        title="Financial investigations workshop",
        time_zone="Asia/Manila",
        start_at=start,
        end_at=start + timedelta(days=2, hours=7),
        online_url="https://meet.example.org/fin",
    )


def test_invitation_is_valid_icalendar_with_the_meetings_zone(manila_meeting, officer):
    calendar = Calendar.from_ical(calendars.invitation(manila_meeting, attendee=officer))

    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "REQUEST"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Manila"]
    event = calendar.events[0]
    assert event["DTSTART"].params["TZID"] == "Asia/Manila"
    assert event.decoded("dtstart").astimezone(UTC) == datetime(2099, 3, 3, 1, 30, tzinfo=UTC)
    assert event.decoded("dtend").astimezone(UTC) == datetime(2099, 3, 5, 8, 30, tzinfo=UTC)
    assert str(event["uid"]) == f"meeting-{manila_meeting.pk}@testserver"
    assert str(event["summary"]) == "Financial investigations workshop"
    assert "https://meet.example.org/fin" in str(event["location"])
    assert str(event["organizer"]) == "mailto:no-reply@ern-learning.example"


def test_invitation_read_in_another_zone_is_the_same_instant(manila_meeting, officer):
    event = Calendar.from_ical(calendars.invitation(manila_meeting, attendee=officer)).events[0]

    assert event.decoded("dtstart").astimezone(JAKARTA) == datetime(2099, 3, 3, 8, 30, tzinfo=JAKARTA)


def test_single_event_leaves_out_nothing_private_for_the_participant_only(manila_meeting):
    content = calendars.single_event(manila_meeting)

    assert Calendar.from_ical(content)["METHOD"] == "PUBLISH"
    assert b"https://meet.example.org/fin" in content


def test_cancellation_has_a_higher_sequence_and_cancel_method(manila_meeting, officer, organizer):
    register_attendee(manila_meeting, user=officer)
    before = Calendar.from_ical(calendars.invitation(manila_meeting, attendee=officer)).events[0]

    cancel_meeting(manila_meeting, by=organizer, reason="Typhoon.")
    meeting = MeetingPage.objects.get(pk=manila_meeting.pk)
    calendar = Calendar.from_ical(calendars.cancellation(meeting, attendee=officer))

    assert calendar["METHOD"] == "CANCEL"
    event = calendar.events[0]
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == str(before["uid"])
    assert int(event["sequence"]) == int(before["sequence"]) + 1


# --- Personal feed ---------------------------------------------------------------------------


def test_create_calendar_feed_stores_only_a_digest(officer):
    token = create_calendar_feed(officer)

    feed = CalendarFeedToken.objects.get(user=officer)
    assert len(token) >= 40
    assert feed.token_hash != token
    assert token not in str(AuditEvent.objects.get(action="calendar_feed.created").details)


def test_calendar_feed_lists_only_approved_meetings_in_the_persons_language(client, make_meeting, officer):
    approved = make_meeting(title="Approved meeting")
    waitlisted = make_meeting(title="Full meeting", capacity=1)
    cancelled = make_meeting(title="Cancelled registration")
    register_attendee(approved, user=officer)
    register_attendee(waitlisted, user=OfficerFactory())
    register_attendee(waitlisted, user=officer)
    cancel_registration(register_attendee(cancelled, user=officer), by=officer)
    token = create_calendar_feed(officer)

    response = client.get(reverse("meetings:calendar_feed", args=[token]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert [str(event["summary"]) for event in calendar.events] == ["Approved meeting"]
    assert calendar.events[0].decoded("dtstart") == approved.start_at
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Bangkok"]


def test_calendar_feed_leaves_out_cancelled_meetings(client, meeting, officer, organizer):
    register_attendee(meeting, user=officer)
    cancel_meeting(meeting, by=organizer, reason="Storm.")
    token = create_calendar_feed(officer)

    calendar = Calendar.from_ical(client.get(reverse("meetings:calendar_feed", args=[token])).content)

    assert calendar.events == []


def test_calendar_feed_with_a_regenerated_token_revokes_the_old_one(client, officer):
    old = create_calendar_feed(officer)

    new = create_calendar_feed(officer)

    assert client.get(reverse("meetings:calendar_feed", args=[old])).status_code == 404
    assert client.get(reverse("meetings:calendar_feed", args=[new])).status_code == 200
    assert CalendarFeedToken.objects.filter(user=officer, revoked_at__isnull=True).count() == 1


def test_calendar_feed_revoked_is_not_found(client, officer):
    token = create_calendar_feed(officer)

    assert revoke_calendar_feed(officer) == 1
    assert client.get(reverse("meetings:calendar_feed", args=[token])).status_code == 404


def test_calendar_feed_with_an_unknown_token_is_not_found(client, db):
    assert client.get(reverse("meetings:calendar_feed", args=["not-a-real-token"])).status_code == 404


def test_calendar_feed_of_a_deactivated_person_is_not_found(client, officer):
    token = create_calendar_feed(officer)
    officer.is_active = False
    officer.save()

    assert client.get(reverse("meetings:calendar_feed", args=[token])).status_code == 404


def test_calendar_feed_settings_shows_the_new_address_once(client, officer):
    client.force_login(officer)

    created = client.post(reverse("meetings:calendar_feed_settings"), {"action": "create"})
    later = client.get(reverse("meetings:calendar_feed_settings"))

    url = created.context["new_feed_url"]
    assert url.startswith("http://testserver/en/meetings/calendar/")
    assert url in created.content.decode()
    assert later.context["new_feed_url"] is None
    assert url not in later.content.decode()
    assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_calendar_feed_settings_revoke(client, officer):
    client.force_login(officer)
    token = create_calendar_feed(officer)

    response = client.post(reverse("meetings:calendar_feed_settings"), {"action": "revoke"})

    assert response.status_code == 302
    assert client.get(reverse("meetings:calendar_feed", args=[token])).status_code == 404


def test_calendar_feed_settings_anonymous_is_sent_to_sign_in(client, db):
    response = client.get(reverse("meetings:calendar_feed_settings"))

    assert response["Location"].startswith(reverse("account_login"))
