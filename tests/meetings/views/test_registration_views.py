from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from ern_learning.accounts.models import Country
from meetings.models import Registration, RegistrationStatus
from meetings.services.registrations import register_attendee
from tests.factories.accounts import OfficerFactory
from tests.factories.meetings import RegistrationFactory


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- Registering -----------------------------------------------------------------------------


def test_register_view_registers_and_says_what_happened(client, officer, meeting):
    client.force_login(officer)

    response = client.post(reverse("meetings:register", args=[meeting.pk]), {"note": "Cyber unit lead."})

    assert response.status_code == 302
    assert response["Location"] == meeting.url
    registration = Registration.objects.get(meeting=meeting, user=officer)
    assert (registration.status, registration.note) == (RegistrationStatus.APPROVED, "Cyber unit lead.")
    assert messages_of(response) == [
        "You are registered: your seat is confirmed, and a calendar invitation is on its way by e-mail."
    ]


def test_register_view_twice_shows_a_message_and_keeps_one_row(client, officer, meeting):
    client.force_login(officer)
    client.post(reverse("meetings:register", args=[meeting.pk]))

    response = client.post(reverse("meetings:register", args=[meeting.pk]))

    assert response.status_code == 302
    assert messages_of(response)[-1] == "Already registered for this meeting (status: Approved)."
    assert Registration.objects.filter(meeting=meeting, user=officer).count() == 1


def test_register_view_with_a_note_too_long_is_refused(client, officer, meeting):
    client.force_login(officer)

    response = client.post(reverse("meetings:register", args=[meeting.pk]), {"note": "x" * 501})

    assert messages_of(response) == ["Your note is too long: 500 characters at most."]
    assert not Registration.objects.exists()


def test_register_view_for_a_pending_applicant_explains_why(client, pending_user, make_meeting):
    meeting = make_meeting(members_only=False)
    client.force_login(pending_user)

    response = client.post(reverse("meetings:register", args=[meeting.pk]))

    assert messages_of(response) == [
        "Only approved members of the network can register; this account is still awaiting approval."
    ]
    assert not Registration.objects.exists()


def test_register_view_anonymous_is_sent_to_sign_in(client, meeting):
    response = client.post(reverse("meetings:register", args=[meeting.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Registration.objects.exists()


def test_register_view_members_only_meeting_is_not_found_for_pending_applicants(client, pending_user, meeting):
    client.force_login(pending_user)

    assert client.post(reverse("meetings:register", args=[meeting.pk])).status_code == 404


def test_register_view_unknown_meeting_is_not_found(client, officer, db):
    client.force_login(officer)

    assert client.post(reverse("meetings:register", args=[999_999])).status_code == 404


def test_register_view_refuses_get(client, officer, meeting):
    client.force_login(officer)

    assert client.get(reverse("meetings:register", args=[meeting.pk])).status_code == 405


def test_register_view_messages_in_the_language_of_the_url(client, thai_officer, meeting):
    client.force_login(thai_officer)
    url = reverse("meetings:register", args=[meeting.pk]).replace("/en/", "/th/")

    response = client.post(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/th/")


# --- Cancelling (authorization: owner, other officer, focal points, organiser, anonymous) ----------


@pytest.fixture
def registration(meeting, officer):
    return register_attendee(meeting, user=officer)


def cancel(client, registration):
    return client.post(reverse("meetings:cancel", args=[registration.pk]), {"reason": "Court hearing."})


def test_cancel_view_by_the_owner_cancels(client, officer, registration):
    client.force_login(officer)

    response = cancel(client, registration)

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert response["Location"] == reverse("meetings:my_meetings")
    assert messages_of(response) == ["Your registration was cancelled."]


def test_cancel_view_by_another_officer_is_not_found(client, other_officer, registration):
    client.force_login(other_officer)

    assert cancel(client, registration).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED


def test_cancel_view_by_the_focal_point_of_the_country_cancels(client, focal_point, registration):
    client.force_login(focal_point)

    response = cancel(client, registration)

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert messages_of(response) == [f"The registration of {registration.user.display_name} was cancelled."]


def test_cancel_view_by_a_focal_point_of_another_country_is_not_found(client, thai_focal_point, registration):
    client.force_login(thai_focal_point)

    assert cancel(client, registration).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED


def test_cancel_view_by_an_organiser_cancels(client, organizer, registration):
    client.force_login(organizer)

    cancel(client, registration)

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_cancel_view_anonymous_is_sent_to_sign_in(client, registration):
    response = cancel(client, registration)

    assert response["Location"].startswith(reverse("account_login"))
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED


def test_cancel_view_after_the_deadline_explains_why(client, officer, make_meeting):
    meeting = make_meeting(cancellation_deadline=timezone.now() + timedelta(seconds=1))
    registration = register_attendee(meeting, user=officer)
    meeting.cancellation_deadline = timezone.now() - timedelta(days=1)
    meeting.save()
    client.force_login(officer)

    response = cancel(client, registration)

    assert messages_of(response)[0].startswith("Cancellation closed on ")
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED


def test_cancel_view_returns_to_a_local_next_url_only(client, officer, registration, meeting):
    client.force_login(officer)

    response = client.post(reverse("meetings:cancel", args=[registration.pk]), {"next": "https://evil.example/"})

    assert response["Location"] == reverse("meetings:my_meetings")


# --- My meetings -----------------------------------------------------------------------------


def test_my_meetings_lists_only_the_persons_own_registrations(client, officer, other_officer, make_meeting):
    mine, theirs = make_meeting(title="Mine"), make_meeting(title="Theirs")
    register_attendee(mine, user=officer)
    register_attendee(theirs, user=other_officer)
    client.force_login(officer)

    response = client.get(reverse("meetings:my_meetings"))

    assert [r.meeting.title for r in response.context["overview"]["upcoming"]] == ["Mine"]
    assert "Theirs" not in response.content.decode()


def test_my_meetings_gives_the_place_on_the_waitlist(client, officer, make_meeting):
    meeting = make_meeting(capacity=1)
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    response = client.get(reverse("meetings:my_meetings"))

    assert response.context["overview"]["upcoming"][0].waitlist_rank == 2
    assert "Number 2 on the waitlist" in response.content.decode()


def test_my_meetings_anonymous_is_sent_to_sign_in(client, db):
    assert client.get(reverse("meetings:my_meetings"))["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("count", [1, 10])
def test_my_meetings_query_count_is_flat(client, officer, make_meeting, django_assert_num_queries, count):
    for n in range(count):
        meeting = make_meeting(capacity=1)
        if n % 2 == 0:
            RegistrationFactory(meeting=meeting)
            RegistrationFactory(meeting=meeting, user=officer, status=RegistrationStatus.WAITLISTED, waitlist_position=2)
        else:
            RegistrationFactory(meeting=meeting, user=officer)
    client.force_login(officer)
    client.get(reverse("meetings:my_meetings"))

    with django_assert_num_queries(6):
        response = client.get(reverse("meetings:my_meetings"))

    assert len(response.context["overview"]["upcoming"]) == count


# --- One meeting's calendar file ---------------------------------------------------------------


def test_meeting_calendar_file_for_an_approved_participant(client, officer, registration, meeting):
    client.force_login(officer)

    response = client.get(reverse("meetings:meeting_calendar_file", args=[meeting.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"BEGIN:VEVENT" in response.content
    assert b"United Nations Conference Centre" in response.content


def test_meeting_calendar_file_for_another_officer_is_not_found(client, other_officer, registration, meeting):
    client.force_login(other_officer)

    assert client.get(reverse("meetings:meeting_calendar_file", args=[meeting.pk])).status_code == 404


def test_meeting_calendar_file_for_a_focal_point_of_another_country_is_not_found(client, thai_focal_point, registration, meeting):
    client.force_login(thai_focal_point)

    assert client.get(reverse("meetings:meeting_calendar_file", args=[meeting.pk])).status_code == 404


def test_meeting_calendar_file_for_a_waitlisted_person_is_not_found(client, officer, make_meeting):
    meeting = make_meeting(capacity=1)
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    assert client.get(reverse("meetings:meeting_calendar_file", args=[meeting.pk])).status_code == 404


def test_meeting_calendar_file_anonymous_is_sent_to_sign_in(client, registration, meeting):
    response = client.get(reverse("meetings:meeting_calendar_file", args=[meeting.pk]))

    assert response["Location"].startswith(reverse("account_login"))


# --- Focal points ----------------------------------------------------------------------------


def test_nominations_page_lists_own_country_registrations_only(client, focal_point, officer, thai_officer, meeting):
    register_attendee(meeting, user=officer)
    register_attendee(meeting, user=thai_officer)
    client.force_login(focal_point)

    response = client.get(reverse("meetings:nominations"))

    (listed,) = response.context["overview"]["meetings"]
    assert [r.user for r in listed.country_registrations] == [officer]
    assert thai_officer.display_name not in response.content.decode()


def test_nominations_page_offers_only_unregistered_officers_of_the_country(
    client, focal_point, officer, other_officer, thai_officer, meeting
):
    register_attendee(meeting, user=officer)
    client.force_login(focal_point)

    response = client.get(reverse("meetings:nominations"))

    (listed,) = response.context["overview"]["meetings"]
    assert set(listed.nominatable) == {other_officer, focal_point}


def test_nominations_page_skips_meetings_closed_to_the_country(client, focal_point, make_meeting):
    make_meeting(eligible_countries=[Country.THAILAND])
    client.force_login(focal_point)

    response = client.get(reverse("meetings:nominations"))

    assert response.context["overview"]["meetings"] == []


def test_nominations_page_for_an_officer_is_forbidden(client, officer, db):
    client.force_login(officer)

    assert client.get(reverse("meetings:nominations")).status_code == 403


@pytest.mark.parametrize("count", [1, 10])
def test_nominations_page_query_count_is_flat(client, focal_point, make_meeting, django_assert_num_queries, count):
    for _n in range(count):
        meeting = make_meeting()
        RegistrationFactory(meeting=meeting, user=OfficerFactory(country=Country.CAMBODIA))
        RegistrationFactory(meeting=meeting, user=OfficerFactory(country=Country.THAILAND))
    client.force_login(focal_point)
    client.get(reverse("meetings:nominations"))

    with django_assert_num_queries(9):
        response = client.get(reverse("meetings:nominations"))

    assert len(response.context["overview"]["meetings"]) == count


def test_nominate_view_nominates_ticked_officers(client, focal_point, officer, other_officer, meeting):
    client.force_login(focal_point)

    response = client.post(
        reverse("meetings:nominate", args=[meeting.pk]), {"officers": [officer.pk, other_officer.pk], "note": "Both in cyber."}
    )

    assert response["Location"] == reverse("meetings:nominations")
    registrations = Registration.objects.filter(meeting=meeting)
    assert {(r.user, r.nominated_by, r.note) for r in registrations} == {
        (officer, focal_point, "Both in cyber."),
        (other_officer, focal_point, "Both in cyber."),
    }


def test_nominate_view_refuses_an_officer_of_another_country(client, focal_point, thai_officer, meeting):
    client.force_login(focal_point)

    response = client.post(reverse("meetings:nominate", args=[meeting.pk]), {"officers": [thai_officer.pk]})

    assert messages_of(response) == [f"{thai_officer.display_name}: You can nominate only officers of your own country."]
    assert not Registration.objects.exists()


def test_nominate_view_with_nobody_ticked_explains(client, focal_point, meeting):
    client.force_login(focal_point)

    response = client.post(reverse("meetings:nominate", args=[meeting.pk]), {"officers": []})

    assert messages_of(response) == ["Tick at least one officer to nominate."]


def test_nominate_view_by_an_officer_is_forbidden(client, officer, other_officer, meeting):
    client.force_login(officer)

    response = client.post(reverse("meetings:nominate", args=[meeting.pk]), {"officers": [other_officer.pk]})

    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_nominate_view_by_an_organiser_is_forbidden(client, organizer, officer, meeting):
    client.force_login(organizer)

    assert client.post(reverse("meetings:nominate", args=[meeting.pk]), {"officers": [officer.pk]}).status_code == 403


def test_nominate_view_anonymous_is_sent_to_sign_in(client, officer, meeting):
    response = client.post(reverse("meetings:nominate", args=[meeting.pk]), {"officers": [officer.pk]})

    assert response["Location"].startswith(reverse("account_login"))


def test_nominate_view_with_garbage_ids_explains(client, focal_point, meeting):
    client.force_login(focal_point)

    response = client.post(reverse("meetings:nominate", args=[meeting.pk]), {"officers": ["abc"]})

    assert response.status_code == 302
    assert messages_of(response) == ["Tick at least one officer to nominate."]
    assert not Registration.objects.exists()


def test_cancel_view_unknown_registration_is_not_found(client, officer, db):
    client.force_login(officer)

    assert client.post(reverse("meetings:cancel", args=[999_999])).status_code == 404
