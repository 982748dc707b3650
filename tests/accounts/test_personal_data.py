import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import BulkCertificateJob, BulkJobKind, Certificate, Enrolment, LessonCompletion, QuizAttempt
from courses.selectors.certificates import certificate_by_code
from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.accounts.services.personal_data import (
    ERASED_EMAIL_DOMAIN,
    AccountErasureRefused,
    erase_account,
    export_personal_data,
    initials_of,
    user_fields_covered,
)
from ern_learning.core.models import AuditEvent, OutboundEmailStatus
from ern_learning.core.services.audit import record_event
from ern_learning.core.services.mail import queue_email
from meetings.models import AttendanceRecord, CalendarFeedToken, RegistrationStatus, RegistrationStatusChange
from tests.doubles.mail import REFUSING_BACKEND
from tests.factories.accounts import PASSWORD, AdministratorFactory, give_totp
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    QuizPageFactory,
    correct_answers,
)
from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sophea(officer):
    officer.first_name, officer.last_name, officer.native_name = "Sophea", "Sok", "សុខ សុភា"
    officer.email = "sophea.sok@police.gov.kh"
    officer.agency, officer.unit, officer.rank = "Cambodian National Police", "Anti-Human Trafficking", "Major"
    officer.save()
    EmailAddress.objects.filter(user=officer).update(email=officer.email)
    return officer


@pytest.fixture
def catalogue(home_page):
    return CourseIndexPageFactory(parent=home_page)


def take_course(user, catalogue, title: str):
    """Enrol, finish the one lesson and pass the quiz: the course completes and its certificate is issued."""
    course = CoursePageFactory(parent=catalogue, title=title)
    lesson = LessonPageFactory(parent=course, title=f"{title}: the lesson")
    quiz = QuizPageFactory(parent=course, questions=1)
    enrol_user(user, course)
    complete_lesson(user, lesson)
    grade_attempt(start_attempt(user, quiz), answers=correct_answers(quiz))
    return course


@pytest.fixture
def course(sophea, catalogue):
    return take_course(sophea, catalogue, "Digital evidence basics")


@pytest.fixture
def meeting(home_page):
    return MeetingPageFactory(parent=MeetingIndexPageFactory(parent=home_page), title="ERN coordination meeting")


@pytest.fixture
def registration(sophea, meeting, organizer):
    registration = RegistrationFactory(meeting=meeting, user=sophea, note="I will bring the case file from Sihanoukville.")
    RegistrationStatusChange.objects.create(
        registration=registration,
        from_status="",
        to_status=RegistrationStatus.APPROVED,
        changed_by=organizer,
        reason="Nominated by Cambodia",
    )
    AttendanceRecord.objects.create(registration=registration, date=meeting.local_start.date(), marked_by=organizer)
    CalendarFeedToken.objects.create(user=sophea, token_hash="a" * 64)
    return registration


# --- Export ----------------------------------------------------------------------------------------


def test_export_personal_data_holds_profile_learning_and_meetings(sophea, course, registration):
    give_totp(sophea)

    data = export_personal_data(sophea)

    certificate = Certificate.objects.get(holder=sophea)
    assert data["format"] == "ern-learning-personal-data/1"
    assert data["account"]["email"] == "sophea.sok@police.gov.kh"
    assert (data["account"]["first_name"], data["account"]["last_name"], data["account"]["native_name"]) == (
        "Sophea",
        "Sok",
        "សុខ សុភា",
    )
    assert (data["account"]["agency"], data["account"]["unit"], data["account"]["rank"]) == (
        "Cambodian National Police",
        "Anti-Human Trafficking",
        "Major",
    )
    assert data["email_addresses"] == [{"email": "sophea.sok@police.gov.kh", "verified": True, "primary": True}]
    assert data["roles"] == ["Officer"]
    assert [factor["type"] for factor in data["two_factor_authentication"]] == ["totp"]
    [enrolment] = data["courses"]["enrolments"]
    assert enrolment["course"] == "Digital evidence basics"
    assert enrolment["completed_lessons"][0]["lesson"] == "Digital evidence basics: the lesson"
    assert [(attempt["number"], attempt["score"], attempt["passed"]) for attempt in enrolment["quiz_attempts"]] == [
        (1, 100, True)
    ]
    assert enrolment["completed_at"] is not None
    assert data["courses"]["certificates"] == [
        {
            "verification_code": certificate.display_code,
            "course": "Digital evidence basics",
            "meeting": None,
            "title": "Digital evidence basics",
            "holder_name": "Sophea Sok",
            "holder_native_name": "សុខ សុភា",
            "language": "en",
            "issued_on": certificate.issued_on,
            "expires_on": None,
            "status": "valid",
            "revision": 1,
        }
    ]
    [meeting_registration] = data["meetings"]["registrations"]
    assert meeting_registration["meeting"] == "ERN coordination meeting"
    assert meeting_registration["status"] == "approved"
    assert meeting_registration["note"] == "I will bring the case file from Sihanoukville."
    assert [(change["to"], change["reason"]) for change in meeting_registration["history"]] == [
        ("approved", "Nominated by Cambodia")
    ]
    assert meeting_registration["attendance"] == [{"date": registration.meeting.local_start.date(), "attended": True}]
    assert [feed["revoked_at"] for feed in data["meetings"]["calendar_feeds"]] == [None]
    assert {"when", "action", "by_you", "ip_address"} == set(data["core"]["audit_log"][0])


def test_export_personal_data_never_holds_secrets_or_other_people(sophea, course, registration, organizer):
    give_totp(sophea)

    text = json.dumps(export_personal_data(sophea), default=str)

    assert sophea.password not in text
    assert Authenticator.objects.get(user=sophea).data["secret"] not in text
    assert CalendarFeedToken.objects.get(user=sophea).token_hash not in text
    assert organizer.email not in text
    assert organizer.last_name not in text


def test_export_personal_data_is_recorded_in_the_audit_log(sophea):
    export_personal_data(sophea)

    event = AuditEvent.objects.get(action="personal_data.exported")
    assert (event.actor, event.target_id) == (sophea, str(sophea.pk))


def test_export_personal_data_lists_emails_sent_to_the_person(sophea, other_officer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(to=[sophea.email], subject="Your seat is confirmed", body="See you.", idempotency_key="seat:1")
        queue_email(to=[other_officer.email], subject="Someone else's mail", body="Not yours.", idempotency_key="seat:2")

    emails = export_personal_data(sophea)["core"]["emails"]

    assert [(email["subject"], email["status"]) for email in emails] == [("Your seat is confirmed", "sent")]


def test_export_personal_data_query_count_stays_flat(sophea, catalogue, meeting, django_assert_num_queries):
    take_course(sophea, catalogue, "Course one")
    RegistrationFactory(meeting=meeting, user=sophea)
    with CaptureQueriesContext(connection) as small:
        export_personal_data(sophea)

    for n in range(2, 5):
        take_course(sophea, catalogue, f"Course {n}")
        other_meeting = MeetingPageFactory(parent=meeting.get_parent())
        RegistrationFactory(meeting=other_meeting, user=sophea)
    with django_assert_num_queries(len(small.captured_queries)):
        data = export_personal_data(sophea)

    assert len(data["courses"]["enrolments"]) == 4
    assert len(data["meetings"]["registrations"]) == 4


# --- Download view -----------------------------------------------------------------------------------


def test_download_personal_data_is_a_json_attachment_of_ones_own_data(client, sophea, other_officer):
    client.force_login(sophea)

    response = client.post(reverse("accounts:download_personal_data"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="ern-learning-my-data-')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "sophea.sok@police.gov.kh"
    assert data["account"]["native_name"] == "សុខ សុភា"


def test_download_personal_data_gives_another_user_only_their_own(client, sophea, other_officer):
    client.force_login(other_officer)

    response = client.post(reverse("accounts:download_personal_data"), {"user": sophea.pk, "user_id": sophea.pk})

    body = response.content.decode()
    assert json.loads(body)["account"]["id"] == other_officer.pk
    assert sophea.email not in body
    assert "Sophea" not in body


def test_download_personal_data_anonymous_is_sent_to_sign_in(client, home_page):
    url = reverse("accounts:download_personal_data")

    response = client.post(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={url}"


def test_download_personal_data_by_get_is_refused(client, sophea):
    client.force_login(sophea)

    response = client.get(reverse("accounts:download_personal_data"))

    assert response.status_code == 405
    assert not AuditEvent.objects.filter(action="personal_data.exported").exists()


def test_personal_data_page_offers_download_and_deletion(client, sophea):
    client.force_login(sophea)

    response = client.get(reverse("accounts:personal_data"))

    content = response.content.decode()
    assert response.status_code == 200
    assert f'action="{reverse("accounts:download_personal_data")}"' in content
    assert f'href="{reverse("accounts:delete_account")}"' in content


def test_profile_links_to_the_personal_data_pages(client, sophea):
    client.force_login(sophea)

    content = client.get(reverse("accounts:profile")).content.decode()

    assert f'href="{reverse("accounts:personal_data")}"' in content
    assert f'href="{reverse("accounts:delete_account")}"' in content


# --- Erasure -----------------------------------------------------------------------------------------


def test_erase_account_clears_personal_fields_and_access(sophea, client):
    give_totp(sophea)
    client.force_login(sophea)
    session_key = client.session.session_key

    erase_account(sophea)

    sophea.refresh_from_db()
    assert sophea.email.startswith(f"erased-{sophea.pk}-")
    assert sophea.email.endswith(f"@{ERASED_EMAIL_DOMAIN}")
    assert (sophea.first_name, sophea.last_name, sophea.native_name) == ("", "", "")
    assert (sophea.agency, sophea.unit, sophea.rank, sophea.vetting_note) == ("", "", "", "")
    assert sophea.is_active is False
    assert sophea.has_usable_password() is False
    assert sophea.last_login is None
    assert list(sophea.groups.all()) == []
    assert not EmailAddress.objects.filter(user=sophea).exists()
    assert not Authenticator.objects.filter(user=sophea).exists()
    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_erase_account_keeps_learning_records_and_certificate_verifies_with_initials(
    sophea, course, django_capture_on_commit_callbacks
):
    certificate = Certificate.objects.get(holder=sophea)
    certificate.pdf.save("certificate.pdf", ContentFile(b"%PDF-1.7 Sophea Sok"), save=True)
    pdf_name = certificate.pdf.name
    zip_job = BulkCertificateJob.objects.create(kind=BulkJobKind.ZIP, course=course)
    zip_job.result.save("all.zip", ContentFile(b"PK Sophea Sok"), save=True)
    zip_name = zip_job.result.name

    with django_capture_on_commit_callbacks(execute=True):
        erase_account(sophea)

    verified = certificate_by_code(certificate.display_code)
    assert (verified.pk, verified.status, verified.code) == (certificate.pk, "valid", certificate.code)
    assert (verified.holder_name, verified.holder_native_name) == ("S. S.", "")
    assert verified.pdf.name == ""
    assert not default_storage.exists(pdf_name)
    zip_job.refresh_from_db()
    assert zip_job.result.name == ""
    assert not default_storage.exists(zip_name)
    enrolment = Enrolment.objects.get(user=sophea, course=course)
    assert enrolment.completed_at is not None
    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 1
    assert QuizAttempt.objects.filter(enrolment=enrolment, passed=True).count() == 1


def test_erase_account_keeps_registrations_without_the_persons_words(sophea, registration):
    erase_account(sophea)

    registration.refresh_from_db()
    assert (registration.status, registration.country, registration.note) == ("approved", "KH", "")
    assert list(registration.status_changes.values_list("to_status", "reason")) == [("approved", "")]
    assert registration.attendance.filter(attended=True).count() == 1
    assert not CalendarFeedToken.objects.filter(user=sophea).exists()


def test_erase_account_removes_the_person_from_the_audit_log_labels(sophea, client):
    client.post(reverse("account_login"), {"login": sophea.email, "password": "wrong-password-1"})
    record_event("membership.approved", target=sophea)
    old_email = sophea.email

    erase_account(sophea)

    sophea.refresh_from_db()
    labels = json.dumps(list(AuditEvent.objects.values("actor_label", "target_label", "details")), ensure_ascii=False)
    assert old_email not in labels
    assert "Sophea Sok" not in labels
    assert AuditEvent.objects.get(action="auth.login_failed").details == {"login": sophea.email}
    erased = AuditEvent.objects.get(action="account.erased")
    assert (erased.actor, erased.target_id, erased.target_label) == (sophea, str(sophea.pk), sophea.email)


def test_erase_account_cancels_and_empties_emails_to_the_person(sophea, settings):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    from ern_learning.core.services.mail import deliver_email

    waiting = queue_email(to=[sophea.email], subject="Reminder", body="Dear Sophea Sok", idempotency_key="reminder:1")
    deliver_email(waiting.pk)

    erase_account(sophea)

    waiting.refresh_from_db()
    sophea.refresh_from_db()
    assert (waiting.status, waiting.body, waiting.to) == (OutboundEmailStatus.CANCELLED, "", [sophea.email])
    assert waiting.next_attempt_at is None
    assert mail.outbox == []


def test_erase_account_twice_changes_nothing_more(sophea):
    first = erase_account(sophea)
    second = erase_account(first)

    assert second.email == first.email
    assert AuditEvent.objects.filter(action="account.erased").count() == 1


def test_erase_account_of_the_last_administrator_is_refused(administrator):
    with pytest.raises(AccountErasureRefused) as refused:
        erase_account(administrator)

    administrator.refresh_from_db()
    assert refused.value.message == (
        "You are the only administrator. Give another person the Administrator role before deleting your account."
    )
    assert administrator.is_active is True


def test_erase_account_of_an_administrator_with_a_colleague_is_done(administrator):
    AdministratorFactory()

    erase_account(administrator)

    administrator.refresh_from_db()
    assert administrator.is_active is False


def test_every_field_pointing_at_users_is_covered_by_erasure():
    """A new model with a foreign key to users must say what erasing an account does with it."""
    user_model = get_user_model()
    fields = {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.get_fields(include_parents=False)
        if field.is_relation and field.concrete and field.related_model is user_model
    }

    assert set(user_fields_covered()) == fields


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Sophea Sok", "S. S."),
        ("nguyễn minh anh", "N. M. A."),
        ("  ", ""),
        ("O'Brien-Smith Jr.", "O. J."),
        ("'Ali Hassan", "A. H."),
    ],
)
def test_initials_of(name, initials):
    assert initials_of(name) == initials


# --- Deletion views ----------------------------------------------------------------------------------


def test_delete_account_with_the_password_erases_and_signs_out(client, sophea):
    client.force_login(sophea)

    response = client.post(reverse("accounts:delete_account"), {"password": PASSWORD})

    sophea.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:account_deleted")
    assert sophea.is_active is False
    assert "_auth_user_id" not in client.session
    assert client.get(response["Location"]).status_code == 200


def test_delete_account_with_a_wrong_password_changes_nothing(client, sophea):
    client.force_login(sophea)

    response = client.post(reverse("accounts:delete_account"), {"password": "not-my-password"})

    sophea.refresh_from_db()
    assert response.status_code == 200
    assert "This is not your password." in response.content.decode()
    assert sophea.is_active is True
    assert sophea.email == "sophea.sok@police.gov.kh"


def test_delete_account_password_guessing_is_rate_limited(client, sophea):
    client.force_login(sophea)
    for _attempt in range(10):
        client.post(reverse("accounts:delete_account"), {"password": "guess"})

    response = client.post(reverse("accounts:delete_account"), {"password": PASSWORD})

    sophea.refresh_from_db()
    assert "Too many attempts. Wait a minute and try again." in response.content.decode()
    assert sophea.is_active is True


def test_delete_account_by_get_only_asks(client, sophea):
    client.force_login(sophea)

    response = client.get(reverse("accounts:delete_account"))

    sophea.refresh_from_db()
    assert response.status_code == 200
    assert 'type="password"' in response.content.decode()
    assert sophea.is_active is True


def test_delete_account_anonymous_is_sent_to_sign_in(client, home_page):
    url = reverse("accounts:delete_account")

    response = client.post(url, {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={url}"


def test_delete_account_of_the_last_administrator_explains_the_refusal(client, administrator):
    client.force_login(administrator)

    response = client.post(reverse("accounts:delete_account"), {"password": PASSWORD}, follow=True)

    administrator.refresh_from_db()
    assert administrator.is_active is True
    assert "You are the only administrator." in response.content.decode()


def test_erased_email_cannot_be_used_to_sign_in(client, sophea, home_page):
    erased = erase_account(sophea)

    response = client.post(reverse("account_login"), {"login": erased.email, "password": PASSWORD})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
