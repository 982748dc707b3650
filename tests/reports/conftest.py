"""A small, fully known data set: two courses, four learners in three countries, two meetings.

Learning (enrolled → completed, time to complete):
  kh_learner  (KH, prefers km)  Digital evidence   5 Jan → 15 Jan (10 days), 2 lessons, quiz passed in km
  kh_beginner (KH, prefers en)  Digital evidence  20 Jan, 1 lesson, no attempt
  th_learner  (TH, prefers th)  Digital evidence   3 Feb →  7 Feb (4 days), 2 lessons, quiz failed then passed in th
  vn_learner  (VN, prefers vi)  Financial inv.    10 Feb → 12 Feb (2 days), 1 lesson
  kh_learner                    Financial inv.     1 Mar, nothing done

Meetings:
  past (10–11 Jan, 10 seats, quotas KH 3, TH 2): kh_learner approved (came both days), kh_beginner approved
  (came day 1), th_learner approved (absent), vn_learner waitlisted, kh_declined declined, th_cancelled
  cancelled, kh_pending pending.
  future (5 seats): vn_learner approved, th_learner pending.
"""

import datetime
from dataclasses import dataclass

import pytest

from courses.models import CoursePage, LessonPage, QuizPage
from ern_learning.accounts.models import Country, User
from meetings.models import MeetingPage, RegistrationStatus
from tests.factories.accounts import OfficerFactory
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, QuizPageFactory
from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory, RegistrationFactory, add_quota
from tests.factories.reports import EnrolmentFactory, at, attended, complete_lessons, graded_attempt


@dataclass
class KnownData:
    evidence: CoursePage
    finance: CoursePage
    evidence_lessons: list[LessonPage]
    finance_lesson: LessonPage
    quiz: QuizPage
    questions: list[int]
    kh_learner: User
    kh_beginner: User
    th_learner: User
    vn_learner: User
    past_meeting: MeetingPage
    future_meeting: MeetingPage


@pytest.fixture
def catalogue(home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def known(home_page, catalogue) -> KnownData:
    evidence = CoursePageFactory(
        parent=catalogue, title="Digital evidence", slug="digital-evidence", languages=["en", "km", "th"]
    )
    evidence_lessons = [LessonPageFactory(parent=evidence, title=f"Evidence lesson {n}", slug=f"evidence-{n}") for n in (1, 2)]
    quiz = QuizPageFactory(parent=evidence, questions=2, pass_mark=60, max_attempts=3)
    questions = list(quiz.questions.order_by("sort_order", "pk").values_list("pk", flat=True))
    finance = CoursePageFactory(parent=catalogue, title="Financial investigations", slug="financial-investigations")
    finance_lesson = LessonPageFactory(parent=finance, title="Following the money", slug="following-the-money")

    kh_learner = OfficerFactory(country=Country.CAMBODIA, preferred_language="km")
    kh_beginner = OfficerFactory(country=Country.CAMBODIA, preferred_language="en")
    th_learner = OfficerFactory(country=Country.THAILAND, preferred_language="th")
    vn_learner = OfficerFactory(country=Country.VIET_NAM, preferred_language="vi")

    first, second = questions
    enrolment = EnrolmentFactory(user=kh_learner, course=evidence, enrolled_at=at(2026, 1, 5), completed_at=at(2026, 1, 15))
    complete_lessons(enrolment, evidence_lessons)
    graded_attempt(enrolment, quiz, language="km", right=[first, second], wrong=[], submitted_at=at(2026, 1, 15))

    enrolment = EnrolmentFactory(user=kh_beginner, course=evidence, enrolled_at=at(2026, 1, 20))
    complete_lessons(enrolment, evidence_lessons[:1])

    enrolment = EnrolmentFactory(user=th_learner, course=evidence, enrolled_at=at(2026, 2, 3), completed_at=at(2026, 2, 7))
    complete_lessons(enrolment, evidence_lessons)
    graded_attempt(enrolment, quiz, language="th", right=[first], wrong=[second], submitted_at=at(2026, 2, 6))
    graded_attempt(enrolment, quiz, language="th", right=[first, second], wrong=[], submitted_at=at(2026, 2, 7))

    enrolment = EnrolmentFactory(user=vn_learner, course=finance, enrolled_at=at(2026, 2, 10), completed_at=at(2026, 2, 12))
    complete_lessons(enrolment, [finance_lesson])

    EnrolmentFactory(user=kh_learner, course=finance, enrolled_at=at(2026, 3, 1))

    meetings = MeetingIndexPageFactory(parent=home_page)
    past = MeetingPageFactory(
        parent=meetings, title="Inception meeting", slug="inception", start_at=at(2026, 1, 10, 9), end_at=at(2026, 1, 11, 17)
    )
    add_quota(past, Country.CAMBODIA, 3)
    add_quota(past, Country.THAILAND, 2)
    approved = RegistrationStatus.APPROVED
    came_both = RegistrationFactory(meeting=past, user=kh_learner, status=approved)
    came_once = RegistrationFactory(meeting=past, user=kh_beginner, status=approved)
    absent = RegistrationFactory(meeting=past, user=th_learner, status=approved)
    attended(came_both, datetime.date(2026, 1, 10), datetime.date(2026, 1, 11))
    attended(came_once, datetime.date(2026, 1, 10))
    attended(came_once, datetime.date(2026, 1, 11), present=False)
    attended(absent, datetime.date(2026, 1, 10), present=False)
    RegistrationFactory(meeting=past, user=vn_learner, status=RegistrationStatus.WAITLISTED)
    RegistrationFactory(meeting=past, user=OfficerFactory(country=Country.CAMBODIA), status=RegistrationStatus.DECLINED)
    RegistrationFactory(meeting=past, user=OfficerFactory(country=Country.THAILAND), status=RegistrationStatus.CANCELLED)
    RegistrationFactory(meeting=past, user=OfficerFactory(country=Country.CAMBODIA), status=RegistrationStatus.PENDING)

    future = MeetingPageFactory(parent=meetings, title="Digital evidence workshop", slug="workshop", capacity=5)
    RegistrationFactory(meeting=future, user=vn_learner, status=approved)
    RegistrationFactory(meeting=future, user=th_learner, status=RegistrationStatus.PENDING)

    return KnownData(
        evidence=evidence,
        finance=finance,
        evidence_lessons=evidence_lessons,
        finance_lesson=finance_lesson,
        quiz=quiz,
        questions=questions,
        kh_learner=kh_learner,
        kh_beginner=kh_beginner,
        th_learner=th_learner,
        vn_learner=vn_learner,
        past_meeting=past,
        future_meeting=future,
    )


@pytest.fixture
def activity(home_page, catalogue):
    """Builds `size` courses, learners and meetings with activity of every kind, for query-count tests."""
    meetings = MeetingIndexPageFactory(parent=home_page)
    countries = [Country.CAMBODIA, Country.THAILAND, Country.VIET_NAM, Country.LAO_PDR]
    languages = ["km", "th", "vi", "lo", "en"]

    def build(size: int) -> None:
        learners = [
            OfficerFactory(country=countries[n % len(countries)], preferred_language=languages[n % len(languages)])
            for n in range(size)
        ]
        for n in range(size):
            course = CoursePageFactory(parent=catalogue)
            lessons = [LessonPageFactory(parent=course) for _lesson in range(2)]
            quiz = QuizPageFactory(parent=course, questions=2)
            question_ids = list(quiz.questions.values_list("pk", flat=True))
            meeting = MeetingPageFactory(
                parent=meetings, start_at=at(2026, 1 + n % 12, 10, 9), end_at=at(2026, 1 + n % 12, 11, 17)
            )
            add_quota(meeting, Country.CAMBODIA, 3)
            for position, learner in enumerate(learners):
                month = 1 + (n + position) % 12
                enrolment = EnrolmentFactory(
                    user=learner,
                    course=course,
                    enrolled_at=at(2026, month, 1),
                    completed_at=at(2026, month, 5) if position % 2 else None,
                )
                complete_lessons(enrolment, lessons[: 1 + position % 2])
                graded_attempt(
                    enrolment, quiz, language=languages[position % len(languages)], right=question_ids[:1], wrong=question_ids[1:]
                )
                registration = RegistrationFactory(meeting=meeting, user=learner, status=RegistrationStatus.APPROVED)
                attended(registration, datetime.date(2026, 1 + n % 12, 10))

    return build
