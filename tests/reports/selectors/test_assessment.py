import datetime

import pytest

from ern_learning.accounts.models import Country
from ern_learning.reports.selectors.assessment import OUTLIER_GAP, OUTLIER_MIN_ANSWERS, assessment_report
from ern_learning.reports.selectors.filters import ReportFilters
from tests.factories.accounts import OfficerFactory
from tests.factories.courses import CoursePageFactory, QuizPageFactory
from tests.factories.reports import EnrolmentFactory, at, graded_attempt

RATES = ("attempts", "passes", "pass_rate", "learners", "learners_passing", "learner_pass_rate", "average_score")
SHARES = ("language", "answers", "right", "share", "overall_share", "difference", "flagged")


def rates(row: dict) -> tuple:
    return tuple(row[key] for key in RATES)


def test_assessment_totals(known):
    report = assessment_report(ReportFilters())

    # km: one attempt, 100 %; th: 50 % then 100 %.
    assert rates(report.totals) == (3, 2, 66.7, 2, 2, 100.0, 83.3)


def test_assessment_pass_rate_per_course_and_quiz_language(known):
    report = assessment_report(ReportFilters())

    assert [(row["course"], *rates(row)) for row in report.pass_rates] == [
        ("Digital evidence", 1, 1, 100.0, 1, 1, 100.0, 100.0),
        ("Digital evidence", 2, 1, 50.0, 1, 1, 100.0, 75.0),
    ]
    assert [row["language"] for row in report.pass_rates] == ["km", "th"]
    assert [(row["course"], row["attempts"], row["passes"], row["pass_rate"]) for row in report.by_course] == [
        ("Digital evidence", 3, 2, 66.7)
    ]
    assert [(row["language"], row["attempts"], row["passes"], row["pass_rate"]) for row in report.by_language] == [
        ("km", 1, 1, 100.0),
        ("th", 2, 1, 50.0),
    ]


def test_assessment_share_of_right_answers_per_question_and_language(known):
    report = assessment_report(ReportFilters())

    assert [(row["question"], *(row[key] for key in SHARES)) for row in report.questions] == [
        ("Question 1?", "km", 1, 1, 100.0, 100.0, 0.0, False),
        ("Question 1?", "th", 2, 2, 100.0, 100.0, 0.0, False),
        ("Question 2?", "km", 1, 1, 100.0, 66.7, 33.3, False),
        ("Question 2?", "th", 2, 1, 50.0, 66.7, -16.7, False),
    ]
    assert report.flagged == []


def test_assessment_thresholds_can_be_tightened(known):
    report = assessment_report(ReportFilters(), gap=15, min_answers=2)

    assert [(row["question"], row["language"]) for row in report.flagged] == [("Question 2?", "th")]


@pytest.fixture
def hard_in_khmer(catalogue):
    """One question: right 2 times in 10 in Khmer, 18 in 20 in Thai, never in 9 Vietnamese answers."""
    course = CoursePageFactory(parent=catalogue, title="Victim identification", slug="victim-identification")
    quiz = QuizPageFactory(parent=course, questions=1, max_attempts=20)
    (question,) = quiz.questions.values_list("pk", flat=True)
    for language, country, right, wrong in (
        ("km", Country.CAMBODIA, 2, 8),
        ("th", Country.THAILAND, 18, 2),
        ("vi", Country.VIET_NAM, 0, 9),
    ):
        enrolment = EnrolmentFactory(user=OfficerFactory(country=country), course=course, enrolled_at=at(2026, 1, 2))
        for outcome in [True] * right + [False] * wrong:
            graded_attempt(
                enrolment, quiz, language=language, right=[question] if outcome else [], wrong=[] if outcome else [question]
            )
    return question


def test_assessment_flags_a_language_far_below_the_questions_overall_share(hard_in_khmer):
    report = assessment_report(ReportFilters())

    # Overall: 20 right answers in 39.
    assert (OUTLIER_GAP, OUTLIER_MIN_ANSWERS) == (20, 10)
    assert [tuple(row[key] for key in SHARES) for row in report.questions] == [
        ("km", 10, 2, 20.0, 51.3, -31.3, True),
        ("th", 20, 18, 90.0, 51.3, 38.7, False),
        # Further below, but nine answers are too few to judge a translation by.
        ("vi", 9, 0, 0.0, 51.3, -51.3, False),
    ]
    assert [(row["question"], row["language"]) for row in report.flagged] == [("Question 1?", "km")]


def test_assessment_country_filter_uses_the_learners_country(known):
    report = assessment_report(ReportFilters(country=Country.THAILAND))

    assert rates(report.totals) == (2, 1, 50.0, 1, 1, 100.0, 75.0)
    assert {row["language"] for row in report.questions} == {"th"}


def test_assessment_date_range_applies_to_submission(known):
    report = assessment_report(ReportFilters(date_from=datetime.date(2026, 2, 7), date_to=datetime.date(2026, 2, 7)))

    assert rates(report.totals) == (1, 1, 100.0, 1, 1, 100.0, 100.0)


def test_assessment_language_filter(known):
    report = assessment_report(ReportFilters(language="km"))

    assert rates(report.totals) == (1, 1, 100.0, 1, 1, 100.0, 100.0)


def test_assessment_ignores_attempts_not_submitted(known):
    from courses.models import QuizAttempt

    enrolment = known.kh_beginner.enrolments.get()
    QuizAttempt.objects.create(enrolment=enrolment, quiz=known.quiz, number=1, language="en")

    report = assessment_report(ReportFilters())

    assert report.totals["attempts"] == 3
    assert "en" not in {row["language"] for row in report.questions}


def test_assessment_language_filter_still_compares_with_all_languages(hard_in_khmer):
    report = assessment_report(ReportFilters(language="km"))

    assert [tuple(row[key] for key in SHARES) for row in report.questions] == [("km", 10, 2, 20.0, 51.3, -31.3, True)]
