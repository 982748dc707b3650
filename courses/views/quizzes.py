"""Taking a quiz: start an attempt, answer it, see the result. Grading is the service's job."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from courses.forms import AttemptSubmissionForm
from courses.models import QuizAttempt, QuizPage
from courses.selectors.quizzes import (
    attempt_for_learner,
    attempt_questions,
    attempt_review,
    learner_attempts,
    open_attempt_for,
)
from courses.selectors.translations import translation_missing
from courses.services.exceptions import ActionRefused
from courses.services.quizzes import enrolment_for_quiz, grade_attempt, start_attempt
from courses.views.learning import lesson_access_response, refusal_response


def _live_quiz(quiz_id: int) -> QuizPage:
    return get_object_or_404(QuizPage, pk=quiz_id)


@login_required
@require_POST
def start(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = _live_quiz(quiz_id)
    try:
        start_attempt(request.user, quiz)
    except ActionRefused as refusal:
        if refusal.status == 409:
            messages.error(request, refusal.message)
            return redirect(quiz.get_url(request))
        return refusal_response(request, refusal.message, status=refusal.status)
    return redirect("courses:take_quiz", quiz_id=quiz.pk)


def _attempt_form_response(request, quiz, attempt, *, form=None, error: str = "", status: int = 200) -> HttpResponse:
    questions = attempt_questions(attempt)
    chosen = {}
    if form is not None:
        chosen = {str(qid): ids for qid, ids in form.answers([item["question"].pk for item in questions]).items()}
    for item in questions:
        item["chosen"] = set(chosen.get(str(item["question"].pk), []))
    context = {
        "page": quiz,
        "quiz": quiz,
        "attempt": attempt,
        "questions": questions,
        "error": error,
        "translation_missing": translation_missing(
            quiz, *(item["question"] for item in questions), *(choice for item in questions for choice in item["choices"])
        ),
    }
    return TemplateResponse(request, "courses/quiz_attempt.html", context, status=status)


@never_cache
@login_required
def take(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = _live_quiz(quiz_id)
    refusal = lesson_access_response(quiz, request)
    if refusal is not None:
        return refusal
    attempt = open_attempt_for(request.user, quiz)
    if attempt is None:
        return redirect(quiz.get_url(request))
    return _attempt_form_response(request, quiz, attempt)


@never_cache
@login_required
@require_POST
def submit(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = _live_quiz(quiz_id)
    try:
        enrolment = enrolment_for_quiz(request.user, quiz, submitting=True)
    except ActionRefused as refusal:
        return refusal_response(request, refusal.message, status=refusal.status)
    form = AttemptSubmissionForm(request.POST)
    if not form.is_valid():
        return refusal_response(request, _("This form is incomplete. Reload the quiz and try again."), status=400)
    attempt = QuizAttempt.objects.filter(token=form.cleaned_data["token"], enrolment=enrolment, quiz=quiz).first()
    if attempt is None:
        return refusal_response(request, _("This attempt was not found. Start the quiz again from its page."), status=400)
    if attempt.submitted_at is None:
        try:
            attempt = grade_attempt(attempt, answers=form.answers(attempt.question_order))
        except ActionRefused as refusal:
            return _attempt_form_response(request, quiz, attempt, form=form, error=refusal.message, status=refusal.status)
    return redirect("courses:attempt", attempt_id=attempt.pk)


@never_cache
@login_required
def result(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = attempt_for_learner(request.user, attempt_id)
    if attempt is None or not attempt.is_submitted:
        raise Http404
    history = list(learner_attempts(request.user, attempt.quiz))
    passed = any(item.passed for item in history)
    attempts_left = max(attempt.quiz.max_attempts - len(history), 0)
    reveal = passed or attempts_left == 0
    review = attempt_review(attempt, reveal_answers=reveal)
    context = {
        "page": attempt.quiz,
        "attempt": attempt,
        "quiz": attempt.quiz,
        "course": attempt.enrolment.course,
        "enrolment": attempt.enrolment,
        "review": review,
        "translation_missing": translation_missing(
            attempt.quiz,
            *(item["question"] for item in review),
            *(entry["choice"] for item in review for entry in item["choices"]),
        ),
        "answers_revealed": reveal,
        "history": history,
        "attempts_left": 0 if passed else attempts_left,
    }
    return TemplateResponse(request, "courses/quiz_result.html", context)
