from django.utils import timezone

from courses.models import Enrolment, QuizAttempt
from ern_learning.accounts.demo import seed_people
from ern_learning.reports.demo import seed_report_activity
from ern_learning.reports.selectors.assessment import assessment_report
from ern_learning.reports.selectors.filters import ReportFilters
from ern_learning.reports.selectors.learning import learning_report
from ern_learning.reports.selectors.meetings import meetings_report
from meetings.models import Registration, RegistrationStatus
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, QuizPageFactory
from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory


def test_demo_activity_fills_every_report_and_is_safe_to_run_twice(home_page):
    catalogue = CourseIndexPageFactory(parent=home_page)
    course = CoursePageFactory(
        parent=catalogue, title="Digital evidence", languages=["en", "km", "id", "lo", "ms", "fil", "th", "vi"]
    )
    for number in range(4):
        LessonPageFactory(parent=course, slug=f"lesson-{number}")
    QuizPageFactory(parent=course, questions=6, pass_mark=80, max_attempts=3)
    meeting = MeetingPageFactory(parent=MeetingIndexPageFactory(parent=home_page), approval_required=True, capacity=20)
    people = seed_people()

    first = seed_report_activity(people=people, home=home_page)
    counts = (Enrolment.objects.count(), QuizAttempt.objects.count(), Registration.objects.count())
    second = seed_report_activity(people=people, home=home_page)

    assert (Enrolment.objects.count(), QuizAttempt.objects.count(), Registration.objects.count()) == counts
    assert first[0].startswith("Reports: 28 demo learners")
    assert "0 new quiz attempts, 0 new meeting registrations" in second[0]

    learning = learning_report(ReportFilters())
    assert learning.totals["enrolled"] == 28
    assert learning.totals["completed"] >= 20
    assert len(learning.by_month) >= 2
    assert len(learning.by_language) == 8
    assert learning.totals["median_days"] > 0

    flagged = assessment_report(ReportFilters()).flagged
    assert [(row["question"], row["language"]) for row in flagged] == [("Question 2?", "km")]

    registrations = Registration.objects.filter(meeting=meeting)
    assert registrations.count() == 7
    assert registrations.filter(status=RegistrationStatus.APPROVED).count() == 4
    assert meetings_report(ReportFilters(), now=timezone.now()).totals["total"] == 7
