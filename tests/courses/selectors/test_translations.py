from courses.models import Choice, CoursePage, LessonPage, Question
from courses.selectors.translations import is_filled, is_translated, translated_fields, translation_missing
from ern_learning.core.i18n import set_translations


def test_is_filled_an_image_alone_counts_as_text():
    assert is_filled([{"type": "image", "id": "x", "value": {"image": 7, "alt_text": "", "caption": ""}}])


def test_is_filled_an_empty_paragraph_does_not_count():
    assert not is_filled([{"type": "paragraph", "id": "x", "value": '<p data-block-key="a"> </p>'}])
    assert not is_filled("<p></p>")
    assert not is_filled(None)


def test_translated_fields_are_what_learners_read():
    assert translated_fields(CoursePage) == ["title", "outcomes", "summary"]
    assert translated_fields(LessonPage) == ["title", "body", "summary"]
    assert translated_fields(Question) == ["explanation", "text"]
    assert translated_fields(Choice) == ["feedback", "text"]


def test_is_translated_empty_khmer_paragraph_is_not_a_translation(lessons):
    lesson = lessons[0]
    set_translations(lesson, "body", {"km": [("paragraph", "<p></p>")]})

    assert is_translated(lesson, "body", "km") is False
    assert is_translated(lesson, "body", "en") is True


def test_is_translated_field_empty_in_english_needs_no_translation(lessons):
    lesson = lessons[0]
    lesson.summary_en = ""

    assert is_translated(lesson, "summary", "km") is True


def test_translation_missing_any_field_of_any_part(lessons):
    lesson = lessons[0]
    set_translations(lesson, "title", {"km": "មេរៀន"})
    set_translations(lesson, "body", {"km": [("paragraph", "<p>អត្ថបទ</p>")]})
    assert translation_missing(lesson, language="km") is True

    set_translations(lesson, "summary", {"km": "សេចក្តីសង្ខេប"})
    assert translation_missing(lesson, language="km") is False
    assert translation_missing(lesson, language="th") is True
