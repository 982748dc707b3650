"""Reads about learners' progress, in a fixed number of queries however many courses or lessons there are."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Substr

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, QuizAttempt, QuizPage


@dataclass(frozen=True)
class CourseProgress:
    """Where a learner stands in one course."""

    lessons_total: int
    lessons_done: int
    has_quiz: bool
    quiz_passed: bool
    enrolment: Enrolment | None = None

    @property
    def is_enrolled(self) -> bool:
        return self.enrolment is not None

    @property
    def completed_at(self) -> datetime | None:
        return self.enrolment.completed_at if self.enrolment else None

    @property
    def percent(self) -> int:
        if self.completed_at:
            return 100
        steps = self.lessons_total + (1 if self.has_quiz else 0)
        done = min(self.lessons_done, self.lessons_total) + (1 if self.has_quiz and self.quiz_passed else 0)
        return (100 * done) // steps if steps else 0


def has_completed_course(user, course: CoursePage | int) -> bool:
    """Whether `user` has completed `course` (a page or its id); anonymous users have completed nothing."""
    if not getattr(user, "is_authenticated", False):
        return False
    course_id = course if isinstance(course, int) else course.pk
    return Enrolment.objects.filter(user=user, course_id=course_id, completed_at__isnull=False).exists()


def completed_course_ids(user) -> set[int]:
    """The ids of every course `user` has completed."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_id", flat=True))


def enrolment_for(user, course: CoursePage | int) -> Enrolment | None:
    """The learner's enrolment in the course, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    course_id = course if isinstance(course, int) else course.pk
    return Enrolment.objects.filter(user=user, course_id=course_id).first()


def with_progress_counts(enrolments: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    """Annotate enrolments with `lessons_done` (live lessons completed) and `quiz_passed`."""
    passed = QuizAttempt.objects.filter(enrolment=OuterRef("pk"), passed=True, quiz__live=True)
    return enrolments.annotate(
        lessons_done=Count("lesson_completions", filter=Q(lesson_completions__lesson__live=True), distinct=True),
        quiz_passed=Exists(passed),
    )


def _children_of(model: type[LessonPage] | type[QuizPage], courses: list[CoursePage]) -> tuple[QuerySet, dict[str, int]]:
    """Live pages of `model` directly under any of `courses` (all at the same depth), annotated with their parent's path."""
    by_path = {course.path: course.pk for course in courses}
    pages = (
        model.objects.live()
        .filter(depth=courses[0].depth + 1)
        .annotate(parent_path=Substr("path", 1, len(courses[0].path)))
        .filter(parent_path__in=list(by_path))
    )
    return pages, by_path


def course_lesson_counts(courses: Iterable[CoursePage]) -> dict[int, int]:
    """For each course id: how many live lessons it has (one query)."""
    courses = list(courses)
    if not courses:
        return {}
    lessons, by_path = _children_of(LessonPage, courses)
    counts: dict[int, int] = defaultdict(int)
    for row in lessons.order_by().values("parent_path").annotate(total=Count("pk")):
        counts[by_path[row["parent_path"]]] = row["total"]
    return {course.pk: counts[course.pk] for course in courses}


def course_quizzes(courses: Iterable[CoursePage]) -> dict[int, QuizPage]:
    """For each course id that has one: its live quiz (one query)."""
    courses = list(courses)
    if not courses:
        return {}
    quizzes, by_path = _children_of(QuizPage, courses)
    first: dict[int, QuizPage] = {}
    for quiz in quizzes.order_by("path"):
        first.setdefault(by_path[quiz.parent_path], quiz)
    return first


def course_outline_counts(courses: Iterable[CoursePage]) -> dict[int, tuple[int, bool]]:
    """For each course id: how many live lessons it has, and whether it has a live quiz (two queries)."""
    courses = list(courses)
    counts = course_lesson_counts(courses)
    quizzes = course_quizzes(courses)
    return {course.pk: (counts[course.pk], course.pk in quizzes) for course in courses}


def progress_by_course(user, courses: Iterable[CoursePage]) -> dict[int, CourseProgress]:
    """The learner's progress in each of the courses (all at the same depth), in three queries."""
    courses = list(courses)
    outline = course_outline_counts(courses)
    enrolments = {}
    if getattr(user, "is_authenticated", False) and courses:
        enrolments = {
            enrolment.course_id: enrolment
            for enrolment in with_progress_counts(Enrolment.objects.filter(user=user, course__in=[c.pk for c in courses]))
        }
    progress = {}
    for course in courses:
        lessons_total, has_quiz = outline.get(course.pk, (0, False))
        enrolment = enrolments.get(course.pk)
        progress[course.pk] = CourseProgress(
            lessons_total=lessons_total,
            lessons_done=getattr(enrolment, "lessons_done", 0),
            has_quiz=has_quiz,
            quiz_passed=bool(getattr(enrolment, "quiz_passed", False)),
            enrolment=enrolment,
        )
    return progress


def learner_enrolments(user) -> list[Enrolment]:
    """A learner's enrolments, newest activity first, with their course, resume lesson and progress counts."""
    enrolments = with_progress_counts(
        Enrolment.objects.filter(user=user, course__live=True).select_related("course", "course__topic", "last_lesson")
    ).order_by("completed_at", "-last_activity_at", "-enrolled_at")
    return list(enrolments)


def completed_lesson_ids(enrolment: Enrolment | None) -> set[int]:
    if enrolment is None:
        return set()
    return set(LessonCompletion.objects.filter(enrolment=enrolment).values_list("lesson_id", flat=True))


def quiz_passed(enrolment: Enrolment | None, quiz: QuizPage | None) -> bool:
    if enrolment is None or quiz is None:
        return False
    return QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz, passed=True).exists()
