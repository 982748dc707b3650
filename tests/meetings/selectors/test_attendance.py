from meetings.models import AttendanceRecord, RegistrationStatus
from meetings.selectors.attendance import attendees_of
from tests.factories.meetings import RegistrationFactory


def test_attendees_of_lists_people_present_at_least_one_day(make_meeting):
    from datetime import timedelta

    from django.utils import timezone

    start = timezone.now() - timedelta(days=3)
    meeting = make_meeting(start_at=start, end_at=start + timedelta(days=1, hours=8))
    both_days = RegistrationFactory(meeting=meeting)
    one_day = RegistrationFactory(meeting=meeting)
    absent = RegistrationFactory(meeting=meeting)
    first, second = meeting.days
    for registration, day, attended in [
        (both_days, first, True),
        (both_days, second, True),
        (one_day, first, False),
        (one_day, second, True),
        (absent, first, False),
    ]:
        AttendanceRecord.objects.create(registration=registration, date=day, attended=attended)

    assert set(attendees_of(meeting)) == {both_days.user, one_day.user}


def test_attendees_of_leaves_out_people_whose_registration_was_cancelled(meeting):
    registration = RegistrationFactory(meeting=meeting)
    AttendanceRecord.objects.create(registration=registration, date=meeting.days[0], attended=True)
    registration.status = RegistrationStatus.CANCELLED
    registration.save()

    assert list(attendees_of(meeting)) == []


def test_attendees_of_another_meeting_are_not_counted(meeting, make_meeting):
    other = RegistrationFactory(meeting=make_meeting())
    AttendanceRecord.objects.create(registration=other, date=other.meeting.days[0], attended=True)

    assert list(attendees_of(meeting)) == []
