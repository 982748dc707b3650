"""The assessment report: quiz pass rates per course and language, and how often each question is answered
right in each language; a question much harder in one language than overall points to a bad translation."""

import dataclasses
from dataclasses import dataclass, field

from django.db.models import Avg, Count, F, Q, QuerySet, Sum

from courses.models import Question, QuizAttempt
from ern_learning.reports.aggregates import AnswerOutcome

from .figures import language_order, percent
from .filters import ReportFilters
from .learning import course_options

__all__ = ["OUTLIER_GAP", "OUTLIER_MIN_ANSWERS", "AssessmentReport", "assessment_report", "attempts_in"]

# A language is flagged on a question when its share of right answers is at least this many
# percentage points below the question's share over all languages...
OUTLIER_GAP = 20
# ...and it rests on at least this many answers in that language (fewer say little).
OUTLIER_MIN_ANSWERS = 10


def attempts_in(filters: ReportFilters) -> QuerySet[QuizAttempt]:
    """Submitted attempts in the date range, limited to the course, the learner's country and the quiz language chosen."""
    attempts = QuizAttempt.objects.filter(submitted_at__isnull=False, **filters.instant_range("submitted_at"))
    if filters.course_id is not None:
        attempts = attempts.filter(enrolment__course_id=filters.course_id)
    if filters.country is not None:
        attempts = attempts.filter(enrolment__user__country=filters.country)
    if filters.language is not None:
        attempts = attempts.filter(language=filters.language)
    return attempts


def _measures() -> dict:
    return {
        "attempts": Count("pk"),
        "passes": Count("pk", filter=Q(passed=True)),
        "learners": Count("enrolment", distinct=True),
        "learners_passing": Count("enrolment", filter=Q(passed=True), distinct=True),
        "average_score": Avg("score"),
    }


def _with_rates(row: dict) -> dict:
    row["pass_rate"] = percent(row["passes"], row["attempts"])
    row["learner_pass_rate"] = percent(row["learners_passing"], row["learners"])
    if row["average_score"] is not None:
        row["average_score"] = round(row["average_score"], 1)
    return row


@dataclass
class AssessmentReport:
    totals: dict
    pass_rates: list[dict] = field(default_factory=list)
    by_course: list[dict] = field(default_factory=list)
    by_language: list[dict] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    gap: int = OUTLIER_GAP
    min_answers: int = OUTLIER_MIN_ANSWERS

    @property
    def flagged(self) -> list[dict]:
        return [row for row in self.questions if row["flagged"]]


def assessment_report(
    filters: ReportFilters, *, gap: int = OUTLIER_GAP, min_answers: int = OUTLIER_MIN_ANSWERS
) -> AssessmentReport:
    """Attempts, passes and pass rates in total, per course × quiz language, per course and per language;
    per question and language the share of right answers, flagged when far below the question's overall
    share (five queries)."""
    attempts = attempts_in(filters)
    courses = course_options()
    titles = dict(courses)
    order = {course_id: position for position, (course_id, _title) in enumerate(courses)}

    totals = _with_rates(attempts.aggregate(**_measures()))
    pass_rates = [
        _with_rates(row)
        for row in attempts.values("language", course_id=F("enrolment__course_id")).annotate(**_measures()).order_by()
    ]
    for row in pass_rates:
        row["course"] = titles.get(row["course_id"], "")
    pass_rates.sort(key=lambda row: (order.get(row["course_id"], len(order)), language_order(row["language"])))

    return AssessmentReport(
        totals=totals,
        pass_rates=pass_rates,
        by_course=_summed(pass_rates, "course_id", sort_key=lambda key: order.get(key, len(order)), label=titles),
        by_language=_summed(pass_rates, "language", sort_key=language_order),
        # A question's overall share is over every language, even when one language is chosen.
        questions=[
            row
            for row in _question_shares(
                attempts_in(dataclasses.replace(filters, language=None)),
                titles=titles,
                order=order,
                gap=gap,
                min_answers=min_answers,
            )
            if filters.language in (None, row["language"])
        ],
        gap=gap,
        min_answers=min_answers,
    )


def _summed(rows: list[dict], key: str, *, sort_key, label: dict | None = None) -> list[dict]:
    """Attempts and passes added up over one dimension of the course × language rows."""
    sums: dict = {}
    for row in rows:
        total = sums.setdefault(row[key], {key: row[key], "attempts": 0, "passes": 0})
        total["attempts"] += row["attempts"]
        total["passes"] += row["passes"]
    result = sorted(sums.values(), key=lambda total: sort_key(total[key]))
    for total in result:
        total["pass_rate"] = percent(total["passes"], total["attempts"])
        if label is not None:
            total["course"] = label.get(total[key], "")
    return result


def _question_shares(attempts: QuerySet[QuizAttempt], *, titles: dict, order: dict, gap: int, min_answers: int) -> list[dict]:
    """Per question and quiz language: answers, right answers and their share, next to the question's overall share."""
    rows = list(
        attempts.annotate(question_id=F("quiz__questions__pk"), outcome=AnswerOutcome(F("results"), F("quiz__questions__pk")))
        .filter(outcome__isnull=False)
        .values("question_id", "language", course_id=F("enrolment__course_id"))
        .annotate(answers=Count("outcome"), right=Sum("outcome"))
        .order_by()
    )
    if not rows:
        return []
    overall: dict[int, list[int]] = {}
    for row in rows:
        answers_right = overall.setdefault(row["question_id"], [0, 0])
        answers_right[0] += row["answers"]
        answers_right[1] += row["right"]
    questions = {
        question.pk: question for question in Question.objects.filter(pk__in=overall).only("text", "sort_order", "quiz_id")
    }
    for row in rows:
        question = questions.get(row["question_id"])
        answers, right = overall[row["question_id"]]
        row["course"] = titles.get(row["course_id"], "")
        row["question"] = str(question.text) if question else ""
        row["position"] = (question.sort_order or 0) if question else 0
        row["share"] = percent(row["right"], row["answers"])
        row["overall_answers"] = answers
        row["overall_share"] = percent(right, answers)
        difference = 100 * row["right"] / row["answers"] - 100 * right / answers
        row["difference"] = round(difference, 1)
        row["flagged"] = row["answers"] >= min_answers and difference <= -gap
    rows.sort(
        key=lambda row: (
            order.get(row["course_id"], len(order)),
            row["position"],
            row["question_id"],
            language_order(row["language"]),
        )
    )
    return rows
