from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from modeltranslation.utils import build_localized_fieldname
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from ern_learning.languages import LANGUAGE_CODES
from meetings.models import MeetingCountryQuota, MeetingPage


def page_form_data(**overrides):
    data = {
        "title_en": "ERN coordination meeting",
        "slug": "ern-coordination-2099",
        "kind": "coordination",
        "summary_en": "Officers of the network compare cases.",
        "time_zone": "Asia/Manila",
        "start_at": "2099-03-03 09:30",
        "end_at": "2099-03-03 17:00",
        "location_city_en": "Manila, Philippines",
        "venue_name_en": "Camp Crame",
        "capacity": "20",
        "attendance_certificates": "on",
        "certificate_attendance_percent": "100",
        "approval_required": "on",
        "members_only": "on",
        "quotas": inline_formset([]),
        "documents": inline_formset([]),
        "comments": inline_formset([]),
    }
    for language in LANGUAGE_CODES:
        data[build_localized_fieldname("agenda", language)] = streamfield([])
    data.update(overrides)
    form_data = nested_form_data(data)
    form_data["eligible_countries"] = ["PH", "TH"]  # a multiple choice: one key, several values
    return form_data


def add_meeting(client, meeting_index, **overrides):
    url = reverse("wagtailadmin_pages:add", args=["meetings", "meetingpage", meeting_index.pk])
    return client.post(url, page_form_data(**overrides))


def test_page_form_reads_times_in_the_meetings_zone(client, organizer, meeting_index):
    client.force_login(organizer)

    response = add_meeting(client, meeting_index)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    meeting = MeetingPage.objects.get(slug="ern-coordination-2099")
    assert meeting.start_at == datetime(2099, 3, 3, 1, 30, tzinfo=UTC)
    assert meeting.local_start == datetime(2099, 3, 3, 9, 30, tzinfo=ZoneInfo("Asia/Manila"))
    assert meeting.eligible_countries == ["PH", "TH"]


def test_page_form_shows_stored_times_in_the_meetings_zone(client, organizer, make_meeting):
    start = datetime(2099, 3, 3, 9, 30, tzinfo=ZoneInfo("Asia/Manila"))
    meeting = make_meeting(time_zone="Asia/Manila", start_at=start, end_at=start + timedelta(hours=7))
    client.force_login(organizer)

    form = client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk])).context["form"]

    assert form.initial["start_at"] == datetime(2099, 3, 3, 9, 30)
    assert form.initial["end_at"] == datetime(2099, 3, 3, 16, 30)


def test_page_form_refuses_quotas_above_the_capacity(client, organizer, meeting_index):
    client.force_login(organizer)

    response = add_meeting(
        client,
        meeting_index,
        capacity="5",
        quotas=inline_formset([{"country": "PH", "seats": "4"}, {"country": "TH", "seats": "3"}]),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["capacity"] == [
        "The country quotas add up to 7 seats, more than the 5 seats of the meeting."
    ]
    assert not MeetingPage.objects.filter(slug="ern-coordination-2099").exists()


def test_page_form_refuses_two_quotas_for_one_country(client, organizer, meeting_index):
    client.force_login(organizer)

    response = add_meeting(
        client, meeting_index, quotas=inline_formset([{"country": "PH", "seats": "4"}, {"country": "PH", "seats": "3"}])
    )

    assert response.status_code == 200
    assert response.context["form"].formsets["quotas"].non_form_errors() == [
        "Please correct the duplicate data for meeting and country, which must be unique."
    ]
    assert not MeetingCountryQuota.objects.exists()


def test_page_form_saves_quotas(client, organizer, meeting_index):
    client.force_login(organizer)

    add_meeting(client, meeting_index, quotas=inline_formset([{"country": "PH", "seats": "4"}, {"country": "TH", "seats": "3"}]))

    meeting = MeetingPage.objects.get(slug="ern-coordination-2099")
    assert sorted(MeetingCountryQuota.objects.filter(meeting=meeting).values_list("country", "seats")) == [("PH", 4), ("TH", 3)]


def test_page_form_refuses_an_end_before_the_start(client, organizer, meeting_index):
    client.force_login(organizer)

    response = add_meeting(client, meeting_index, end_at="2099-03-03 08:00")

    assert response.status_code == 200
    assert response.context["form"].errors["end_at"] == ["The meeting must end after it starts."]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"venue_name": "", "online_url": ""}, "venue_name", "Give a venue, an online meeting link, or both."),
        (
            {"registration_closes_offset": timedelta(days=2)},
            "registration_closes_at",
            "Registration cannot close after the meeting ends.",
        ),
        (
            {"cancellation_offset": timedelta(days=2)},
            "cancellation_deadline",
            "The cancellation deadline cannot be after the meeting ends.",
        ),
        ({"eligible_countries": ["XX"]}, "eligible_countries", "Unknown country codes: XX"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "“Mars/Olympus” is not a known time zone."),
    ],
)
def test_meeting_clean_refuses_inconsistent_settings(meeting, changes, field, message):
    changes = dict(changes)
    if "registration_closes_offset" in changes:
        changes["registration_closes_at"] = meeting.end_at + changes.pop("registration_closes_offset")
    if "cancellation_offset" in changes:
        changes["cancellation_deadline"] = meeting.end_at + changes.pop("cancellation_offset")
    for name, value in changes.items():
        setattr(meeting, name, value)

    with pytest.raises(ValidationError) as error:
        meeting.full_clean()

    assert error.value.message_dict[field] == [message]


def test_meeting_days_are_counted_in_the_meetings_zone(make_meeting):
    # 23:00 UTC on 1 March is 07:00 on 2 March in Manila.
    meeting = make_meeting(
        time_zone="Asia/Manila",
        start_at=datetime(2099, 3, 1, 23, 0, tzinfo=UTC),
        end_at=datetime(2099, 3, 3, 9, 0, tzinfo=UTC),
    )

    assert [day.isoformat() for day in meeting.days] == ["2099-03-02", "2099-03-03"]
    assert meeting.is_multi_day is True


@pytest.mark.parametrize(
    ("venue", "link", "mode"),
    [
        ("Camp Crame", "", "in_person"),
        ("", "https://meet.example.org/x", "online"),
        ("Camp Crame", "https://meet.example.org/x", "hybrid"),
    ],
)
def test_meeting_mode_follows_venue_and_link(make_meeting, venue, link, mode):
    assert make_meeting(venue_name=venue, online_url=link).mode == mode
