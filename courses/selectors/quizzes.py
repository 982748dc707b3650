"""Reads for quizzes: what a learner sees before, during and after an attempt."""

from functools import cached_property

from django.db.models import QuerySet
from django.http import HttpRequest

from courses.models import Choice, Question, QuizAttempt, QuizPage
from courses.selectors.learning import course_page_access
from courses.selectors.translations import translation_missing


def open_attempt_for(user, quiz: QuizPage) -> QuizAttempt | None:
    """The learner's attempt at `quiz` that is waiting for answers, if any."""
    if not user.is_authenticated:
        return None
    return QuizAttempt.objects.filter(enrolment__user=user, quiz=quiz, submitted_at__isnull=True).first()


def learner_attempts(user, quiz: QuizPage) -> QuerySet[QuizAttempt]:
    """The learner's submitted attempts at `quiz`, latest first."""
    return QuizAttempt.objects.filter(enrolment__user=user, quiz=quiz, submitted_at__isnull=False).order_by("-number")


def attempt_for_learner(user, attempt_id: int) -> QuizAttempt | None:
    """One of the learner's own attempts; other people's attempts are as good as missing."""
    if not user.is_authenticated:
        return None
    return (
        QuizAttempt.objects.filter(pk=attempt_id, enrolment__user=user)
        .select_related("quiz", "enrolment", "enrolment__course")
        .first()
    )


def attempt_questions(attempt: QuizAttempt) -> list[dict]:
    """The attempt's questions and choices in the order stored for it (two queries); never says which is correct."""
    questions = {question.pk: question for question in Question.objects.filter(quiz_id=attempt.quiz_id)}
    choices = {choice.pk: choice for choice in Choice.objects.filter(question__quiz_id=attempt.quiz_id)}
    items = []
    for number, question_id in enumerate((qid for qid in attempt.question_order if qid in questions), 1):
        question = questions[question_id]
        ordered = [choices[cid] for cid in attempt.choice_order.get(str(question_id), []) if cid in choices]
        # Choices added after the attempt began come last, so the question still makes sense.
        ordered += [
            c
            for c in choices.values()
            if c.question_id == question_id and c.pk not in set(attempt.choice_order.get(str(question_id), []))
        ]
        items.append({"number": number, "question": question, "choices": ordered})
    return items


def attempt_review(attempt: QuizAttempt, *, reveal_answers: bool) -> list[dict]:
    """A submitted attempt question by question: what was chosen, whether it was right, and the feedback."""
    review = []
    for item in attempt_questions(attempt):
        question = item["question"]
        chosen = set(attempt.answers.get(str(question.pk), []))
        review.append(
            {
                "number": item["number"],
                "question": question,
                "correct": bool(attempt.results.get(str(question.pk))),
                "choices": [
                    {
                        "choice": choice,
                        "chosen": choice.pk in chosen,
                        "is_correct": choice.is_correct if reveal_answers else None,
                        "feedback": choice.feedback if choice.pk in chosen or reveal_answers else "",
                    }
                    for choice in item["choices"]
                ],
            }
        )
    return review


class QuizView:
    """The quiz page: rules, history, and whether the learner can start (or continue) an attempt."""

    def __init__(self, quiz: QuizPage, request: HttpRequest):
        self.quiz = quiz
        self.user = request.user
        access = getattr(request, "course_access", None) or course_page_access(quiz, request.user)
        self.course = access.course
        self.enrolment = access.enrolment

    @cached_property
    def _own_attempts(self) -> list[QuizAttempt]:
        """Every attempt of the learner at this quiz, the open one included, latest first (one query)."""
        if self.enrolment is None:
            return []
        return list(QuizAttempt.objects.filter(enrolment=self.enrolment, quiz=self.quiz).order_by("-number"))

    @property
    def attempts(self) -> list[QuizAttempt]:
        return [attempt for attempt in self._own_attempts if attempt.submitted_at is not None]

    @property
    def open_attempt(self) -> QuizAttempt | None:
        return next((attempt for attempt in self._own_attempts if attempt.submitted_at is None), None)

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.attempts)

    @property
    def attempts_left(self) -> int:
        return max(self.quiz.max_attempts - len(self.attempts), 0)

    @property
    def can_start(self) -> bool:
        return self.enrolment is not None and not self.passed and (self.open_attempt is not None or self.attempts_left > 0)

    @cached_property
    def questions(self) -> list[Question]:
        return list(self.quiz.questions.prefetch_related("choices"))

    @property
    def question_count(self) -> int:
        return len(self.questions)

    @property
    def translation_missing(self) -> bool:
        choices = [choice for question in self.questions for choice in question.choices.all()]
        return translation_missing(self.quiz, *self.questions, *choices)


def quiz_page_context(quiz: QuizPage, request: HttpRequest) -> dict:
    return {"quiz_view": QuizView(quiz, request)}
