"""Starting and grading quiz attempts. Grading happens only here, on the server."""

import random

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from courses.models import Enrolment, QuestionKind, QuizAttempt, QuizPage
from courses.services.exceptions import QuizRefused
from courses.services.progress import check_course_page_access, complete_course

_shuffler = random.SystemRandom()


def enrolment_for_quiz(user, quiz: QuizPage, *, submitting: bool = False, lock: bool = False) -> Enrolment:
    """The learner's enrolment once the rule for opening the quiz lets them take it (or submit answers to it);
    otherwise QuizRefused, with the message for the learner. `lock` holds the enrolment row until the transaction ends."""
    if submitting:
        not_enrolled = _("You are not enrolled in this course, so you cannot submit its quiz.")
    else:
        not_enrolled = _("You are not enrolled in this course, so you cannot take its quiz.")
    enrolment = check_course_page_access(
        user, quiz, unavailable=_("This quiz is not available."), not_enrolled=not_enrolled, refused=QuizRefused
    )
    if lock:
        enrolment = Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
        if enrolment is None:
            raise QuizRefused(not_enrolled, status=403)
    return enrolment


def start_attempt(user, quiz: QuizPage) -> QuizAttempt:
    """Open an attempt with its own shuffled order, or return the one already open; refuses past the limit."""
    with transaction.atomic():
        enrolment = enrolment_for_quiz(user, quiz, lock=True)
        attempts = QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz)
        open_attempt = attempts.filter(submitted_at__isnull=True).first()
        if open_attempt is not None:
            return open_attempt
        if attempts.filter(passed=True).exists():
            raise QuizRefused(_("You have already passed this quiz."), status=409)
        used = attempts.count()
        if used >= quiz.max_attempts:
            raise QuizRefused(
                ngettext(
                    "You have used your only attempt at this quiz.",
                    "You have used all %(count)d attempts at this quiz.",
                    quiz.max_attempts,
                )
                % {"count": quiz.max_attempts},
                status=409,
            )
        questions = list(quiz.questions.prefetch_related("choices").order_by("sort_order", "pk"))
        if not questions:
            raise QuizRefused(_("This quiz has no questions yet."), status=409)
        if quiz.shuffle_questions:
            _shuffler.shuffle(questions)
        choice_order = {}
        for question in questions:
            choice_ids = [choice.pk for choice in question.choices.all()]
            # True comes before False, as everyone expects to read them.
            if quiz.shuffle_choices and question.kind != QuestionKind.TRUE_FALSE:
                _shuffler.shuffle(choice_ids)
            choice_order[str(question.pk)] = choice_ids
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(
                    enrolment=enrolment,
                    quiz=quiz,
                    number=used + 1,
                    language=get_language() or "en",
                    question_order=[question.pk for question in questions],
                    choice_order=choice_order,
                )
        except IntegrityError:
            # Two tabs started at once: the other one won; use its attempt.
            return attempts.filter(submitted_at__isnull=True).get()


def grade_attempt(attempt: QuizAttempt, *, answers: dict[int, list[int]]) -> QuizAttempt:
    """Grade an open attempt once (a second submission returns the first result) and complete the course if passed.

    Refuses, writing nothing, when the learner may no longer take the quiz (see `enrolment_for_quiz`), when an answer
    names a choice of another question, or when a question is left unanswered.
    """
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("quiz", "enrolment__user").get(pk=attempt.pk)
        if attempt.submitted_at is not None:
            return attempt
        quiz = attempt.quiz
        enrolment_for_quiz(attempt.enrolment.user, quiz, submitting=True)
        questions = {question.pk: question for question in quiz.questions.prefetch_related("choices")}
        shown = [question_id for question_id in attempt.question_order if question_id in questions]
        chosen_by_question: dict[str, list[int]] = {}
        results: dict[str, bool] = {}
        for question_id in shown:
            question = questions[question_id]
            valid_ids = {choice.pk for choice in question.choices.all()}
            chosen = list(dict.fromkeys(answers.get(question_id, [])))
            if not set(chosen) <= valid_ids:
                raise QuizRefused(
                    _("One of your answers does not belong to its question. Reload the quiz and answer again."), status=400
                )
            if not chosen:
                raise QuizRefused(_("Answer every question before you submit."), status=400)
            if question.kind != QuestionKind.MULTIPLE and len(chosen) > 1:
                raise QuizRefused(_("Choose only one answer for each single-choice question."), status=400)
            correct_ids = {choice.pk for choice in question.choices.all() if choice.is_correct}
            chosen_by_question[str(question_id)] = chosen
            results[str(question_id)] = set(chosen) == correct_ids
        score = round(100 * sum(results.values()) / len(results)) if results else 0
        attempt.answers = chosen_by_question
        attempt.results = results
        attempt.score = score
        attempt.passed = score >= quiz.pass_mark
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["answers", "results", "score", "passed", "submitted_at"])
        Enrolment.objects.filter(pk=attempt.enrolment_id).update(last_activity_at=attempt.submitted_at)
        if attempt.passed:
            complete_course(attempt.enrolment)
    return attempt
