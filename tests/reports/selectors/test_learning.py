import datetime

from ern_learning.accounts.models import Country
from ern_learning.reports.selectors.filters import ReportFilters
from ern_learning.reports.selectors.learning import learning_report
from tests.factories.reports import EnrolmentFactory, at, graded_attempt

MEASURES = ("enrolled", "started", "completed", "completion_rate", "average_days", "median_days")


def measures(row: dict) -> tuple:
    return tuple(row[key] for key in MEASURES)


def test_learning_totals_count_enrolments_progress_completions_and_time(known):
    report = learning_report(ReportFilters())

    # Times to complete: 10, 4 and 2 days.
    assert measures(report.totals) == (5, 4, 3, 60.0, 5.3, 4.0)


def test_learning_by_course_in_catalogue_order(known):
    report = learning_report(ReportFilters())

    assert [(row["course"], *measures(row)) for row in report.by_course] == [
        ("Digital evidence", 3, 3, 2, 66.7, 7.0, 7.0),
        ("Financial investigations", 2, 1, 1, 50.0, 2.0, 2.0),
    ]


def test_learning_language_is_latest_quiz_language_else_preferred(known):
    report = learning_report(ReportFilters())

    assert [(row["language"], *measures(row)) for row in report.by_language] == [
        ("en", 1, 1, 0, 0.0, None, None),
        ("km", 2, 1, 1, 50.0, 10.0, 10.0),
        ("th", 1, 1, 1, 100.0, 4.0, 4.0),
        ("vi", 1, 1, 1, 100.0, 2.0, 2.0),
    ]


def test_learning_language_follows_a_quiz_taken_in_another_language(known):
    graded_attempt(
        known.kh_beginner.enrolments.get(),
        known.quiz,
        language="th",
        right=known.questions,
        wrong=[],
        submitted_at=at(2026, 1, 25),
    )

    report = learning_report(ReportFilters(language="th"))

    assert report.totals["enrolled"] == 2
    assert [(row["country"], row["language"], row["enrolled"]) for row in report.breakdown] == [("KH", "th", 1), ("TH", "th", 1)]


def test_learning_by_month_counts_completions_in_the_month_of_enrolment(known):
    report = learning_report(ReportFilters())

    assert [(row["month"], *measures(row)) for row in report.by_month] == [
        (datetime.date(2026, 1, 1), 2, 2, 1, 50.0, 10.0, 10.0),
        (datetime.date(2026, 2, 1), 2, 2, 2, 100.0, 3.0, 3.0),
        (datetime.date(2026, 3, 1), 1, 0, 0, 0.0, None, None),
    ]


def test_learning_month_follows_bangkok_time(known):
    # 31 January 20:00 in UTC is already 1 February in Bangkok.
    EnrolmentFactory(
        user=known.vn_learner,
        course=known.evidence,
        enrolled_at=datetime.datetime(2026, 1, 31, 20, tzinfo=datetime.UTC),
    )

    report = learning_report(ReportFilters(country=Country.VIET_NAM))

    assert [(row["month"], row["enrolled"]) for row in report.by_month] == [(datetime.date(2026, 2, 1), 2)]


def test_learning_breakdown_per_course_country_language_and_month(known):
    report = learning_report(ReportFilters())

    assert [(row["course"], row["country"], row["language"], row["month"], *measures(row)) for row in report.breakdown] == [
        ("Digital evidence", "KH", "en", datetime.date(2026, 1, 1), 1, 1, 0, 0.0, None, None),
        ("Digital evidence", "KH", "km", datetime.date(2026, 1, 1), 1, 1, 1, 100.0, 10.0, 10.0),
        ("Digital evidence", "TH", "th", datetime.date(2026, 2, 1), 1, 1, 1, 100.0, 4.0, 4.0),
        ("Financial investigations", "KH", "km", datetime.date(2026, 3, 1), 1, 0, 0, 0.0, None, None),
        ("Financial investigations", "VN", "vi", datetime.date(2026, 2, 1), 1, 1, 1, 100.0, 2.0, 2.0),
    ]


def test_learning_lessons_show_where_learners_stop(known):
    report = learning_report(ReportFilters())

    assert [(row["course"], row["lesson"], row["learners"], row["share"]) for row in report.lessons] == [
        ("Digital evidence", "Evidence lesson 1", 3, 100.0),
        ("Digital evidence", "Evidence lesson 2", 2, 66.7),
        ("Financial investigations", "Following the money", 1, 50.0),
    ]


def test_learning_date_range_includes_both_days(known):
    report = learning_report(ReportFilters(date_from=datetime.date(2026, 1, 20), date_to=datetime.date(2026, 2, 10)))

    assert measures(report.totals) == (3, 3, 2, 66.7, 3.0, 3.0)


def test_learning_country_filter_keeps_that_countrys_learners(known):
    report = learning_report(ReportFilters(country=Country.CAMBODIA))

    assert measures(report.totals) == (3, 2, 1, 33.3, 10.0, 10.0)
    assert {row["country"] for row in report.breakdown} == {Country.CAMBODIA}
    assert [(row["lesson"], row["learners"]) for row in report.lessons] == [("Evidence lesson 1", 2), ("Evidence lesson 2", 1)]


def test_learning_course_filter(known):
    report = learning_report(ReportFilters(course_id=known.finance.pk))

    assert [(row["course"], row["enrolled"]) for row in report.by_course] == [("Financial investigations", 2)]


def test_learning_report_without_enrolments_is_empty(home_page):
    report = learning_report(ReportFilters())

    assert measures(report.totals) == (0, 0, 0, None, None, None)
    assert (report.by_course, report.by_language, report.by_month, report.breakdown, report.lessons) == ([], [], [], [], [])
