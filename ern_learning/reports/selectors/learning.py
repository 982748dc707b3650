"""The learning report: who enrolled in which course, in which language, and who finished (and how fast).

Every figure is aggregated by the database; a report runs the same few queries whatever the data.
The learning language of an enrolment is the language of the learner's latest quiz attempt in the
course (the courses app records it), else the learner's preferred language.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncMonth

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, QuizAttempt
from ern_learning.reports.aggregates import Median

from .figures import country_order, in_days, language_order, percent
from .filters import ReportFilters

__all__ = ["LearningReport", "course_options", "enrolments_in", "learning_language", "learning_report"]


def learning_language():
    """The language an enrolment was studied in, as an expression over Enrolment."""
    latest_attempt = QuizAttempt.objects.filter(enrolment=OuterRef("pk")).order_by("-started_at", "-pk").values("language")[:1]
    return Coalesce(Subquery(latest_attempt), F("user__preferred_language"))


def enrolments_in(filters: ReportFilters) -> QuerySet[Enrolment]:
    """Enrolments made in the date range, limited to the course, country and language chosen."""
    enrolments = Enrolment.objects.alias(learning_language=learning_language()).filter(**filters.instant_range("enrolled_at"))
    if filters.course_id is not None:
        enrolments = enrolments.filter(course_id=filters.course_id)
    if filters.country is not None:
        enrolments = enrolments.filter(user__country=filters.country)
    if filters.language is not None:
        enrolments = enrolments.filter(learning_language=filters.language)
    return enrolments


def _measures() -> dict:
    time_to_complete = ExpressionWrapper(F("completed_at") - F("enrolled_at"), output_field=DurationField())
    return {
        "enrolled": Count("pk"),
        # Opening a lesson sets `last_lesson`; a completed course was started even if that lesson is gone.
        "started": Count("pk", filter=Q(last_lesson__isnull=False) | Q(completed_at__isnull=False)),
        "completed": Count("pk", filter=Q(completed_at__isnull=False)),
        # Unfinished enrolments have no time to complete (NULL), which both aggregates skip.
        "average_time": Avg(time_to_complete),
        "median_time": Median(time_to_complete),
    }


def _with_rates(row: dict) -> dict:
    row["completion_rate"] = percent(row["completed"], row["enrolled"])
    row["average_days"] = in_days(row["average_time"])
    row["median_days"] = in_days(row["median_time"])
    return row


def _grouped(enrolments: QuerySet[Enrolment], *dimensions: str, **expressions) -> list[dict]:
    rows = enrolments.annotate(**expressions).values(*dimensions, *expressions).annotate(**_measures()).order_by()
    return [_with_rates(row) for row in rows]


def course_options() -> list[tuple[int, str]]:
    """Every course, in catalogue order, as (id, title in the active language)."""
    return [(course.pk, str(course.title)) for course in _courses()]


def _courses() -> list[CoursePage]:
    return list(CoursePage.objects.only("path", "title").order_by("path"))


@dataclass
class LearningReport:
    totals: dict
    by_course: list[dict] = field(default_factory=list)
    by_language: list[dict] = field(default_factory=list)
    by_month: list[dict] = field(default_factory=list)
    breakdown: list[dict] = field(default_factory=list)
    lessons: list[dict] = field(default_factory=list)


def learning_report(filters: ReportFilters) -> LearningReport:
    """Enrolments, learners who started (opened a lesson), completions, completion rate and time to complete:
    in total, per course, per language, per month of enrolment, per course × country × language × month,
    and per lesson (seven queries)."""
    enrolments = enrolments_in(filters)
    courses = _courses()
    titles = {course.pk: str(course.title) for course in courses}
    order = {course.pk: position for position, course in enumerate(courses)}

    totals = _with_rates(enrolments.aggregate(**_measures()))
    by_course = _grouped(enrolments, "course_id")
    for row in by_course:
        row["course"] = titles.get(row["course_id"], "")
    by_course.sort(key=lambda row: order.get(row["course_id"], len(order)))

    by_language = _grouped(enrolments, language=F("learning_language"))
    by_language.sort(key=lambda row: language_order(row["language"]))

    by_month = _grouped(enrolments, month=TruncMonth("enrolled_at"))
    for row in by_month:
        row["month"] = _month(row["month"])
    by_month.sort(key=lambda row: row["month"])

    breakdown = _grouped(
        enrolments, "course_id", country=F("user__country"), language=F("learning_language"), month=TruncMonth("enrolled_at")
    )
    for row in breakdown:
        row["course"] = titles.get(row["course_id"], "")
        row["month"] = _month(row["month"])
    breakdown.sort(
        key=lambda row: (
            order.get(row["course_id"], len(order)),
            country_order(row["country"]),
            language_order(row["language"]),
            row["month"],
        )
    )

    return LearningReport(
        totals=totals,
        by_course=by_course,
        by_language=by_language,
        by_month=by_month,
        breakdown=breakdown,
        lessons=_lesson_progress(enrolments, by_course, course_paths={course.path: course.pk for course in courses}),
    )


def _month(value: datetime.datetime | datetime.date | None) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def _lesson_progress(enrolments: QuerySet[Enrolment], by_course: list[dict], *, course_paths: dict[str, int]) -> list[dict]:
    """How many of the enrolled learners completed each lesson, in course order: where learners stop."""
    counts = (
        LessonCompletion.objects.filter(enrolment__in=enrolments.values("pk"))
        .values("lesson_id")
        .annotate(learners=Count("pk"))
        .order_by()
    )
    learners = {row["lesson_id"]: row["learners"] for row in counts}
    enrolled = {row["course_id"]: row["enrolled"] for row in by_course}
    courses = {row["course_id"]: row["course"] for row in by_course}
    if not learners:
        return []
    rows = []
    for lesson in LessonPage.objects.filter(pk__in=learners).only("path", "title").order_by("path"):
        course_id = course_paths.get(lesson.path[: -lesson.steplen])
        rows.append(
            {
                "course_id": course_id,
                "course": courses.get(course_id, ""),
                "lesson_id": lesson.pk,
                "lesson": str(lesson.title),
                "learners": learners[lesson.pk],
                "share": percent(learners[lesson.pk], enrolled.get(course_id)),
            }
        )
    return rows
