from ern_learning.accounts.demo import seed_people
from meetings.demo import seed_meetings
from meetings.models import AttendanceRecord, MeetingPage, Registration, RegistrationStatus
from meetings.selectors.attendance import attendees_of


def test_seed_meetings_builds_the_three_demo_meetings_and_is_safe_to_run_twice(home_page):
    people = seed_people()

    first = seed_meetings(people=people, home=home_page)
    counts = (MeetingPage.objects.count(), Registration.objects.count(), AttendanceRecord.objects.count())
    second = seed_meetings(people=people, home=home_page)

    assert first == second
    assert (MeetingPage.objects.count(), Registration.objects.count(), AttendanceRecord.objects.count()) == counts
    assert counts == (3, 17, 10)


def test_seed_meetings_bangkok_meeting_is_hybrid_with_quotas_and_decisions(home_page):
    seed_meetings(people=seed_people(), home=home_page)

    bangkok = MeetingPage.objects.get(slug="ern-coordination-bangkok")
    assert bangkok.mode == "hybrid"
    assert bangkok.quotas.count() == 8
    statuses = dict(Registration.objects.filter(meeting=bangkok).values_list("user__email", "status"))
    assert statuses == {
        "officer.kh@ern.example": RegistrationStatus.APPROVED,
        "officer.th@ern.example": RegistrationStatus.APPROVED,
        "officer.vn@ern.example": RegistrationStatus.APPROVED,
        "ncb.th@ern.example": RegistrationStatus.APPROVED,
        "officer.la@ern.example": RegistrationStatus.PENDING,
        "officer.id@ern.example": RegistrationStatus.PENDING,
    }
    assert (
        Registration.objects.get(meeting=bangkok, user__email="officer.kh@ern.example").nominated_by.email
        == "focal.kh@ern.example"
    )


def test_seed_meetings_digital_evidence_session_is_full_with_a_waitlist(home_page):
    seed_meetings(people=seed_people(), home=home_page)

    session = MeetingPage.objects.get(slug="digital-evidence-session")
    assert session.mode == "online"
    assert list(
        Registration.objects.filter(meeting=session, status=RegistrationStatus.WAITLISTED)
        .order_by("waitlist_position")
        .values_list("user__email", flat=True)
    ) == ["officer.kh@ern.example", "officer.vn@ern.example", "officer.la@ern.example"]


def test_seed_meetings_past_session_has_attendance(home_page):
    seed_meetings(people=seed_people(), home=home_page)

    past = MeetingPage.objects.get(slug="financial-investigations-session")
    assert sorted(user.email for user in attendees_of(past)) == [
        "officer.id@ern.example",
        "officer.my@ern.example",
        "officer.ph@ern.example",
        "officer.th@ern.example",
    ]


def test_seed_meetings_titles_are_translated_into_every_language(home_page):
    from ern_learning.core.i18n import localized_field
    from ern_learning.languages import LANGUAGE_CODES

    seed_meetings(people=seed_people(), home=home_page)

    for meeting in MeetingPage.objects.all():
        for language in LANGUAGE_CODES:
            assert getattr(meeting, localized_field("title", language))
            assert getattr(meeting, localized_field("summary", language))
    assert MeetingPage.objects.get(slug="ern-coordination-bangkok").title_th == "การประชุมประสานงาน ERN — กรุงเทพฯ"
