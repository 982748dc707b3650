import csv
import io
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from ern_learning.accounts.models import Country
from ern_learning.core.models import AuditEvent
from meetings.models import AttendanceRecord, Registration, RegistrationStatus
from meetings.selectors.attendance import attendees_of
from meetings.services.registrations import register_attendee
from tests.factories.accounts import OfficerFactory
from tests.factories.meetings import RegistrationFactory, add_quota

Status = RegistrationStatus


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


@pytest.fixture
def approval_meeting(make_meeting):
    return make_meeting(approval_required=True, capacity=2, title="Digital evidence session")


# --- Who may open the organisers' tools ------------------------------------------------------------

ADMIN_URL_NAMES = ["registrations", "attendance", "export", "email", "cancel"]


@pytest.mark.parametrize("name", ADMIN_URL_NAMES)
def test_organiser_tools_open_for_an_organiser(client, organizer, meeting, name):
    client.force_login(organizer)

    response = client.get(reverse(f"meetings_admin:{name}", args=[meeting.pk]))

    assert response.status_code == 200
    assert response.context["meeting"] == meeting


def assert_turned_away(response):
    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert messages_of(response) == ["Sorry, you do not have permission to access this area."]


@pytest.mark.parametrize("name", ADMIN_URL_NAMES)
def test_organiser_tools_are_forbidden_to_a_focal_point(client, focal_point, meeting, name):
    client.force_login(focal_point)

    assert_turned_away(client.get(reverse(f"meetings_admin:{name}", args=[meeting.pk])))


@pytest.mark.parametrize("name", ADMIN_URL_NAMES)
def test_organiser_tools_are_forbidden_to_an_author(client, author, meeting, name):
    client.force_login(author)

    assert_turned_away(client.get(reverse(f"meetings_admin:{name}", args=[meeting.pk])))


@pytest.mark.parametrize("name", ADMIN_URL_NAMES)
def test_organiser_tools_turn_away_an_officer(client, officer, meeting, name):
    client.force_login(officer)

    response = client.get(reverse(f"meetings_admin:{name}", args=[meeting.pk]))

    # People without admin access are refused at the admin's door, before any meetings view runs.
    assert response.status_code == 403
    assert meeting.title not in response.content.decode()


@pytest.mark.parametrize("name", ADMIN_URL_NAMES)
def test_organiser_tools_send_anonymous_visitors_to_sign_in(client, meeting, name):
    response = client.get(reverse(f"meetings_admin:{name}", args=[meeting.pk]))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_organiser_tools_for_an_unknown_meeting_are_not_found(client, organizer, db):
    client.force_login(organizer)

    # Outside the language prefix, Django's LocaleMiddleware turns a 404 into a redirect to /en/... first.
    assert client.get(reverse("meetings_admin:registrations", args=[999_999]), follow=True).status_code == 404


def test_registration_detail_of_another_meeting_is_not_found(client, organizer, meeting, make_meeting, officer):
    other = make_meeting()
    registration = register_attendee(other, user=officer)
    client.force_login(organizer)

    assert client.get(reverse("meetings_admin:registration", args=[meeting.pk, registration.pk]), follow=True).status_code == 404
    assert client.get(reverse("meetings_admin:registration", args=[other.pk, registration.pk])).status_code == 200


def test_meetings_menu_index_shows_seats_at_a_glance(client, organizer, approval_meeting):
    register_attendee(approval_meeting, user=OfficerFactory())
    client.force_login(organizer)

    response = client.get(reverse("meetings_admin:index"))

    (listed,) = response.context["upcoming"]
    assert (listed.capacity, listed.approved_count, listed.pending_count, listed.seats_left) == (2, 0, 1, 2)


def test_meetings_menu_index_is_forbidden_to_a_focal_point(client, focal_point, db):
    client.force_login(focal_point)

    assert_turned_away(client.get(reverse("meetings_admin:index")))


# --- Listing, filters and search -------------------------------------------------------------


def test_registrations_list_filters_by_status_country_and_agency(client, organizer, approval_meeting, thai_officer):
    cambodian = OfficerFactory(agency="Cambodian National Police")
    register_attendee(approval_meeting, user=cambodian)
    register_attendee(approval_meeting, user=thai_officer)
    client.force_login(organizer)
    url = reverse("meetings_admin:registrations", args=[approval_meeting.pk])

    by_country = client.get(url, {"country": Country.THAILAND})
    by_agency = client.get(url, {"agency": "Cambodian National Police"})
    by_status = client.get(url, {"status": Status.APPROVED})

    assert [r.user for r in by_country.context["registrations"]] == [thai_officer]
    assert [r.user for r in by_agency.context["registrations"]] == [cambodian]
    assert list(by_status.context["registrations"]) == []


def test_registrations_list_search_by_name_or_email(client, organizer, approval_meeting):
    somchai = OfficerFactory(first_name="Somchai", last_name="Wongsakul", native_name="สมชาย วงศ์สกุล")
    register_attendee(approval_meeting, user=somchai)
    register_attendee(approval_meeting, user=OfficerFactory(first_name="Dewi", last_name="Lestari"))
    client.force_login(organizer)
    url = reverse("meetings_admin:registrations", args=[approval_meeting.pk])

    assert [r.user for r in client.get(url, {"q": "wongsa"}).context["registrations"]] == [somchai]
    assert [r.user for r in client.get(url, {"q": "สมชาย"}).context["registrations"]] == [somchai]
    assert [r.user for r in client.get(url, {"q": somchai.email}).context["registrations"]] == [somchai]


def test_registrations_list_shows_seats_and_quotas(client, organizer, approval_meeting):
    add_quota(approval_meeting, Country.CAMBODIA, 1)
    RegistrationFactory(meeting=approval_meeting, user=OfficerFactory(country=Country.CAMBODIA))
    client.force_login(organizer)

    response = client.get(reverse("meetings_admin:registrations", args=[approval_meeting.pk]))

    seats = response.context["seats"]
    assert (seats.capacity, seats.approved, seats.left) == (2, 1, 1)
    assert [(q.label, q.seats, q.taken, q.left) for q in seats.quotas] == [("Cambodia", 1, 1, 0)]


@pytest.mark.parametrize("count", [1, 10])
def test_registrations_list_query_count_is_flat(client, organizer, approval_meeting, django_assert_num_queries, count):
    for n in range(count):
        registration = RegistrationFactory(meeting=approval_meeting, nominated_by=OfficerFactory())
        AttendanceRecord.objects.create(registration=registration, date=approval_meeting.days[0])
        RegistrationFactory(meeting=approval_meeting, status=Status.WAITLISTED, waitlist_position=n + 1)
    client.force_login(organizer)
    url = reverse("meetings_admin:registrations", args=[approval_meeting.pk])
    client.get(url)

    with django_assert_num_queries(18):
        response = client.get(url)

    assert len(response.context["registrations"]) == 2 * count


# --- Bulk decisions --------------------------------------------------------------------------


def test_bulk_approve_from_the_list(client, organizer, approval_meeting, on_commit):
    registrations = [register_attendee(approval_meeting, user=OfficerFactory()) for _ in range(3)]
    client.force_login(organizer)
    mail.outbox.clear()

    with on_commit():
        response = client.post(
            reverse("meetings_admin:registrations", args=[approval_meeting.pk]),
            {"registrations": [r.pk for r in registrations], "action": "approve", "reason": ""},
        )

    assert response.status_code == 302
    statuses = [Registration.objects.get(pk=r.pk).status for r in registrations]
    assert statuses == [Status.APPROVED, Status.APPROVED, Status.WAITLISTED]
    assert messages_of(response) == ["2 registration(s) now: Approved.", "1 registration(s) now: On the waitlist."]
    assert sorted(m.subject.split(":")[0] for m in mail.outbox) == [
        "You are on the waitlist",
        "Your seat is confirmed",
        "Your seat is confirmed",
    ]


def test_bulk_decline_with_a_registration_of_another_meeting_changes_nothing(client, organizer, approval_meeting, make_meeting):
    other = make_meeting(approval_required=True)
    ours = register_attendee(approval_meeting, user=OfficerFactory())
    theirs = register_attendee(other, user=OfficerFactory())
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:registrations", args=[approval_meeting.pk]),
        {"registrations": [ours.pk, theirs.pk], "action": "decline"},
    )

    assert response.status_code == 302
    assert messages_of(response) == ["Some of the selected registrations do not belong to this meeting; nothing was changed."]
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.PENDING}


def test_bulk_action_with_nothing_selected_explains(client, organizer, approval_meeting):
    client.force_login(organizer)

    response = client.post(reverse("meetings_admin:registrations", args=[approval_meeting.pk]), {"action": "approve"})

    assert messages_of(response) == ["Select at least one registration."]


def test_bulk_action_with_garbage_ids_explains(client, organizer, approval_meeting):
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:registrations", args=[approval_meeting.pk]), {"registrations": ["abc"], "action": "approve"}
    )

    assert response.status_code == 302
    assert messages_of(response) == ["Select at least one registration."]


def test_bulk_approve_over_capacity_when_ticked(client, organizer, approval_meeting):
    registrations = [register_attendee(approval_meeting, user=OfficerFactory()) for _ in range(3)]
    client.force_login(organizer)

    client.post(
        reverse("meetings_admin:registrations", args=[approval_meeting.pk]),
        {"registrations": [r.pk for r in registrations], "action": "approve", "override_capacity": "on"},
    )

    assert Registration.objects.filter(status=Status.APPROVED).count() == 3
    assert Registration.objects.filter(over_capacity=True).count() == 1


def test_registration_detail_shows_the_history(client, organizer, approval_meeting, officer):
    registration = register_attendee(approval_meeting, user=officer)
    client.force_login(organizer)
    client.post(
        reverse("meetings_admin:registrations", args=[approval_meeting.pk]),
        {"registrations": [registration.pk], "action": "waitlist", "reason": "Waiting for quotas."},
    )

    response = client.get(reverse("meetings_admin:registration", args=[approval_meeting.pk, registration.pk]))

    assert [(c.from_status, c.to_status, c.changed_by, c.reason) for c in response.context["history"]] == [
        ("", Status.PENDING, officer, ""),
        (Status.PENDING, Status.WAITLISTED, organizer, "Waiting for quotas."),
    ]


# --- Attendance ------------------------------------------------------------------------------


@pytest.fixture
def running_meeting(make_meeting):
    # Yesterday, today and tomorrow where the meeting is (Bangkok), from 09:00.
    today = timezone.now().astimezone(ZoneInfo("Asia/Bangkok")).date()
    start = datetime.combine(today - timedelta(days=1), time(9, 0), tzinfo=ZoneInfo("Asia/Bangkok"))
    return make_meeting(start_at=start, end_at=start + timedelta(days=2, hours=8), title="Three-day workshop")


def test_attendance_marks_present_and_absent_for_one_day(client, organizer, running_meeting):
    present, absent = RegistrationFactory(meeting=running_meeting), RegistrationFactory(meeting=running_meeting)
    day = running_meeting.days[0]
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:attendance", args=[running_meeting.pk]), {"day": day.isoformat(), "present": [present.pk]}
    )

    assert response.status_code == 302
    assert messages_of(response) == ["Attendance saved: 1 present, 1 absent."]
    assert set(AttendanceRecord.objects.values_list("registration_id", "date", "attended")) == {
        (present.pk, day, True),
        (absent.pk, day, False),
    }
    assert list(attendees_of(running_meeting)) == [present.user]
    assert AuditEvent.objects.get(action="attendance.marked").details == {"day": day.isoformat(), "present": 1, "absent": 1}


def test_attendance_marking_again_updates_the_day(client, organizer, running_meeting):
    registration = RegistrationFactory(meeting=running_meeting)
    day = running_meeting.days[0]
    url = reverse("meetings_admin:attendance", args=[running_meeting.pk])
    client.force_login(organizer)
    client.post(url, {"day": day.isoformat(), "present": [registration.pk]})

    client.post(url, {"day": day.isoformat()})

    assert list(AttendanceRecord.objects.values_list("attended", flat=True)) == [False]


def test_attendance_for_a_day_not_yet_come_is_refused(client, organizer, running_meeting):
    registration = RegistrationFactory(meeting=running_meeting)
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:attendance", args=[running_meeting.pk]),
        {"day": running_meeting.days[-1].isoformat(), "present": [registration.pk]},
    )

    assert messages_of(response)[0].startswith("Attendance for ")
    assert not AttendanceRecord.objects.exists()


def test_attendance_for_a_day_outside_the_meeting_is_refused(client, organizer, running_meeting):
    client.force_login(organizer)

    response = client.post(reverse("meetings_admin:attendance", args=[running_meeting.pk]), {"day": "2001-01-01"})

    assert messages_of(response) == ["Choose a day of the meeting."]


def test_attendance_of_someone_from_another_meeting_is_refused(client, organizer, running_meeting, make_meeting):
    ours = RegistrationFactory(meeting=running_meeting)
    theirs = RegistrationFactory(meeting=make_meeting())
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:attendance", args=[running_meeting.pk]),
        {"day": running_meeting.days[0].isoformat(), "present": [ours.pk, theirs.pk]},
    )

    assert messages_of(response) == [
        "Some of the people marked present are not approved participants of this meeting; nothing was saved."
    ]
    assert not AttendanceRecord.objects.exists()


def test_attendance_sheet_lists_approved_participants_with_their_marks(client, organizer, running_meeting):
    present = RegistrationFactory(meeting=running_meeting)
    RegistrationFactory(meeting=running_meeting, status=Status.PENDING)
    AttendanceRecord.objects.create(registration=present, date=running_meeting.days[0], attended=True)
    client.force_login(organizer)

    response = client.get(
        reverse("meetings_admin:attendance", args=[running_meeting.pk]), {"day": running_meeting.days[0].isoformat()}
    )

    assert [(r.pk, r.attended) for r in response.context["sheet"]] == [(present.pk, True)]
    assert response.context["day_tabs"][0] == (running_meeting.days[0], 1)


# --- Export ----------------------------------------------------------------------------------


def test_export_csv_with_chosen_columns_is_audited(client, organizer, approval_meeting):
    person = OfficerFactory(first_name="Sophea", last_name="Sok", native_name="សុខ សុភា", agency="=HYPERLINK()")
    RegistrationFactory(meeting=approval_meeting, user=person)
    RegistrationFactory(meeting=approval_meeting, status=Status.DECLINED)
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:export", args=[approval_meeting.pk]),
        {"columns": ["name", "native_name", "agency", "status"], "statuses": ["approved"], "file_format": "csv"},
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="participants-{approval_meeting.slug}.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [
        ["Name (Latin script)", "Name in own script", "Agency", "Status"],
        ["Sophea Sok", "សុខ សុភា", "'=HYPERLINK()", "Approved"],
    ]
    event = AuditEvent.objects.get(action="participants.exported")
    assert event.actor == organizer
    assert event.details == {
        "format": "csv",
        "columns": ["name", "native_name", "agency", "status"],
        "statuses": ["approved"],
        "rows": 1,
    }


def test_export_xlsx_with_attendance(client, organizer, running_meeting):
    registration = RegistrationFactory(meeting=running_meeting, user=OfficerFactory(first_name="Niran", last_name="Srisuk"))
    AttendanceRecord.objects.create(registration=registration, date=running_meeting.days[0], attended=True)
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:export", args=[running_meeting.pk]),
        {"columns": ["name", "days_attended"], "statuses": ["approved"], "file_format": "xlsx"},
    )

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [
        ["Name (Latin script)", "Days attended"],
        ["Niran Srisuk", running_meeting.days[0].isoformat()],
    ]


def test_export_without_columns_shows_the_form_again(client, organizer, approval_meeting):
    client.force_login(organizer)

    response = client.post(
        reverse("meetings_admin:export", args=[approval_meeting.pk]), {"statuses": ["approved"], "file_format": "csv"}
    )

    assert response.status_code == 200
    assert "columns" in response.context["form"].errors
    assert not AuditEvent.objects.filter(action="participants.exported").exists()


def test_export_by_a_focal_point_is_forbidden(client, focal_point, approval_meeting):
    client.force_login(focal_point)

    response = client.post(
        reverse("meetings_admin:export", args=[approval_meeting.pk]),
        {"columns": ["name"], "statuses": ["approved"], "file_format": "csv"},
    )

    assert_turned_away(response)
    assert not AuditEvent.objects.filter(action="participants.exported").exists()


# --- E-mail and cancelling -------------------------------------------------------------------


def test_email_participants_from_the_admin(client, organizer, make_meeting, on_commit):
    meeting = make_meeting(capacity=1)
    seated, waiting = OfficerFactory(), OfficerFactory()
    register_attendee(meeting, user=seated)
    register_attendee(meeting, user=waiting)
    client.force_login(organizer)
    mail.outbox.clear()

    with on_commit():
        response = client.post(
            reverse("meetings_admin:email", args=[meeting.pk]),
            {"statuses": ["waitlisted"], "subject": "Still hoping", "message": "We are looking for a bigger room."},
        )

    assert messages_of(response) == ["Your message is being sent to 1 people."]
    assert [m.to for m in mail.outbox] == [[waiting.email]]


def test_email_participants_without_a_subject_shows_the_form_again(client, organizer, meeting):
    client.force_login(organizer)

    response = client.post(reverse("meetings_admin:email", args=[meeting.pk]), {"statuses": ["approved"], "message": "Hi"})

    assert response.status_code == 200
    assert "subject" in response.context["form"].errors


def test_cancel_meeting_from_the_admin(client, organizer, meeting, officer):
    register_attendee(meeting, user=officer)
    client.force_login(organizer)

    response = client.post(reverse("meetings_admin:cancel", args=[meeting.pk]), {"reason": "Storm.", "confirm": "on"})

    assert messages_of(response) == ["The meeting is cancelled and every registrant is being told."]
    assert Registration.objects.get(user=officer).status == Status.CANCELLED
    assert AuditEvent.objects.filter(action="meeting.cancelled", actor=organizer).count() == 1


def test_cancel_meeting_without_confirming_changes_nothing(client, organizer, meeting, officer):
    register_attendee(meeting, user=officer)
    client.force_login(organizer)

    response = client.post(reverse("meetings_admin:cancel", args=[meeting.pk]), {"reason": "Storm."})

    assert response.status_code == 200
    assert Registration.objects.get(user=officer).status == Status.APPROVED


# --- Where organisers find the tools ---------------------------------------------------------


def test_admin_menu_shows_meetings_to_organisers_only(client, organizer, author, db):
    client.force_login(organizer)
    organiser_home = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(author)
    author_home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse("meetings_admin:index") in organiser_home
    assert reverse("meetings_admin:index") not in author_home


def test_page_explorer_links_each_meeting_to_its_registrations(client, organizer, author, meeting, meeting_index):
    link = reverse("meetings_admin:registrations", args=[meeting.pk])
    client.force_login(organizer)
    organiser_view = client.get(reverse("wagtailadmin_explore", args=[meeting_index.pk])).content.decode()
    client.force_login(author)
    author_view = client.get(reverse("wagtailadmin_explore", args=[meeting_index.pk])).content.decode()

    assert link in organiser_view
    assert link not in author_view


# --- Certificates of attendance --------------------------------------------------------------


@pytest.fixture
def finished_meeting(make_meeting):
    """A one-day session that took place yesterday where it was held (Bangkok)."""
    yesterday = timezone.now().astimezone(ZoneInfo("Asia/Bangkok")).date() - timedelta(days=1)
    start = datetime.combine(yesterday, time(9, 0), tzinfo=ZoneInfo("Asia/Bangkok"))
    return make_meeting(start_at=start, end_at=start + timedelta(hours=8), title="Digital evidence session")


def test_attendance_page_shows_who_qualifies_for_a_certificate(client, organizer, finished_meeting):
    present, absent = RegistrationFactory(meeting=finished_meeting), RegistrationFactory(meeting=finished_meeting)
    AttendanceRecord.objects.create(registration=present, date=finished_meeting.days[0], attended=True)
    AttendanceRecord.objects.create(registration=absent, date=finished_meeting.days[0], attended=False)
    client.force_login(organizer)

    response = client.get(reverse("meetings_admin:attendance", args=[finished_meeting.pk]))

    page = response.content.decode()
    assert "Qualifying: 1 of 2 participants. Certificates issued: 0." in page
    assert "Issue 1 certificate" in page


def test_organiser_issues_attendance_certificates_from_the_attendance_page(client, organizer, finished_meeting):
    from courses.models import Certificate

    present = RegistrationFactory(meeting=finished_meeting)
    AttendanceRecord.objects.create(registration=present, date=finished_meeting.days[0], attended=True)
    client.force_login(organizer)
    url = reverse("meetings_admin:certificates", args=[finished_meeting.pk])

    response = client.post(url, {"action": "issue"})
    again = client.post(url, {"action": "issue"})

    assert response["Location"] == reverse("meetings_admin:attendance", args=[finished_meeting.pk])
    assert messages_of(response) == ["1 certificate of attendance issued; its holder is being told by e-mail."]
    assert messages_of(again)[-1] == "Everyone who qualifies already has a certificate."
    assert list(Certificate.objects.filter(meeting=finished_meeting).values_list("holder", flat=True)) == [present.user_id]


def test_attendance_certificates_before_the_last_day_are_refused_with_a_message(client, organizer, running_meeting):
    from courses.models import Certificate

    registration = RegistrationFactory(meeting=running_meeting)
    AttendanceRecord.objects.create(registration=registration, date=running_meeting.days[0], attended=True)
    client.force_login(organizer)

    response = client.post(reverse("meetings_admin:certificates", args=[running_meeting.pk]), {"action": "issue"})
    page = client.get(reverse("meetings_admin:attendance", args=[running_meeting.pk])).content.decode()

    assert messages_of(response)[0].startswith("Attendance certificates can be issued from the last day of the meeting")
    assert not Certificate.objects.exists()
    assert "Certificates can be issued from the last day of the meeting." in page


def test_organiser_downloads_all_attendance_certificates_as_a_zip(client, organizer, finished_meeting):
    from courses.models import BulkCertificateJob, BulkJobKind

    present = RegistrationFactory(meeting=finished_meeting)
    AttendanceRecord.objects.create(registration=present, date=finished_meeting.days[0], attended=True)
    client.force_login(organizer)
    url = reverse("meetings_admin:certificates", args=[finished_meeting.pk])
    client.post(url, {"action": "issue"})

    response = client.post(url, {"action": "zip"})

    job = BulkCertificateJob.objects.get(meeting=finished_meeting)
    assert job.kind == BulkJobKind.ZIP
    assert response["Location"] == reverse("certificate_jobs:inspect", args=[job.pk])


def test_issuing_attendance_certificates_is_refused_to_a_focal_point(client, focal_point, finished_meeting):
    from courses.models import Certificate

    AttendanceRecord.objects.create(
        registration=RegistrationFactory(meeting=finished_meeting), date=finished_meeting.days[0], attended=True
    )
    client.force_login(focal_point)

    assert_turned_away(client.post(reverse("meetings_admin:certificates", args=[finished_meeting.pk]), {"action": "issue"}))
    assert not Certificate.objects.exists()
