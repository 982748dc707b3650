import io

import pytest
from django.core.management import call_command

from courses.models import QuizPage, TranslationRecord, TranslationStatus
from courses.selectors.translations import translation_overview
from courses.services.translations import record_translation_changes, refresh_translation_records
from ern_learning.core.i18n import set_translations
from tests.factories.courses import CoursePageFactory, QuizPageFactory


def statuses(overview, page) -> dict[str, str]:
    for course in overview:
        for row in course.rows:
            if row.page.pk == page.pk:
                return {cell.language: cell.status for cell in row.cells}
    raise AssertionError("page not in overview")


def translate_lesson(lesson, language: str, title: str, text: str, summary: str = "សេចក្តីសង្ខេប"):
    set_translations(lesson, "title", {language: title})
    set_translations(lesson, "summary", {language: summary})
    set_translations(lesson, "body", {language: [("paragraph", f"<p>{text}</p>")]})
    lesson.save_revision()


def test_new_lesson_is_source_in_english_and_missing_elsewhere(lessons):
    result = statuses(translation_overview(), lessons[0])

    assert result["en"] == TranslationStatus.SOURCE
    assert {result[code] for code in ("km", "id", "lo", "ms", "fil", "th", "vi")} == {TranslationStatus.MISSING}


def test_translated_lesson_is_complete(lessons):
    translate_lesson(lessons[0], "km", "មេរៀន", "អត្ថបទ")

    assert statuses(translation_overview(), lessons[0])["km"] == TranslationStatus.COMPLETE


def test_title_alone_is_still_missing(lessons):
    set_translations(lessons[0], "title", {"th": "บทเรียน"})
    lessons[0].save_revision()

    assert statuses(translation_overview(), lessons[0])["th"] == TranslationStatus.MISSING


def test_an_empty_paragraph_left_by_the_editor_is_still_missing(lessons):
    translate_lesson(lessons[0], "th", "บทเรียน", "")

    assert statuses(translation_overview(), lessons[0])["th"] == TranslationStatus.MISSING


def test_english_change_after_translation_makes_it_outdated(lessons):
    lesson = lessons[0]
    translate_lesson(lesson, "km", "មេរៀន", "អត្ថបទ")
    translate_lesson(lesson, "vi", "Bài học", "Nội dung")

    set_translations(lesson, "body", {"en": [("paragraph", "<p>Updated guidance.</p>")]})
    lesson.save_revision()

    result = statuses(translation_overview(), lesson)
    assert result["km"] == TranslationStatus.OUTDATED
    assert result["vi"] == TranslationStatus.OUTDATED


def test_editing_the_translation_after_english_change_makes_it_complete_again(lessons):
    lesson = lessons[0]
    translate_lesson(lesson, "km", "មេរៀន", "អត្ថបទ")
    set_translations(lesson, "body", {"en": [("paragraph", "<p>Updated guidance.</p>")]})
    lesson.save_revision()

    translate_lesson(lesson, "km", "មេរៀន", "អត្ថបទថ្មី")

    assert statuses(translation_overview(), lesson)["km"] == TranslationStatus.COMPLETE


def test_saving_without_changes_changes_no_record(lessons):
    lesson = lessons[0]
    before = {record.language: record.edited_at for record in TranslationRecord.objects.filter(page=lesson)}

    changed = record_translation_changes(lesson)

    assert changed == []
    assert {record.language: record.edited_at for record in TranslationRecord.objects.filter(page=lesson)} == before


def test_quiz_needs_every_question_and_choice_translated(course):
    quiz = QuizPage.objects.get(pk=QuizPageFactory(parent=course, questions=1).pk)
    question = quiz.questions.get()
    set_translations(quiz, "title", {"lo": "ແບບທົດສອບ"})
    set_translations(question, "text", {"lo": "ຄຳຖາມ"})
    question.save()
    quiz.save_revision()
    assert statuses(translation_overview(), quiz)["lo"] == TranslationStatus.MISSING

    for choice in question.choices.all():
        set_translations(choice, "text", {"lo": f"ຕົວເລືອກ {choice.pk}"})
        set_translations(choice, "feedback", {"lo": f"ຄຳຕິຊົມ {choice.pk}"})
        choice.save()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    set_translations(quiz, "title", {"lo": "ແບບທົດສອບ"})
    quiz.save_revision()

    assert statuses(translation_overview(), quiz)["lo"] == TranslationStatus.COMPLETE


def test_course_summary_shows_the_worst_status_of_its_pages(course, lessons):
    set_translations(course, "title", {"km": "វគ្គ"})
    set_translations(course, "summary", {"km": "សេចក្តីសង្ខេប"})
    set_translations(course, "outcomes", {"km": "រឹបអូសទូរស័ព្ទដោយសុវត្ថិភាព"})
    course.save_revision()
    for lesson in lessons[:2]:
        translate_lesson(lesson, "km", "មេរៀន", "អត្ថបទ")

    overview = translation_overview()

    summary = {cell.language: cell.status for cell in overview[0].summary}
    assert summary["km"] == TranslationStatus.MISSING
    assert statuses(overview, course)["km"] == TranslationStatus.COMPLETE

    translate_lesson(lessons[2], "km", "មេរៀន", "អត្ថបទ")

    summary = {cell.language: cell.status for cell in translation_overview()[0].summary}
    assert summary["km"] == TranslationStatus.COMPLETE
    assert summary["en"] == TranslationStatus.SOURCE


def test_course_with_untranslated_outcomes_is_missing(course):
    set_translations(course, "title", {"km": "វគ្គ"})
    set_translations(course, "summary", {"km": "សេចក្តីសង្ខេប"})
    course.save_revision()

    assert statuses(translation_overview(), course)["km"] == TranslationStatus.MISSING


def test_course_without_english_outcomes_needs_none_translated(catalogue):
    course = CoursePageFactory(parent=catalogue, outcomes="")
    set_translations(course, "title", {"km": "វគ្គ"})
    set_translations(course, "summary", {"km": "សេចក្តីសង្ខេប"})
    course.save_revision()

    assert statuses(translation_overview(), course)["km"] == TranslationStatus.COMPLETE


def test_lesson_with_untranslated_summary_is_missing(lessons):
    set_translations(lessons[0], "title", {"km": "មេរៀន"})
    set_translations(lessons[0], "body", {"km": [("paragraph", "<p>អត្ថបទ</p>")]})
    lessons[0].save_revision()

    assert statuses(translation_overview(), lessons[0])["km"] == TranslationStatus.MISSING


def translate_whole_quiz(quiz: QuizPage, language: str, *, skip: tuple[str, str] | None = None) -> QuizPage:
    """Translate every text of the quiz into `language`, except the one field `skip` names, e.g. ("question", "explanation")."""
    for question in quiz.questions.all():
        for name in ("text", "explanation"):
            if skip != ("question", name):
                set_translations(question, name, {language: f"{name} {question.pk} ({language})"})
        question.save()
        for choice in question.choices.all():
            for name in ("text", "feedback"):
                if skip != ("choice", name):
                    set_translations(choice, name, {language: f"{name} {choice.pk} ({language})"})
            choice.save()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    set_translations(quiz, "title", {language: "ແບບທົດສອບ"})
    if skip != ("quiz", "intro"):
        set_translations(quiz, "intro", {language: "ຄຳແນະນຳ"})
    quiz.save_revision()
    return quiz


def quiz_with_every_text(course) -> QuizPage:
    quiz = QuizPage.objects.get(pk=QuizPageFactory(parent=course, questions=2, intro="Read each question twice.").pk)
    for question in quiz.questions.all():
        question.explanation = "Why the right answer is right."
        question.save()
    return QuizPage.objects.get(pk=quiz.pk)


def test_quiz_with_every_text_translated_is_complete(course):
    quiz = translate_whole_quiz(quiz_with_every_text(course), "lo")

    assert statuses(translation_overview(), quiz)["lo"] == TranslationStatus.COMPLETE


@pytest.mark.parametrize("skip", [("quiz", "intro"), ("question", "explanation"), ("choice", "feedback")])
def test_quiz_with_one_learner_visible_text_untranslated_is_missing(course, skip):
    quiz = translate_whole_quiz(quiz_with_every_text(course), "lo", skip=skip)

    assert statuses(translation_overview(), quiz)["lo"] == TranslationStatus.MISSING


def test_refresh_after_a_rule_change_keeps_up_to_date_and_outdated_translations_as_they_were(lessons):
    lesson = lessons[0]
    translate_lesson(lesson, "vi", "Bài học", "Nội dung")
    set_translations(lesson, "body", {"en": [("paragraph", "<p>Updated guidance.</p>")]})
    lesson.save_revision()
    translate_lesson(lesson, "km", "មេរៀន", "អត្ថបទ")
    # Records as an older release wrote them: other fingerprints, and Khmer then counted as missing.
    records = TranslationRecord.objects.filter(page=lesson)
    records.update(content_hash="old-rule")
    records.filter(language__in=["en", "km"]).update(source_hash="old-rule")
    records.filter(language="km").update(has_content=False)
    edited = {record.language: record.edited_at for record in records}

    refresh_translation_records(lesson)

    result = statuses(translation_overview(), lesson)
    assert (result["km"], result["vi"], result["th"]) == (
        TranslationStatus.COMPLETE,
        TranslationStatus.OUTDATED,
        TranslationStatus.MISSING,
    )
    assert {record.language: record.edited_at for record in TranslationRecord.objects.filter(page=lesson)} == edited
    assert record_translation_changes(lesson) == []  # the records now match the rules the next save uses


def test_refresh_translation_records_command_covers_pages_without_records(lessons, course):
    TranslationRecord.objects.filter(page=lessons[1]).delete()
    out = io.StringIO()

    call_command("refresh_translation_records", stdout=out)

    assert "Refreshed the translation records of 5 page(s)." in out.getvalue()
    assert TranslationRecord.objects.filter(page=lessons[1]).count() == 8
    assert statuses(translation_overview(), lessons[1])["km"] == TranslationStatus.MISSING
