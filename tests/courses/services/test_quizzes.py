import pytest

from courses.models import Certificate, QuestionKind, QuizAttempt
from courses.services.exceptions import QuizRefused
from courses.services.progress import complete_lesson
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.accounts.models import MembershipStatus
from tests.factories.courses import QuizPageFactory, correct_answers, make_question, wrong_answers


def test_start_attempt_stores_every_question_and_choice_order(enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)

    questions = {question.pk: question for question in quiz.questions.all()}
    assert sorted(attempt.question_order) == sorted(questions)
    for question_id, question in questions.items():
        assert sorted(attempt.choice_order[str(question_id)]) == sorted(c.pk for c in question.choices.all())
    assert attempt.number == 1
    assert attempt.submitted_at is None


def test_start_attempt_again_returns_the_open_attempt(enrolment, quiz):
    first = start_attempt(enrolment.user, quiz)

    second = start_attempt(enrolment.user, quiz)

    assert second.pk == first.pk
    assert second.question_order == first.question_order
    assert QuizAttempt.objects.count() == 1


def test_start_attempt_not_enrolled_is_refused_with_403(other_officer, quiz):
    with pytest.raises(QuizRefused) as refused:
        start_attempt(other_officer, quiz)

    assert refused.value.status == 403
    assert refused.value.message == "You are not enrolled in this course, so you cannot take its quiz."
    assert not QuizAttempt.objects.exists()


def test_start_attempt_past_the_limit_is_refused(enrolment, quiz):
    for _ in range(quiz.max_attempts):
        grade_attempt(start_attempt(enrolment.user, quiz), answers=wrong_answers(quiz))

    with pytest.raises(QuizRefused) as refused:
        start_attempt(enrolment.user, quiz)

    assert refused.value.status == 409
    assert refused.value.message == "You have used all 2 attempts at this quiz."
    assert QuizAttempt.objects.count() == 2


def test_start_attempt_after_passing_is_refused(enrolment, quiz):
    grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))

    with pytest.raises(QuizRefused) as refused:
        start_attempt(enrolment.user, quiz)

    assert refused.value.message == "You have already passed this quiz."


def test_grade_attempt_all_correct_scores_100_and_passes(enrolment, quiz):
    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))

    assert attempt.score == 100
    assert attempt.passed is True
    assert set(attempt.results.values()) == {True}


def test_grade_attempt_one_of_three_correct_scores_33_and_fails(enrolment, quiz):
    answers = wrong_answers(quiz)
    first_question = next(iter(answers))
    answers[first_question] = correct_answers(quiz)[first_question]

    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=answers)

    assert attempt.score == 33
    assert attempt.passed is False


def test_grade_attempt_twice_counts_once(enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    first = grade_attempt(attempt, answers=wrong_answers(quiz))

    second = grade_attempt(attempt, answers=correct_answers(quiz))

    assert second.pk == first.pk
    assert second.score == 0
    assert second.submitted_at == first.submitted_at
    assert QuizAttempt.objects.filter(submitted_at__isnull=False).count() == 1


def test_grade_attempt_choice_of_another_question_is_refused_and_nothing_written(enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    answers = correct_answers(quiz)
    first, second = list(answers)[:2]
    answers[first] = answers[second]

    with pytest.raises(QuizRefused) as refused:
        grade_attempt(attempt, answers=answers)

    assert refused.value.status == 400
    attempt.refresh_from_db()
    assert attempt.submitted_at is None
    assert attempt.score is None
    assert attempt.answers == {}


def test_grade_attempt_unanswered_question_is_refused(enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    answers = correct_answers(quiz)
    answers.pop(next(iter(answers)))

    with pytest.raises(QuizRefused) as refused:
        grade_attempt(attempt, answers=answers)

    assert refused.value.message == "Answer every question before you submit."


def test_grade_attempt_two_answers_to_single_choice_is_refused(enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    question = quiz.questions.first()
    answers = correct_answers(quiz)
    answers[question.pk] = [choice.pk for choice in question.choices.all()][:2]

    with pytest.raises(QuizRefused):
        grade_attempt(attempt, answers=answers)


def test_grade_attempt_multiple_choice_needs_every_correct_choice(officer, course, lessons):
    from courses.services.progress import enrol_user

    question = make_question(
        "Which are volatile data?",
        kind=QuestionKind.MULTIPLE,
        choices=[("RAM", True), ("Open network connections", True), ("Printed logbook", False)],
    )
    quiz = QuizPageFactory(parent=course, questions=[question], pass_mark=100)
    enrol_user(officer, course)
    saved = quiz.questions.get()
    ram, connections, _logbook = (choice.pk for choice in saved.choices.order_by("sort_order"))

    partial = grade_attempt(start_attempt(officer, quiz), answers={saved.pk: [ram]})
    full = grade_attempt(start_attempt(officer, quiz), answers={saved.pk: [connections, ram]})

    assert (partial.score, partial.passed) == (0, False)
    assert (full.score, full.passed) == (100, True)


def test_start_attempt_true_false_choices_keep_their_order(officer, course, lessons):
    from courses.services.progress import enrol_user

    question = make_question(
        "Switch the phone off at once.", kind=QuestionKind.TRUE_FALSE, choices=[("True", False), ("False", True)]
    )
    quiz = QuizPageFactory(parent=course, questions=[question])
    enrol_user(officer, course)
    saved = quiz.questions.get()

    attempt = start_attempt(officer, quiz)

    assert attempt.choice_order[str(saved.pk)] == [choice.pk for choice in saved.choices.order_by("sort_order")]


MEMBERS_ONLY = (
    "This course is open to approved members of the network only. Your country focal point reviews membership requests."
)


def test_start_attempt_member_no_longer_approved_is_refused_and_nothing_written(enrolment, quiz):
    officer = enrolment.user
    officer.membership_status = MembershipStatus.PENDING
    officer.save(update_fields=["membership_status"])

    with pytest.raises(QuizRefused) as refused:
        start_attempt(officer, quiz)

    assert refused.value.status == 403
    assert refused.value.message == MEMBERS_ONLY
    assert not QuizAttempt.objects.exists()


def test_grade_attempt_member_no_longer_approved_is_refused_and_nothing_written(enrolment, lessons, quiz):
    officer = enrolment.user
    for lesson in lessons:
        complete_lesson(officer, lesson)
    attempt = start_attempt(officer, quiz)
    officer.membership_status = MembershipStatus.REJECTED
    officer.save(update_fields=["membership_status"])

    with pytest.raises(QuizRefused) as refused:
        grade_attempt(attempt, answers=correct_answers(quiz))

    assert refused.value.status == 403
    assert refused.value.message == MEMBERS_ONLY
    attempt.refresh_from_db()
    assert (attempt.submitted_at, attempt.score, attempt.passed, attempt.answers) == (None, None, None, {})
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert not Certificate.objects.exists()
