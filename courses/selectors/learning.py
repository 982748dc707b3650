"""Reads for a learner inside a course: who may open a lesson, and what a lesson page shows."""

from dataclasses import dataclass
from functools import cached_property

from django.http import HttpRequest

from courses.models import CoursePage, Enrolment, LessonPage, QuizPage
from courses.selectors.catalog import course_lessons, course_of, course_quiz, is_open_to
from courses.selectors.progress import CourseProgress, completed_lesson_ids, enrolment_for, quiz_passed
from courses.selectors.translations import is_translated, translation_missing


class Refusal:
    NOT_PUBLISHED = "not_published"
    SIGN_IN = "sign_in"
    MEMBERS_ONLY = "members_only"
    NOT_ENROLLED = "not_enrolled"


@dataclass
class Access:
    course: CoursePage | None
    enrolment: Enrolment | None
    refusal: str | None = None


def course_page_access(page: LessonPage | QuizPage, user) -> Access:
    """Whether `user` may open a lesson or quiz: the course must be live, open to them, and they enrolled."""
    course = course_of(page)
    if course is None or not course.live or not page.live:
        return Access(course, None, Refusal.NOT_PUBLISHED)
    if not user.is_authenticated:
        return Access(course, None, Refusal.SIGN_IN)
    if not is_open_to(course, user):
        return Access(course, None, Refusal.MEMBERS_ONLY)
    enrolment = enrolment_for(user, course)
    if enrolment is None:
        return Access(course, None, Refusal.NOT_ENROLLED)
    return Access(course, enrolment)


class LessonView:
    """What a lesson page shows around its body: the outline, previous and next, progress."""

    def __init__(self, lesson: LessonPage, request: HttpRequest):
        self.lesson = lesson
        self.request = request
        access = getattr(request, "course_access", None)
        self.course = access.course if access else course_of(lesson)
        self.enrolment = access.enrolment if access else enrolment_for(request.user, self.course) if self.course else None

    @cached_property
    def lessons(self) -> list[LessonPage]:
        return course_lessons(self.course) if self.course else []

    @cached_property
    def quiz(self) -> QuizPage | None:
        return course_quiz(self.course) if self.course else None

    @cached_property
    def completed_ids(self) -> set[int]:
        return completed_lesson_ids(self.enrolment)

    @cached_property
    def position(self) -> int | None:
        ids = [lesson.pk for lesson in self.lessons]
        return ids.index(self.lesson.pk) if self.lesson.pk in ids else None

    @property
    def number(self) -> int | None:
        return None if self.position is None else self.position + 1

    @property
    def previous(self) -> LessonPage | None:
        return self.lessons[self.position - 1] if self.position else None

    @property
    def next(self) -> LessonPage | None:
        if self.position is None or self.position + 1 >= len(self.lessons):
            return None
        return self.lessons[self.position + 1]

    @property
    def is_done(self) -> bool:
        return self.lesson.pk in self.completed_ids

    @cached_property
    def outline(self) -> list[dict]:
        return [
            {"lesson": lesson, "number": number, "done": lesson.pk in self.completed_ids, "current": lesson.pk == self.lesson.pk}
            for number, lesson in enumerate(self.lessons, 1)
        ]

    @cached_property
    def progress(self) -> CourseProgress:
        lesson_ids = {lesson.pk for lesson in self.lessons}
        return CourseProgress(
            lessons_total=len(self.lessons),
            lessons_done=len(self.completed_ids & lesson_ids),
            has_quiz=self.quiz is not None,
            quiz_passed=quiz_passed(self.enrolment, self.quiz),
            enrolment=self.enrolment,
        )

    @property
    def translation_missing(self) -> bool:
        return translation_missing(self.lesson)

    @property
    def body(self):
        """The lesson's body in the learner's language, or the English one when theirs has nothing to read."""
        return self.lesson.body if is_translated(self.lesson, "body") else self.lesson.body_en


def lesson_page_context(lesson: LessonPage, request: HttpRequest) -> dict:
    return {"lesson_view": LessonView(lesson, request)}
