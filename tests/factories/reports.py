"""Learner activity written straight to the database, with the dates a report needs, for arranging reads.

The courses services stamp everything with the current time; reports are about other months too.
"""

import datetime

import factory
from django.utils import timezone

from courses.models import Enrolment, LessonCompletion, QuizAttempt, QuizPage
from meetings.models import AttendanceRecord

BANGKOK = datetime.timezone(datetime.timedelta(hours=7))


def at(year: int, month: int, day: int, hour: int = 10) -> datetime.datetime:
    """An instant in Bangkok, where the site's reports count days and months."""
    return datetime.datetime(year, month, day, hour, tzinfo=BANGKOK)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """An enrolment; `enrolled_at` and `completed_at` are kept as given (Django would stamp `enrolled_at` now)."""

    class Meta:
        model = Enrolment

    user = factory.SubFactory("tests.factories.accounts.OfficerFactory")
    course = None
    enrolled_at = factory.LazyFunction(timezone.now)
    completed_at = None

    @classmethod
    def _create(cls, model_class, *args, enrolled_at=None, **kwargs):
        enrolment = super()._create(model_class, *args, **kwargs)
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=enrolled_at)
        enrolment.enrolled_at = enrolled_at
        return enrolment


class LessonCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LessonCompletion

    enrolment = None
    lesson = None


def complete_lessons(enrolment: Enrolment, lessons) -> list[LessonCompletion]:
    """Completed lessons, the last of them remembered as the one opened last (as the courses services do)."""
    completions = [LessonCompletionFactory(enrolment=enrolment, lesson=lesson) for lesson in lessons]
    if completions:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=completions[-1].lesson)
        enrolment.last_lesson = completions[-1].lesson
    return completions


def graded_attempt(
    enrolment: Enrolment,
    quiz: QuizPage,
    *,
    language: str,
    right: list[int],
    wrong: list[int],
    submitted_at: datetime.datetime | None = None,
    number: int | None = None,
) -> QuizAttempt:
    """A submitted attempt with the given questions answered right and wrong, scored and passed as the quiz says."""
    results = {str(question_id): True for question_id in right} | {str(question_id): False for question_id in wrong}
    score = round(100 * len(right) / len(results)) if results else 0
    if number is None:
        number = QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz).count() + 1
    return QuizAttempt.objects.create(
        enrolment=enrolment,
        quiz=quiz,
        number=number,
        language=language,
        question_order=[int(key) for key in results],
        results=results,
        answers={key: [] for key in results},
        score=score,
        passed=score >= quiz.pass_mark,
        submitted_at=submitted_at or timezone.now(),
    )


def attended(registration, *days: datetime.date, present: bool = True) -> list[AttendanceRecord]:
    return [AttendanceRecord.objects.create(registration=registration, date=day, attended=present) for day in days]
