from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ern_learning.reports.charts import BarChart, Series
from ern_learning.reports.selectors.figures import country_name, language_name
from ern_learning.reports.selectors.learning import LearningReport
from ern_learning.reports.tables import Column, Fact, Kind, ReportTable

from . import ReportContent


def _measure_columns() -> list[Column]:
    return [
        Column(_("Enrolments"), Kind.NUMBER),
        Column(_("Started the course"), Kind.NUMBER),
        Column(_("Completed the course"), Kind.NUMBER),
        Column(_("Completion rate (%)"), Kind.PERCENT),
        Column(_("Average days to complete"), Kind.DAYS),
        Column(_("Median days to complete"), Kind.DAYS),
    ]


def _measures(row: dict) -> list:
    return [row["enrolled"], row["started"], row["completed"], row["completion_rate"], row["average_days"], row["median_days"]]


def learning_content(report: LearningReport) -> ReportContent:
    totals = report.totals
    month_labels = [date_format(row["month"], "YEAR_MONTH_FORMAT") for row in report.by_month]
    return ReportContent(
        facts=[
            Fact(_("Enrolments"), totals["enrolled"]),
            Fact(_("Started the course"), totals["started"]),
            Fact(_("Completed the course"), totals["completed"]),
            Fact(_("Completion rate"), totals["completion_rate"], Kind.PERCENT),
            Fact(_("Average days to complete"), totals["average_days"], Kind.DAYS),
            Fact(_("Median days to complete"), totals["median_days"], Kind.DAYS),
        ],
        charts=[
            BarChart(
                key="completion-by-course",
                title=_("Completion rate by course"),
                description=_("The share of enrolments that ended in a completed course, for each course."),
                category_heading=_("Course"),
                categories=[row["course"] for row in report.by_course],
                series=[Series(_("Completion rate"), [row["completion_rate"] for row in report.by_course])],
                percent=True,
            ),
            BarChart(
                key="learning-by-language",
                title=_("Enrolments and completions by language"),
                description=_("How many enrolments and completed courses there are in each learning language."),
                category_heading=_("Language"),
                categories=[language_name(row["language"]) for row in report.by_language],
                series=[
                    Series(_("Enrolments"), [row["enrolled"] for row in report.by_language]),
                    Series(_("Completed the course"), [row["completed"] for row in report.by_language]),
                ],
            ),
            BarChart(
                key="learning-by-month",
                title=_("Enrolments and completions by month of enrolment"),
                description=_("How many learners enrolled each month, and how many of them have completed the course since."),
                category_heading=_("Month enrolled"),
                categories=month_labels,
                series=[
                    Series(_("Enrolments"), [row["enrolled"] for row in report.by_month]),
                    Series(_("Completed the course"), [row["completed"] for row in report.by_month]),
                ],
            ),
        ],
        tables=[
            ReportTable(
                key="courses",
                title=_("By course"),
                description=_("Started: opened at least one lesson. Days to complete run from enrolment to completion."),
                columns=[Column(_("Course")), *_measure_columns()],
                rows=[[row["course"], *_measures(row)] for row in report.by_course],
            ),
            ReportTable(
                key="languages",
                title=_("By language"),
                description=_(
                    "The language of an enrolment is the language of the learner's latest quiz attempt in the course, "
                    "or else the learner's preferred language."
                ),
                columns=[Column(_("Language")), *_measure_columns()],
                rows=[[language_name(row["language"]), *_measures(row)] for row in report.by_language],
            ),
            ReportTable(
                key="months",
                title=_("By month of enrolment"),
                description=_(
                    "Learners are counted in the month they enrolled; their completions are counted whenever they finished."
                ),
                columns=[Column(_("Month enrolled"), Kind.MONTH), *_measure_columns()],
                rows=[[row["month"], *_measures(row)] for row in report.by_month],
            ),
            ReportTable(
                key="breakdown",
                title=_("By course, country, language and month"),
                columns=[
                    Column(_("Course")),
                    Column(_("Country or organisation")),
                    Column(_("Language")),
                    Column(_("Month enrolled"), Kind.MONTH),
                    *_measure_columns(),
                ],
                rows=[
                    [row["course"], country_name(row["country"]), language_name(row["language"]), row["month"], *_measures(row)]
                    for row in report.breakdown
                ],
                paginate=True,
            ),
            ReportTable(
                key="lessons",
                title=_("Lessons completed"),
                description=_("How many of the enrolled learners completed each lesson: where learners stop."),
                columns=[
                    Column(_("Course")),
                    Column(_("Lesson")),
                    Column(_("Learners who completed it"), Kind.NUMBER),
                    Column(_("Share of enrolments (%)"), Kind.PERCENT),
                ],
                rows=[[row["course"], row["lesson"], row["learners"], row["share"]] for row in report.lessons],
            ),
        ],
    )
