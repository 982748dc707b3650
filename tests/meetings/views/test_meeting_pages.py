from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from ern_learning.core.models import HomePage
from meetings.models import MeetingIndexPage, MeetingPage, RegistrationStatus
from meetings.services.registrations import register_attendee
from tests.factories.accounts import OfficerFactory
from tests.factories.meetings import RegistrationFactory, add_quota

BANGKOK = ZoneInfo("Asia/Bangkok")


# --- Page types ------------------------------------------------------------------------------


def test_meeting_index_page_can_be_created_only_under_the_home_page(db):
    assert MeetingIndexPage.can_create_at(HomePage()) is True
    assert MeetingIndexPage.can_create_at(Page()) is False
    assert MeetingIndexPage.can_create_at(MeetingIndexPage()) is False


def test_meeting_page_can_be_created_only_under_a_meeting_index(db):
    assert MeetingPage.can_create_at(MeetingIndexPage()) is True
    assert MeetingPage.can_create_at(HomePage()) is False
    assert MeetingPage.allowed_subpage_models() == []


# --- The list --------------------------------------------------------------------------------


def test_meeting_list_shows_upcoming_meetings_soonest_first(client, officer, make_meeting):
    later = make_meeting(
        title="Digital evidence session",
        start_at=timezone.now() + timedelta(days=60),
        end_at=timezone.now() + timedelta(days=60, hours=3),
    )
    sooner = make_meeting(
        title="ERN coordination meeting",
        start_at=timezone.now() + timedelta(days=10),
        end_at=timezone.now() + timedelta(days=10, hours=8),
    )
    client.force_login(officer)

    response = client.get(reverse("meetings:list"))

    assert response.status_code == 200
    assert [m.pk for m in response.context["listing"]["upcoming"]] == [sooner.pk, later.pk]
    assert "Digital evidence session" in response.content.decode()


def test_meeting_list_hides_members_only_meetings_from_anonymous_visitors(client, make_meeting):
    make_meeting(title="Closed meeting", members_only=True)
    public = make_meeting(title="Open webinar", members_only=False)

    response = client.get(reverse("meetings:list"))

    assert [m.pk for m in response.context["listing"]["upcoming"]] == [public.pk]
    assert "Closed meeting" not in response.content.decode()


def test_meeting_list_hides_members_only_meetings_from_pending_applicants(client, pending_user, make_meeting):
    make_meeting(title="Closed meeting", members_only=True)
    client.force_login(pending_user)

    response = client.get(reverse("meetings:list"))

    assert response.context["listing"]["upcoming"] == []


def test_meeting_list_marks_the_viewers_registrations(client, officer, meeting):
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    response = client.get(reverse("meetings:list"))

    assert response.context["listing"]["upcoming"][0].viewer_registration.status == RegistrationStatus.APPROVED
    assert '<span class="badge badge--approved">Approved</span>' in response.content.decode()


@pytest.mark.parametrize("count", [1, 10])
def test_meeting_list_query_count_is_flat(client, officer, make_meeting, django_assert_num_queries, count):
    for _n in range(count):
        meeting = make_meeting()
        RegistrationFactory(meeting=meeting, user=officer)
        RegistrationFactory(meeting=meeting)
    past_start = timezone.now() - timedelta(days=30)
    make_meeting(start_at=past_start, end_at=past_start + timedelta(hours=8))
    client.force_login(officer)
    client.get(reverse("meetings:list"))  # warm caches (site root paths, content types)

    with django_assert_num_queries(9):
        response = client.get(reverse("meetings:list"))

    assert len(response.context["listing"]["upcoming"]) == count


# --- The meeting page ------------------------------------------------------------------------


def test_meeting_page_shows_times_in_the_meeting_zone_with_offset(client, officer, make_meeting):
    start = datetime(2099, 6, 9, 9, 0, tzinfo=BANGKOK)
    meeting = make_meeting(start_at=start, end_at=start + timedelta(hours=8))
    client.force_login(officer)

    # CLDR separates the times with thin spaces.
    content = client.get(meeting.url).content.decode().replace("\u2009", " ").replace("\u202f", " ")

    assert "Tuesday, June 9, 2099, 09:00 – 17:00" in content
    assert "Thailand Time (UTC+07:00)" in content
    assert 'data-start="2099-06-09T02:00:00Z" data-end="2099-06-09T10:00:00Z" data-zone="Asia/Bangkok"' in content
    assert 'src="/static/js/meetings.js"' in content


def test_meeting_page_hides_venue_link_and_documents_until_approved(client, officer, make_meeting):
    meeting = make_meeting(online_url="https://meet.example.org/ern-secret", approval_required=True)
    client.force_login(officer)
    register_attendee(meeting, user=officer)

    content = client.get(meeting.url).content.decode()

    assert "United Nations Conference Centre" not in content
    assert "ern-secret" not in content
    assert "shown to approved participants" in content


def test_meeting_page_shows_venue_and_link_to_approved_participants(client, officer, make_meeting):
    meeting = make_meeting(online_url="https://meet.example.org/ern-secret", online_instructions="Passcode 4821")
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    content = client.get(meeting.url).content.decode()

    assert "United Nations Conference Centre" in content
    assert "https://meet.example.org/ern-secret" in content
    assert "Passcode 4821" in content
    assert reverse("meetings:meeting_calendar_file", args=[meeting.pk]) in content


def test_meeting_page_shows_why_registration_is_refused(client, officer, make_meeting):
    meeting = make_meeting(eligible_countries=["TH"])
    client.force_login(officer)

    response = client.get(meeting.url)

    assert response.context["registration_problem"].code == "wrong_country"
    assert "This meeting is open only to participants from: Thailand." in response.content.decode()
    assert response.context["can_register"] is False


def test_meeting_page_members_only_sends_anonymous_visitors_to_sign_in(client, meeting):
    response = client.get(meeting.url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_meeting_page_members_only_is_not_found_for_pending_applicants(client, pending_user, meeting):
    client.force_login(pending_user)

    assert client.get(meeting.url).status_code == 404


def test_meeting_page_public_is_shown_to_anonymous_visitors_without_private_details(client, make_meeting):
    meeting = make_meeting(members_only=False, online_url="https://meet.example.org/ern-secret")

    response = client.get(meeting.url)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Sign in to register" in content
    assert "ern-secret" not in content
    assert "United Nations Conference Centre" not in content


@pytest.mark.parametrize("count", [1, 10])
def test_meeting_page_query_count_is_flat(client, officer, make_meeting, django_assert_num_queries, count):
    meeting = make_meeting(capacity=50)
    add_quota(meeting, "KH", 20)
    RegistrationFactory(meeting=meeting, user=officer)
    for _n in range(count):
        RegistrationFactory(meeting=meeting, user=OfficerFactory())
        RegistrationFactory(meeting=meeting, user=OfficerFactory(), status=RegistrationStatus.PENDING)
    client.force_login(officer)
    client.get(meeting.url)

    with django_assert_num_queries(18):
        response = client.get(meeting.url)

    assert response.context["seats"].approved == count + 1


def test_meeting_page_shows_the_agenda_with_times(client, officer, make_meeting):
    from datetime import date, time

    meeting = make_meeting(
        agenda_en=[
            (
                "item",
                {
                    "day": date(2099, 6, 9),
                    "start_time": time(9, 0),
                    "end_time": time(10, 30),
                    "topic": "Country updates",
                    "speakers": "Delegations",
                    "details": "",
                },
            ),
            ("session_break", {"day": None, "start_time": time(10, 30), "end_time": time(11, 0), "label": "Coffee break"}),
        ]
    )
    client.force_login(officer)

    content = client.get(meeting.url).content.decode()

    assert "Country updates" in content
    assert "Delegations" in content
    assert "Tuesday, June 9, 2099 · 09:00–10:30" in content
    assert "Coffee break" in content


def test_meeting_index_page_lists_its_meetings(client, officer, meeting, meeting_index):
    client.force_login(officer)

    response = client.get(meeting_index.url)

    assert response.status_code == 200
    assert [m.pk for m in response.context["listing"]["upcoming"]] == [meeting.pk]
    assert meeting.title in response.content.decode()
