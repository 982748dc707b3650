"""The page editors render, including the nested question and choice panels and the language checkboxes."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from courses.models import CoursePage, QuizPage
from tests.factories.courses import QuizPageFactory


def test_course_editor_shows_language_checkboxes(client, administrator, catalogue):
    client.force_login(administrator)

    response = client.get(reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="checkbox" name="languages" value="km"' in html
    assert 'name="summary_km"' in html


def test_quiz_editor_shows_nested_questions_and_choices_per_language(client, administrator, course, lessons):
    quiz = QuizPageFactory(parent=course, questions=1)
    client.force_login(administrator)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="questions-0-text_km"' in html
    assert 'name="questions-0-choices-0-text_th"' in html
    assert 'name="questions-0-choices-0-is_correct"' in html


def quiz_form(choices: list[tuple[str, bool]], kind: str = "single") -> dict:
    return nested_form_data(
        {
            "title_en": "Check",
            "slug": "check",
            "pass_mark": 70,
            "max_attempts": 3,
            "comments": inline_formset([]),
            "questions": inline_formset(
                [
                    {
                        "kind": kind,
                        "text_en": "Is the sky blue?",
                        "choices": inline_formset(
                            [{"text_en": text, "is_correct": "on" if correct else ""} for text, correct in choices]
                        ),
                    }
                ]
            ),
            "action-publish": "1",
        }
    )


def test_quiz_editor_refuses_single_choice_question_with_two_correct_answers(client, administrator, course):
    client.force_login(administrator)

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "quizpage", course.pk]), quiz_form([("Yes", True), ("Also yes", True)])
    )

    assert response.status_code == 200
    assert "Mark exactly one choice as correct." in response.content.decode()
    assert not QuizPage.objects.exists()


def test_quiz_editor_saves_a_valid_quiz_with_its_choices(client, administrator, course):
    client.force_login(administrator)

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "quizpage", course.pk]), quiz_form([("Yes", True), ("No", False)])
    )

    assert response.status_code == 302
    quiz = QuizPage.objects.get()
    question = quiz.questions.get()
    assert [(choice.text, choice.is_correct) for choice in question.choices.order_by("sort_order")] == [
        ("Yes", True),
        ("No", False),
    ]


def test_course_editor_keeps_languages_in_network_order(client, administrator, catalogue):
    client.force_login(administrator)
    data = nested_form_data(
        {
            "title_en": "New course",
            "slug": "new-course",
            "summary_en": "About it.",
            "level": "introductory",
            "estimated_minutes": 30,
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    data["languages"] = ["th", "en", "km"]

    response = client.post(reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk]), data)

    assert response.status_code == 302, response.context["form"].errors
    assert CoursePage.objects.get(slug="new-course").languages == ["en", "km", "th"]
