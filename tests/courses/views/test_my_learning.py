import pytest
from django.urls import reverse

from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.core.i18n import set_translations
from tests.factories.courses import CoursePageFactory, LessonPageFactory, correct_answers, wrong_answers


def test_my_learning_anonymous_is_sent_to_sign_in(client, db):
    response = client.get(reverse("courses:my_learning"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_my_learning_splits_in_progress_and_completed_with_percent(client, enrolment, lessons, quiz, catalogue):
    officer = enrolment.user
    complete_lesson(officer, lessons[0])
    done_course = CoursePageFactory(parent=catalogue, title="Finished course")
    done_lesson = LessonPageFactory(parent=done_course)
    enrol_user(officer, done_course)
    complete_lesson(officer, done_lesson)
    client.force_login(officer)

    response = client.get(reverse("courses:my_learning"))

    in_progress = response.context["in_progress"]
    assert [(item["course"].title, item["progress"].percent) for item in in_progress] == [("Digital evidence basics", 25)]
    assert in_progress[0]["resume"] == lessons[0]
    assert [item["course"].title for item in response.context["completed"]] == ["Finished course"]
    html = response.content.decode()
    assert "25% complete" in html


def test_my_learning_lists_recent_quiz_results(client, enrolment, quiz):
    attempt = grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))
    client.force_login(enrolment.user)

    html = client.get(reverse("courses:my_learning")).content.decode()

    assert reverse("courses:attempt", args=[attempt.pk]) in html
    assert "100%" in html


def test_my_learning_shows_only_own_enrolments(client, enrolment, other_officer):
    client.force_login(other_officer)

    response = client.get(reverse("courses:my_learning"))

    assert response.context["in_progress"] == []
    assert response.context["completed"] == []


def test_my_learning_continue_after_the_last_lesson_goes_to_the_quiz(client, enrolment, lessons, quiz):
    for lesson in lessons:
        complete_lesson(enrolment.user, lesson)
    grade_attempt(start_attempt(enrolment.user, quiz), answers=wrong_answers(quiz))
    client.force_login(enrolment.user)

    response = client.get(reverse("courses:my_learning"))

    assert response.context["in_progress"][0]["resume"] == quiz
    assert f'<a class="button" href="{quiz.url}">Continue' in response.content.decode()


def test_my_learning_continue_with_lessons_left_goes_to_the_last_lesson_opened(client, enrolment, lessons, quiz):
    complete_lesson(enrolment.user, lessons[1])
    client.force_login(enrolment.user)

    response = client.get(reverse("courses:my_learning"))

    assert response.context["in_progress"][0]["resume"] == lessons[1]


def test_my_learning_in_khmer_marks_english_titles_only(client, enrolment, quiz, catalogue):
    officer = enrolment.user
    translated = CoursePageFactory(parent=catalogue, title="Finished course", members_only=False)
    set_translations(translated, "title", {"km": "វគ្គដែលបានបញ្ចប់"})
    translated.save_revision().publish()
    enrol_user(officer, translated)
    attempt = grade_attempt(start_attempt(officer, quiz), answers=wrong_answers(quiz))
    client.force_login(officer)

    html = client.get(reverse("courses:my_learning").replace("/en/", "/km/", 1)).content.decode()

    course_url = enrolment.course.url.replace("/en/", "/km/", 1)
    assert f'<h3><a href="{course_url}" lang="en">Digital evidence basics</a></h3>' in html
    assert '<span lang="en">Digital evidence basics</span>' in html
    assert f'<h3><a href="{translated.url.replace("/en/", "/km/", 1)}">វគ្គដែលបានបញ្ចប់</a></h3>' in html
    assert '<span class="visually-hidden">: <span>វគ្គដែលបានបញ្ចប់</span></span>' in html
    attempt_url = reverse("courses:attempt", args=[attempt.pk]).replace("/en/", "/km/", 1)
    assert f'<a href="{attempt_url}" lang="en">Final quiz</a>' in html


@pytest.mark.parametrize("size", [1, 10])
def test_my_learning_queries_do_not_grow_with_enrolments(client, officer, catalogue, django_assert_num_queries, size):
    for _ in range(size):
        course = CoursePageFactory(parent=catalogue)
        first, _second = LessonPageFactory(parent=course), LessonPageFactory(parent=course)
        enrol_user(officer, course)
        complete_lesson(officer, first)
    client.force_login(officer)
    client.get(reverse("courses:my_learning"))

    with django_assert_num_queries(MY_LEARNING_QUERIES):
        response = client.get(reverse("courses:my_learning"))

    assert len(response.context["in_progress"]) == size


MY_LEARNING_QUERIES = 8
