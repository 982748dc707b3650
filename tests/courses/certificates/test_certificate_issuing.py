import datetime
import secrets
import threading

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from courses.models import Certificate, CertificateStatus, format_verification_code, normalise_verification_code
from courses.models.certificates import CODE_ALPHABET
from courses.services.certificates import (
    CertificateRefused,
    change_certificate_language,
    issue_course_certificate,
    reissue_certificate,
    revoke_certificate,
)
from courses.services.certificates.issuing import add_months
from courses.services.progress import complete_lesson
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.core.models import AuditEvent
from tests.factories.accounts import OfficerFactory
from tests.factories.certificates import CertificateFactory, CompletedEnrolmentFactory
from tests.factories.courses import correct_answers

CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_complete_course_issues_one_certificate(officer, course, lessons, quiz, enrolment):
    for lesson in lessons:
        complete_lesson(officer, lesson)
    attempt = start_attempt(officer, quiz)
    grade_attempt(attempt, answers=correct_answers(quiz))

    certificate = Certificate.objects.get()

    assert (certificate.holder, certificate.course, certificate.status) == (officer, course, CertificateStatus.VALID)
    assert certificate.title == certificate.title_english == "Digital evidence basics"
    assert certificate.holder_name == officer.latin_name
    assert certificate.issued_on == timezone.localdate()


def test_issue_course_certificate_snapshots_names_and_title_in_holders_language(issued, khmer_officer):
    assert issued.language == "km"
    assert issued.holder_name == "Sophea Sok"
    assert issued.holder_native_name == "សុខ សុភា"
    assert issued.title == "មូលដ្ឋានគ្រឹះនៃភស្តុតាងឌីជីថល"
    assert issued.title_english == "Digital evidence basics"
    assert issued.issued_on == datetime.date(2026, 4, 22)
    assert issued.expires_on is None
    assert issued.revision == 1
    assert AuditEvent.objects.filter(action="certificate.issued", target_id=str(issued.pk)).count() == 1


def test_issue_course_certificate_again_returns_the_same_certificate(issued, khmer_officer, course_offered):
    again = issue_course_certificate(khmer_officer, course_offered)

    assert again.pk == issued.pk
    assert Certificate.objects.count() == 1


def test_issue_course_certificate_not_completed_is_refused(officer, course):
    with pytest.raises(CertificateRefused) as refusal:
        issue_course_certificate(officer, course)

    assert refusal.value.message == "A certificate is issued once the course is completed."
    assert Certificate.objects.count() == 0


@pytest.mark.parametrize(
    ("preferred", "offered", "expected"),
    [("km", ["en", "km"], "km"), ("lo", ["en", "km"], "en"), ("lo", ["th", "km"], "th"), ("th", [], "en")],
)
def test_issue_course_certificate_language_follows_holder_and_course(course, preferred, offered, expected):
    course.languages = offered
    course.save()
    holder = OfficerFactory(preferred_language=preferred)
    CompletedEnrolmentFactory(user=holder, course=course)

    assert issue_course_certificate(holder, course).language == expected


def test_issue_course_certificate_with_validity_sets_expiry(officer, course):
    course.certificate_validity_months = 13
    course.save()
    CompletedEnrolmentFactory(user=officer, course=course, completed_at=timezone.make_aware(datetime.datetime(2026, 1, 31, 12)))

    certificate = issue_course_certificate(officer, course)

    assert certificate.expires_on == datetime.date(2027, 2, 28)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ((2026, 1, 31), 1, (2026, 2, 28)),
        ((2028, 1, 31), 1, (2028, 2, 29)),
        ((2026, 11, 15), 2, (2027, 1, 15)),
        ((2026, 4, 22), 24, (2028, 4, 22)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(datetime.date(*day), months) == datetime.date(*expected)


def test_verification_code_is_ten_crockford_characters(issued):
    assert len(issued.code) == 10
    assert set(issued.code) <= CROCKFORD
    assert issued.display_code == f"{issued.code[:5]}-{issued.code[5:]}"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7K3QD-M9XWT", "7K3QD M9XWT"),
        ("7k3qd-m9xwt", "7K3QDM9XWT"),
        (" 7k3qd m9xwt ", "7K3QDM9XWT"),
        ("7K3QD-M9XWO", "7K3QDM9XW0"),
        ("IL3QD-M9XWT", "113QDM9XWT"),
    ],
)
def test_normalise_verification_code_forgives_case_spaces_and_lookalikes(typed, expected):
    assert normalise_verification_code(typed) == expected.replace(" ", "")


@pytest.mark.parametrize("typed", ["", "7K3QD", "7K3QD-M9XWT-1", "7K3QD-M9XWU", "<script>", "7K3QD-M9XW%"])
def test_normalise_verification_code_rejects_what_cannot_be_a_code(typed):
    assert normalise_verification_code(typed) is None


def test_format_verification_code_adds_hyphen():
    assert format_verification_code("7K3QDM9XWT") == "7K3QD-M9XWT"


def test_issue_course_certificate_draws_again_when_code_collides(officer, other_officer, course, monkeypatch):
    CertificateFactory(holder=other_officer, course=course, code="AAAAAAAAAA")
    CompletedEnrolmentFactory(user=officer, course=course)
    draws = iter("A" * 10 + "B" * 10)
    choose = secrets.choice
    # Only the randomness is replaced, and only for verification codes.
    monkeypatch.setattr(secrets, "choice", lambda alphabet: next(draws) if alphabet == CODE_ALPHABET else choose(alphabet))

    certificate = issue_course_certificate(officer, course)

    assert certificate.code == "BBBBBBBBBB"
    assert Certificate.objects.count() == 2


def test_certificate_database_allows_one_per_holder_and_course(issued, khmer_officer, course_offered):
    with pytest.raises(IntegrityError), transaction.atomic():
        CertificateFactory(holder=khmer_officer, course=course_offered)


def test_certificate_database_requires_a_course_or_a_meeting(officer):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(holder=officer, holder_name="x", title="x", title_english="x")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_issue_course_certificate_concurrent_calls_issue_one(officer, course):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers")
    CompletedEnrolmentFactory(user=officer, course=course)
    barrier = threading.Barrier(8)
    issued_ids, errors = [], []

    def issue():
        try:
            barrier.wait()
            with transaction.atomic():
                issued_ids.append(issue_course_certificate(officer, course).pk)
        except Exception as exception:  # collected, asserted below
            errors.append(exception)
        finally:
            connection.close()

    threads = [threading.Thread(target=issue) for _n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(set(issued_ids)) == 1
    assert len(issued_ids) == 8
    assert Certificate.objects.filter(holder=officer, course=course).count() == 1


def test_revoke_certificate_records_who_when_why(issued, administrator):
    revoke_certificate(issued, by=administrator, reason="Identity could not be confirmed.")

    issued.refresh_from_db()
    assert issued.status == CertificateStatus.REVOKED
    assert issued.revoked_by == administrator
    assert issued.revocation_reason == "Identity could not be confirmed."
    assert issued.revoked_at is not None
    event = AuditEvent.objects.get(action="certificate.revoked")
    assert (event.actor, event.target_id, event.details) == (
        administrator,
        str(issued.pk),
        {"reason": "Identity could not be confirmed."},
    )


@pytest.mark.parametrize(
    ("reason", "message"),
    [("  ", "Give the reason for revoking this certificate."), ("x" * 1001, "Keep the reason under 1000 characters.")],
)
def test_revoke_certificate_bad_reason_is_refused(issued, administrator, reason, message):
    with pytest.raises(CertificateRefused) as refusal:
        revoke_certificate(issued, by=administrator, reason=reason)

    issued.refresh_from_db()
    assert refusal.value.message == message
    assert issued.status == CertificateStatus.VALID


def test_revoke_certificate_twice_is_refused(issued, administrator):
    revoke_certificate(issued, by=administrator, reason="Duplicate account.")

    with pytest.raises(CertificateRefused):
        revoke_certificate(issued, by=administrator, reason="Again.")

    assert AuditEvent.objects.filter(action="certificate.revoked").count() == 1


def test_reissue_certificate_refreshes_names_reinstates_and_keeps_code(issued, khmer_officer, administrator):
    revoke_certificate(issued, by=administrator, reason="Name misspelt.")
    khmer_officer.first_name = "Sopheap"
    khmer_officer.save()

    reissued = reissue_certificate(issued, by=administrator)

    reissued.refresh_from_db()
    assert (reissued.code, reissued.revision, reissued.status) == (issued.code, 2, CertificateStatus.VALID)
    assert reissued.holder_name == "Sopheap Sok"
    assert (reissued.revoked_at, reissued.revocation_reason) == (None, "")
    assert AuditEvent.objects.get(action="certificate.reissued").details == {"revision": 2, "reinstated": True}


def test_reissue_certificate_keeps_issue_date_expiry_and_reminder(issued, administrator, course_offered):
    reminded_at = timezone.make_aware(datetime.datetime(2028, 3, 23, 7))
    Certificate.objects.filter(pk=issued.pk).update(expires_on=datetime.date(2028, 4, 22), expiry_reminder_sent_at=reminded_at)
    course_offered.certificate_validity_months = 36
    course_offered.save()
    issued.refresh_from_db()

    reissued = reissue_certificate(issued, by=administrator)

    reissued.refresh_from_db()
    assert (reissued.issued_on, reissued.expires_on, reissued.expiry_reminder_sent_at) == (
        datetime.date(2026, 4, 22),
        datetime.date(2028, 4, 22),
        reminded_at,
    )


def test_change_certificate_language_switches_title_and_keeps_names(issued, khmer_officer):
    khmer_officer.first_name = "Someone"
    khmer_officer.save()

    changed = change_certificate_language(issued, language="th", bilingual=True, by=khmer_officer)

    changed.refresh_from_db()
    assert (changed.language, changed.bilingual) == ("th", True)
    assert changed.title == "พื้นฐานพยานหลักฐานดิจิทัล"
    assert changed.holder_name == "Sophea Sok"


def test_change_certificate_language_not_offered_is_refused(issued, khmer_officer):
    with pytest.raises(CertificateRefused) as refusal:
        change_certificate_language(issued, language="lo", bilingual=False, by=khmer_officer)

    assert refusal.value.message == "This course is not offered in that language."


def test_change_certificate_language_by_someone_else_is_refused(issued, other_officer):
    with pytest.raises(CertificateRefused):
        change_certificate_language(issued, language="en", bilingual=False, by=other_officer)

    issued.refresh_from_db()
    assert issued.language == "km"


def test_change_certificate_language_english_is_never_bilingual(issued, khmer_officer):
    changed = change_certificate_language(issued, language="en", bilingual=True, by=khmer_officer)

    assert (changed.language, changed.bilingual, changed.title) == ("en", False, "Digital evidence basics")
