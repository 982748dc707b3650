from django.utils.translation import gettext as _

from ern_learning.reports.charts import BarChart, Series
from ern_learning.reports.selectors.assessment import AssessmentReport
from ern_learning.reports.selectors.figures import language_name
from ern_learning.reports.tables import Column, Fact, Kind, ReportTable

from . import ReportContent


def _question_columns() -> list[Column]:
    return [
        Column(_("Course")),
        Column(_("Question")),
        Column(_("Quiz language")),
        Column(_("Answers"), Kind.NUMBER),
        Column(_("Right answers"), Kind.NUMBER),
        Column(_("Right in this language (%)"), Kind.PERCENT),
        Column(_("Right in all languages (%)"), Kind.PERCENT),
        Column(_("Difference (points)"), Kind.NUMBER),
    ]


def _question_cells(row: dict) -> list:
    return [
        row["course"],
        row["question"],
        language_name(row["language"]),
        row["answers"],
        row["right"],
        row["share"],
        row["overall_share"],
        row["difference"],
    ]


def assessment_content(report: AssessmentReport) -> ReportContent:
    totals = report.totals
    rule = _(
        "A language is flagged when its share of right answers to a question is at least %(gap)s percentage points "
        "below the question's share in all languages, over at least %(answers)s answers. Check that language's "
        "translation of the question and its choices."
    ) % {"gap": report.gap, "answers": report.min_answers}
    return ReportContent(
        facts=[
            Fact(_("Quiz attempts"), totals["attempts"]),
            Fact(_("Attempts passed"), totals["passes"]),
            Fact(_("Pass rate"), totals["pass_rate"], Kind.PERCENT),
            Fact(_("Learners who took a quiz"), totals["learners"]),
            Fact(_("Learners who passed"), totals["learners_passing"]),
            Fact(_("Average score (%)"), totals["average_score"]),
            Fact(_("Questions to check"), len(report.flagged)),
        ],
        charts=[
            BarChart(
                key="pass-rate-by-course",
                title=_("Quiz pass rate by course"),
                description=_("The share of submitted quiz attempts that passed, for each course."),
                category_heading=_("Course"),
                categories=[row["course"] for row in report.by_course],
                series=[Series(_("Pass rate"), [row["pass_rate"] for row in report.by_course])],
                percent=True,
            ),
            BarChart(
                key="pass-rate-by-language",
                title=_("Quiz pass rate by language"),
                description=_("The share of submitted quiz attempts that passed, for each language the quiz was taken in."),
                category_heading=_("Quiz language"),
                categories=[language_name(row["language"]) for row in report.by_language],
                series=[Series(_("Pass rate"), [row["pass_rate"] for row in report.by_language])],
                percent=True,
            ),
        ],
        tables=[
            ReportTable(
                key="flagged",
                title=_("Questions to check"),
                description=rule,
                columns=_question_columns(),
                rows=[_question_cells(row) for row in report.flagged],
                empty_message=_("No question is much harder in one language than in the others."),
            ),
            ReportTable(
                key="pass-rates",
                title=_("Pass rate by course and language"),
                columns=[
                    Column(_("Course")),
                    Column(_("Quiz language")),
                    Column(_("Attempts"), Kind.NUMBER),
                    Column(_("Attempts passed"), Kind.NUMBER),
                    Column(_("Pass rate (%)"), Kind.PERCENT),
                    Column(_("Learners"), Kind.NUMBER),
                    Column(_("Learners who passed"), Kind.NUMBER),
                    Column(_("Learners who passed (%)"), Kind.PERCENT),
                    Column(_("Average score (%)"), Kind.NUMBER),
                ],
                rows=[
                    [
                        row["course"],
                        language_name(row["language"]),
                        row["attempts"],
                        row["passes"],
                        row["pass_rate"],
                        row["learners"],
                        row["learners_passing"],
                        row["learner_pass_rate"],
                        row["average_score"],
                    ]
                    for row in report.pass_rates
                ],
            ),
            ReportTable(
                key="questions",
                title=_("Right answers by question and language"),
                description=rule,
                columns=_question_columns(),
                rows=[_question_cells(row) for row in report.questions],
                highlight=[row["flagged"] for row in report.questions],
                paginate=True,
            ),
        ],
    )
