"""Two submissions of the same attempt at the same moment count once (row locks need PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from courses.models import Enrolment, QuizAttempt
from courses.services.progress import enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from tests.factories.courses import correct_answers

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(target, times: int = 2) -> list:
    barrier = threading.Barrier(times)
    results: list = []

    def worker():
        try:
            barrier.wait()
            results.append(target())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_simultaneous_submissions_grade_once_and_complete_once(officer, course, lessons, quiz):
    from courses.services.progress import complete_lesson

    enrol_user(officer, course)
    for lesson in lessons:
        complete_lesson(officer, lesson)
    attempt = start_attempt(officer, quiz)
    answers = correct_answers(quiz)

    results = run_together(lambda: grade_attempt(attempt, answers=answers))

    assert [result.pk for result in results] == [attempt.pk, attempt.pk]
    assert QuizAttempt.objects.filter(submitted_at__isnull=False).count() == 1
    assert Enrolment.objects.get(user=officer, course=course).completed_at is not None


def test_simultaneous_starts_open_one_attempt(officer, course, lessons, quiz):
    enrol_user(officer, course)

    results = run_together(lambda: start_attempt(officer, quiz))

    assert len({result.pk for result in results}) == 1
    assert QuizAttempt.objects.count() == 1
