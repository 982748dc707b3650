"""Certificates of attendance: who qualifies, issuing once, telling the holders, and every refusal."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from courses.models import Certificate
from ern_learning.core.models import AuditEvent, OutboundEmail
from meetings.errors import RegistrationError
from meetings.models import AttendanceRecord, RegistrationStatus
from meetings.selectors.attendance import certificate_standing, certificate_summary, days_needed_for_certificate
from meetings.services.attendance import issue_attendance_certificates
from meetings.services.meetings import cancel_meeting
from tests.factories.accounts import OfficerFactory
from tests.factories.meetings import RegistrationFactory


@pytest.fixture
def two_day_meeting(make_meeting):
    """A two-day workshop that ended yesterday (Bangkok time)."""
    start = timezone.now() - timedelta(days=3)
    return make_meeting(title="Financial investigations workshop", start_at=start, end_at=start + timedelta(days=1, hours=8))


def attend(registration, *days_present):
    for day in registration.meeting.days:
        AttendanceRecord.objects.create(registration=registration, date=day, attended=day in days_present)


@pytest.fixture
def participants(two_day_meeting):
    """Both days, one day, no day, and a cancelled registration that attended."""
    first, second = two_day_meeting.days
    people = {
        "both": RegistrationFactory(meeting=two_day_meeting, user=OfficerFactory(preferred_language="km")),
        "one": RegistrationFactory(meeting=two_day_meeting),
        "none": RegistrationFactory(meeting=two_day_meeting),
        "cancelled": RegistrationFactory(meeting=two_day_meeting),
    }
    attend(people["both"], first, second)
    attend(people["one"], second)
    attend(people["none"])
    attend(people["cancelled"], first, second)
    people["cancelled"].status = RegistrationStatus.CANCELLED
    people["cancelled"].save()
    return people


def test_every_day_is_needed_by_default(two_day_meeting, participants):
    standing = {registration.pk: registration for registration in certificate_standing(two_day_meeting)}

    assert days_needed_for_certificate(two_day_meeting) == 2
    assert [standing[participants[key].pk].days_attended for key in ("both", "one", "none")] == [2, 1, 0]
    assert [standing[participants[key].pk].qualifies for key in ("both", "one", "none")] == [True, False, False]
    assert participants["cancelled"].pk not in standing


def test_a_lower_share_lets_one_day_of_two_qualify(two_day_meeting, participants):
    two_day_meeting.certificate_attendance_percent = 50

    assert days_needed_for_certificate(two_day_meeting) == 1
    assert certificate_summary(two_day_meeting) == {
        "days_needed": 1,
        "days": 2,
        "participants": 3,
        "qualifying": 2,
        "issued": 0,
        "to_issue": 2,
    }


def test_any_share_of_a_one_day_meeting_needs_that_day(make_meeting):
    meeting = make_meeting(certificate_attendance_percent=1)

    assert days_needed_for_certificate(meeting) == 1


def test_organiser_issues_to_those_who_qualify_only(two_day_meeting, participants, organizer, on_commit):
    with on_commit():
        result = issue_attendance_certificates(two_day_meeting, by=organizer)

    assert result == {"issued": 1}
    certificate = Certificate.objects.get(meeting=two_day_meeting)
    assert certificate.holder == participants["both"].user
    assert certificate.language == "km"
    assert certificate.title == two_day_meeting.title
    assert AuditEvent.objects.filter(action="certificate.attendance_issued", actor=organizer).count() == 1
    assert certificate_summary(two_day_meeting)["issued"] == 1


def test_holder_is_told_in_their_language_with_the_verification_link(two_day_meeting, participants, organizer, on_commit):
    with on_commit():
        issue_attendance_certificates(two_day_meeting, by=organizer)

    certificate = Certificate.objects.get(meeting=two_day_meeting)
    (message,) = mail.outbox
    assert message.to == [participants["both"].user.email]
    assert two_day_meeting.title in message.subject
    assert "certificate" not in message.subject.lower()  # written in Khmer, not English
    assert f"/km/certificates/verify/{certificate.display_code}/" in message.body
    assert "/km/certificates/" in message.body


def test_issuing_again_issues_and_sends_nothing_more(two_day_meeting, participants, organizer, on_commit):
    with on_commit():
        issue_attendance_certificates(two_day_meeting, by=organizer)
        again = issue_attendance_certificates(two_day_meeting, by=organizer)

    assert again == {"issued": 0}
    assert Certificate.objects.filter(meeting=two_day_meeting).count() == 1
    assert OutboundEmail.objects.count() == 1
    assert len(mail.outbox) == 1


def test_someone_marked_present_later_gets_theirs_on_the_next_run(two_day_meeting, participants, organizer):
    issue_attendance_certificates(two_day_meeting, by=organizer)
    AttendanceRecord.objects.filter(registration=participants["one"]).update(attended=True)

    assert issue_attendance_certificates(two_day_meeting, by=organizer) == {"issued": 1}
    assert set(Certificate.objects.filter(meeting=two_day_meeting).values_list("holder", flat=True)) == {
        participants["both"].user_id,
        participants["one"].user_id,
    }


@pytest.mark.parametrize("actor", ["officer", "focal_point", "author", "reviewer"])
def test_only_organisers_and_administrators_issue(two_day_meeting, participants, actor, request):
    with pytest.raises(PermissionDenied):
        issue_attendance_certificates(two_day_meeting, by=request.getfixturevalue(actor))

    assert not Certificate.objects.exists()


def test_administrator_may_issue(two_day_meeting, participants, administrator):
    assert issue_attendance_certificates(two_day_meeting, by=administrator) == {"issued": 1}


def test_a_meeting_without_certificates_refuses(two_day_meeting, participants, organizer):
    two_day_meeting.attendance_certificates = False
    two_day_meeting.save()

    with pytest.raises(RegistrationError) as refusal:
        issue_attendance_certificates(two_day_meeting, by=organizer)

    assert refusal.value.code == "no_certificates"
    assert not Certificate.objects.exists()


def test_a_cancelled_meeting_refuses(make_meeting, organizer):
    meeting = make_meeting(start_at=timezone.now() - timedelta(hours=1), end_at=timezone.now() + timedelta(hours=1))
    attend(RegistrationFactory(meeting=meeting), *meeting.days)
    cancel_meeting(meeting, by=organizer, reason="Venue closed")

    with pytest.raises(RegistrationError) as refusal:
        issue_attendance_certificates(meeting, by=organizer)

    assert refusal.value.code == "meeting_cancelled"
    assert not Certificate.objects.exists()


def test_certificates_wait_for_the_last_day(make_meeting, organizer):
    start = timezone.now() - timedelta(hours=30)
    meeting = make_meeting(start_at=start, end_at=start + timedelta(days=3))
    registration = RegistrationFactory(meeting=meeting)
    AttendanceRecord.objects.create(registration=registration, date=meeting.days[0], attended=True)

    with pytest.raises(RegistrationError) as refusal:
        issue_attendance_certificates(meeting, by=organizer)

    assert refusal.value.code == "too_early"
    assert meeting.days[-1].strftime("%Y") in refusal.value.message
    assert not Certificate.objects.exists()


def test_a_failure_halfway_leaves_no_certificate(two_day_meeting, participants, organizer, monkeypatch):
    AttendanceRecord.objects.filter(registration=participants["one"]).update(attended=True)

    calls = []

    def break_on_second(certificate):
        calls.append(certificate)
        if len(calls) == 2:
            raise RuntimeError("mail queue unavailable")

    monkeypatch.setattr("meetings.services.attendance.notify_certificate_holder", break_on_second)

    with pytest.raises(RuntimeError):
        issue_attendance_certificates(two_day_meeting, by=organizer)

    assert not Certificate.objects.exists()
