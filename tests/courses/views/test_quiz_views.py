import re

import pytest
from django.urls import reverse

from courses.models import Certificate, QuizAttempt, QuizPage
from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.accounts.models import MembershipStatus
from ern_learning.core.i18n import set_translations
from tests.courses.views.khmer import in_khmer, khmer
from tests.factories.courses import correct_answers, wrong_answers

MEMBERS_ONLY = (
    "This course is open to approved members of the network only. Your country focal point reviews membership requests."
)


def no_longer_approved(user):
    user.membership_status = MembershipStatus.REJECTED
    user.save(update_fields=["membership_status"])


def translate_quiz(quiz, *, feedback: bool = True, skip_question: int | None = None) -> QuizPage:
    """Translate the quiz into Khmer: its title, every question and choice (and the choices' feedback unless told not)."""
    for question in quiz.questions.all():
        if question.pk != skip_question:
            set_translations(question, "text", {"km": f"សំណួរ {question.pk}"})
            question.save()
        for choice in question.choices.all():
            set_translations(choice, "text", {"km": f"ជម្រើស {choice.pk}"})
            if feedback:
                set_translations(choice, "feedback", {"km": f"មតិ {choice.pk}"})
            choice.save()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    set_translations(quiz, "title", {"km": "តេស្តចុងក្រោយ"})
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def post_answers(client, quiz, attempt, answers):
    data = {"token": str(attempt.token)}
    for question_id, choice_ids in answers.items():
        data[f"question_{question_id}"] = [str(choice_id) for choice_id in choice_ids]
    return client.post(reverse("courses:submit_quiz", args=[quiz.pk]), data)


def test_quiz_page_enrolled_officer_can_start(client, enrolment, quiz):
    client.force_login(enrolment.user)

    html = client.get(quiz.url).content.decode()

    assert reverse("courses:start_quiz", args=[quiz.pk]) in html
    assert "Pass mark" in html


def test_start_view_creates_attempt_and_opens_it(client, enrolment, quiz):
    client.force_login(enrolment.user)

    response = client.post(reverse("courses:start_quiz", args=[quiz.pk]))

    assert response["Location"] == reverse("courses:take_quiz", args=[quiz.pk])
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 1


def test_start_view_not_enrolled_gets_403_with_message(client, other_officer, quiz):
    client.force_login(other_officer)

    response = client.post(reverse("courses:start_quiz", args=[quiz.pk]))

    assert response.status_code == 403
    assert "You are not enrolled in this course, so you cannot take its quiz." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_attempt_form_keeps_its_order_and_never_shows_correctness(client, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    client.force_login(enrolment.user)

    first = client.get(reverse("courses:take_quiz", args=[quiz.pk])).content.decode()
    second = client.get(reverse("courses:take_quiz", args=[quiz.pk])).content.decode()

    shown = re.findall(r'name="question_(\d+)" value="(\d+)"', first)
    assert shown == re.findall(r'name="question_(\d+)" value="(\d+)"', second)
    expected = [(str(qid), str(cid)) for qid in attempt.question_order for cid in attempt.choice_order[str(qid)]]
    assert shown == expected
    assert "Feedback on" not in first
    assert "correct" not in first.lower().replace("incorrect", "")
    assert str(attempt.token) in first


def test_submit_view_grades_and_shows_result_with_feedback(client, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    client.force_login(enrolment.user)

    response = post_answers(client, quiz, attempt, wrong_answers(quiz))

    attempt.refresh_from_db()
    assert response["Location"] == reverse("courses:attempt", args=[attempt.pk])
    assert attempt.score == 0
    html = client.get(response["Location"]).content.decode()
    assert "You scored 0%." in html
    assert "Feedback on Wrong" in html
    # One attempt left: the right answers stay hidden.
    assert "Feedback on Right" not in html
    assert "You have 1 attempt left." in html


def test_submit_view_posted_twice_counts_once(client, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    client.force_login(enrolment.user)

    first = post_answers(client, quiz, attempt, wrong_answers(quiz))
    second = post_answers(client, quiz, attempt, correct_answers(quiz))

    assert first["Location"] == second["Location"]
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 1
    attempt.refresh_from_db()
    assert attempt.score == 0


def test_submit_view_choice_of_another_question_gets_400_and_nothing_written(client, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    answers = correct_answers(quiz)
    first, second = list(answers)[:2]
    answers[first] = answers[second]
    client.force_login(enrolment.user)

    response = post_answers(client, quiz, attempt, answers)

    assert response.status_code == 400
    assert "One of your answers does not belong to its question." in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_submit_view_not_a_number_gets_400(client, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    answers = {question_id: ["abc"] for question_id in correct_answers(quiz)}
    client.force_login(enrolment.user)

    response = post_answers(client, quiz, attempt, answers)

    assert response.status_code == 400


def test_submit_view_not_enrolled_gets_403(client, other_officer, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    client.force_login(other_officer)

    response = post_answers(client, quiz, attempt, correct_answers(quiz))

    assert response.status_code == 403
    assert "You are not enrolled in this course" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_submit_view_token_of_another_learner_gets_400(client, other_officer, enrolment, course, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    enrol_user(other_officer, course)
    client.force_login(other_officer)

    response = post_answers(client, quiz, attempt, correct_answers(quiz))

    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_submit_view_missing_token_gets_400(client, enrolment, quiz):
    client.force_login(enrolment.user)

    response = client.post(reverse("courses:submit_quiz", args=[quiz.pk]), {})

    assert response.status_code == 400
    assert "Reload the quiz" in response.content.decode()


def test_start_view_past_the_limit_redirects_with_message(client, enrolment, quiz):
    for _ in range(quiz.max_attempts):
        grade_attempt(start_attempt(enrolment.user, quiz), answers=wrong_answers(quiz))
    client.force_login(enrolment.user)

    response = client.post(reverse("courses:start_quiz", args=[quiz.pk]), follow=True)

    assert "You have used all 2 attempts at this quiz." in response.content.decode()
    assert QuizAttempt.objects.count() == 2


def test_result_view_after_last_attempt_reveals_answers(client, enrolment, quiz):
    for _ in range(quiz.max_attempts):
        attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=wrong_answers(quiz))
    client.force_login(enrolment.user)

    html = client.get(reverse("courses:attempt", args=[attempt.pk])).content.decode()

    assert "Correct answer" in html
    assert "Feedback on Right" in html


def test_result_view_owner_sees_it(client, enrolment, quiz):
    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))
    client.force_login(enrolment.user)

    response = client.get(reverse("courses:attempt", args=[attempt.pk]))

    assert response.status_code == 200
    assert "You scored 100%." in response.content.decode()


def test_result_view_another_officer_gets_404(client, other_officer, enrolment, quiz):
    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))
    client.force_login(other_officer)

    assert client.get(reverse("courses:attempt", args=[attempt.pk])).status_code == 404


def test_result_view_anonymous_is_sent_to_sign_in(client, enrolment, quiz):
    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))

    response = client.get(reverse("courses:attempt", args=[attempt.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_result_view_open_attempt_gets_404(client, enrolment, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    client.force_login(enrolment.user)

    assert client.get(reverse("courses:attempt", args=[attempt.pk])).status_code == 404


def test_quiz_page_lists_attempt_history(client, enrolment, quiz):
    grade_attempt(start_attempt(enrolment.user, quiz), answers=wrong_answers(quiz))
    grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))
    client.force_login(enrolment.user)

    response = client.get(quiz.url)

    assert [attempt.number for attempt in response.context["quiz_view"].attempts] == [2, 1]
    assert "You have passed this quiz." in response.content.decode()


@pytest.mark.parametrize("size", [1, 10])
def test_quiz_page_queries_do_not_grow_with_attempts(client, officer, course, lessons, django_assert_num_queries, size):
    from tests.factories.courses import QuizPageFactory

    quiz = QuizPageFactory(parent=course, max_attempts=20, questions=size)
    enrol_user(officer, course)
    for _ in range(size):
        grade_attempt(start_attempt(officer, quiz), answers=wrong_answers(quiz))
    client.force_login(officer)
    client.get(quiz.url)

    with django_assert_num_queries(QUIZ_PAGE_QUERIES):
        client.get(quiz.url)


QUIZ_PAGE_QUERIES = 18


def test_start_view_member_no_longer_approved_gets_403_in_khmer_and_nothing_written(client, enrolment, quiz):
    no_longer_approved(enrolment.user)
    client.force_login(enrolment.user)

    response = client.post(in_khmer(reverse("courses:start_quiz", args=[quiz.pk])))

    assert response.status_code == 403
    assert khmer(MEMBERS_ONLY) in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_submit_view_member_no_longer_approved_gets_403_in_khmer_and_nothing_written(client, enrolment, lessons, quiz):
    for lesson in lessons:
        complete_lesson(enrolment.user, lesson)
    attempt = start_attempt(enrolment.user, quiz)
    no_longer_approved(enrolment.user)
    client.force_login(enrolment.user)
    data = {"token": str(attempt.token)}
    for question_id, choice_ids in correct_answers(quiz).items():
        data[f"question_{question_id}"] = [str(choice_id) for choice_id in choice_ids]

    response = client.post(in_khmer(reverse("courses:submit_quiz", args=[quiz.pk])), data)

    assert response.status_code == 403
    assert khmer(MEMBERS_ONLY) in response.content.decode()
    attempt.refresh_from_db()
    assert (attempt.submitted_at, attempt.score, attempt.passed) == (None, None, None)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert not Certificate.objects.exists()


def test_quiz_page_in_khmer_fully_translated_has_no_notice(client, enrolment, quiz):
    quiz = translate_quiz(quiz)
    client.force_login(enrolment.user)

    html = client.get(in_khmer(quiz.url)).content.decode()

    assert "<h1>តេស្តចុងក្រោយ</h1>" in html
    assert 'role="note"' not in html


def test_quiz_page_in_khmer_with_untranslated_feedback_shows_notice(client, enrolment, quiz):
    quiz = translate_quiz(quiz, feedback=False)
    client.force_login(enrolment.user)

    html = client.get(in_khmer(quiz.url)).content.decode()

    assert "<h1>តេស្តចុងក្រោយ</h1>" in html
    assert khmer("This quiz has not been translated into your language yet, so it is shown in English.") in html


def test_quiz_page_in_khmer_marks_english_title(client, enrolment, quiz):
    client.force_login(enrolment.user)

    html = client.get(in_khmer(quiz.url)).content.decode()

    assert '<h1 lang="en">Final quiz</h1>' in html


def test_attempt_form_in_khmer_marks_only_the_english_question(client, enrolment, quiz):
    untranslated = quiz.questions.order_by("sort_order").first()
    quiz = translate_quiz(quiz, skip_question=untranslated.pk)
    start_attempt(enrolment.user, quiz)
    client.force_login(enrolment.user)

    html = client.get(in_khmer(reverse("courses:take_quiz", args=[quiz.pk]))).content.decode()

    assert "<h1>តេស្តចុងក្រោយ</h1>" in html
    assert khmer("Some questions have not been translated into your language yet, so they are shown in English.") in html
    assert f'<span lang="en">{untranslated.text}</span></legend>' in html
    for question in quiz.questions.exclude(pk=untranslated.pk):
        assert f"<span>សំណួរ {question.pk}</span></legend>" in html
    choice = untranslated.choices.first()
    assert f'<label for="choice-{choice.pk}">ជម្រើស {choice.pk}</label>' in html


def test_result_in_khmer_with_untranslated_feedback_shows_notice_and_marks_it(client, enrolment, quiz):
    quiz = translate_quiz(quiz, feedback=False)
    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))
    client.force_login(enrolment.user)

    html = client.get(in_khmer(reverse("courses:attempt", args=[attempt.pk]))).content.decode()

    assert khmer("Some questions have not been translated into your language yet, so they are shown in English.") in html
    assert '<p class="feedback" lang="en">Feedback on Right</p>' in html
    question = quiz.questions.first()
    assert f"<strong>សំណួរ {question.pk}</strong>" in html
    assert f'<a href="{in_khmer(quiz.url)}">តេស្តចុងក្រោយ</a>' in html
