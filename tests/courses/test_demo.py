from io import BytesIO

import pytest
from django.template.defaultfilters import filesizeformat
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision

from courses.demo import seed_courses
from courses.demo_content import digital_evidence
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, QuizAttempt, QuizPage, TranslationStatus
from courses.selectors.progress import has_completed_course
from courses.selectors.translations import translation_overview
from ern_learning.accounts.demo import seed_people
from ern_learning.core.i18n import localized_field
from ern_learning.languages import LANGUAGE_CODES

Document = get_document_model()
Image = get_image_model()


@pytest.fixture
def seeded(home_page):
    people = seed_people()
    lines = seed_courses(people=people, home=home_page)
    return people, lines


def test_seed_courses_builds_catalogue_two_courses_and_progress(seeded):
    people, lines = seeded

    assert CourseIndexPage.objects.count() == 1
    evidence = CoursePage.objects.get(slug="digital-evidence-for-trafficking-investigations")
    money = CoursePage.objects.get(slug="following-the-money")
    assert LessonPage.objects.child_of(evidence).live().count() == 4
    assert LessonPage.objects.child_of(money).live().count() == 3
    assert QuizPage.objects.child_of(evidence).get().questions.count() == 6
    assert QuizPage.objects.child_of(money).get().questions.count() == 5
    assert list(money.prerequisites.all()) == [evidence]
    assert has_completed_course(people["officer.kh@ern.example"], evidence) is True
    assert has_completed_course(people["officer.th@ern.example"], evidence) is False
    assert QuizAttempt.objects.filter(enrolment__user=people["officer.id@ern.example"], passed=False).count() == 1
    assert len(lines) == 7


def demo_counts() -> tuple[int, ...]:
    models = (CoursePage, LessonPage, Enrolment, QuizAttempt, Image, Document, Revision)
    return tuple(model.objects.count() for model in models)


def test_seed_courses_twice_changes_nothing(seeded, home_page):
    people, _lines = seeded
    counts = demo_counts()
    completed_at = Enrolment.objects.get(user=people["officer.kh@ern.example"], course__slug__startswith="digital").completed_at

    seed_courses(people=people, home=home_page)

    assert demo_counts() == counts  # no new page revisions either
    assert counts[4:6] == (1, 8)
    assert [block.block_type for block in LessonPage.objects.get(slug="chain-of-custody").body].count("image") == 1
    assert (
        Enrolment.objects.get(user=people["officer.kh@ern.example"], course__slug__startswith="digital").completed_at
        == completed_at
    )


def test_seed_courses_evidence_course_is_translated_everywhere_and_money_partly(seeded):
    overview = {course.course.slug: course for course in translation_overview()}

    evidence = {cell.language: cell.status for cell in overview["digital-evidence-for-trafficking-investigations"].summary}
    money_lessons = overview["following-the-money"].rows[1:]
    first_lesson = {cell.language: cell.status for cell in money_lessons[0].cells}
    second_lesson = {cell.language: cell.status for cell in money_lessons[1].cells}

    assert evidence == {code: TranslationStatus.SOURCE if code == "en" else TranslationStatus.COMPLETE for code in LANGUAGE_CODES}
    assert first_lesson["th"] == TranslationStatus.OUTDATED
    assert first_lesson["vi"] == TranslationStatus.COMPLETE
    assert first_lesson["km"] == TranslationStatus.MISSING
    assert second_lesson["vi"] == TranslationStatus.MISSING


def test_khmer_officer_reads_the_completed_course_in_khmer(client, seeded):
    people, _lines = seeded
    evidence = CoursePage.objects.get(slug="digital-evidence-for-trafficking-investigations")
    client.force_login(people["officer.kh@ern.example"])

    html = client.get(evidence.url.replace("/en/", "/km/", 1)).content.decode()

    assert "ភស្តុតាងឌីជីថលសម្រាប់ការស៊ើបអង្កេតការជួញដូរមនុស្ស" in html
    assert 'role="note"' not in html


def test_khmer_officer_sees_english_money_lesson_with_notice(client, seeded):
    people, _lines = seeded
    lesson = LessonPage.objects.get(slug="underground-banking-and-casinos")
    client.force_login(people["officer.kh@ern.example"])

    html = client.get(lesson.url.replace("/en/", "/km/", 1)).content.decode()

    assert "Underground banking moves value, not money." in html
    assert 'class="notice" role="note"' in html


def content_of(file) -> bytes:
    with file.open("rb") as opened:
        return opened.read()


def blocks_of(lesson: LessonPage, block_type: str, language: str) -> list:
    return [block.value for block in getattr(lesson, localized_field("body", language)) if block.block_type == block_type]


def test_seed_courses_puts_the_chain_of_custody_diagram_in_every_language(seeded):
    lesson = LessonPage.objects.get(slug="chain-of-custody")
    texts = digital_evidence.COURSE["translations"]

    figures = {code: blocks_of(lesson, "image", code) for code in LANGUAGE_CODES}

    image = Image.objects.get()
    assert (image.title, image.width, image.height, image.collection.name) == (
        "Chain of custody, from the scene to the court (diagram)",
        640,
        1030,
        "Root",
    )
    assert content_of(image.file).startswith(b"\x89PNG\r\n\x1a\n")
    for code in LANGUAGE_CODES:
        [figure] = figures[code]
        [(_type, written)] = [block for block in texts[code]["lessons"][1]["body"] if block[0] == "image"]
        assert figure["image"] == image
        assert (figure["alt_text"], figure["caption"], figure["decorative"]) == (written["alt_text"], written["caption"], False)
    assert len({figures[code][0]["alt_text"] for code in LANGUAGE_CODES}) == 8


def test_seed_courses_links_a_seizure_checklist_pdf_in_each_language(seeded):
    lesson = LessonPage.objects.get(slug="first-response")
    texts = digital_evidence.COURSE["translations"]

    downloads = {code: blocks_of(lesson, "download", code) for code in LANGUAGE_CODES}

    for code in LANGUAGE_CODES:
        [download] = downloads[code]
        document = download["document"]
        checklist = texts[code]["seizure_checklist"]
        content = content_of(document.file)
        assert download["title"] == checklist["title"]
        assert document.collection.name == "Members only"
        assert (document.file_extension, document.file_size) == ("pdf", len(content))
        assert content.startswith(b"%PDF-")
    assert len({downloads[code][0]["document"].pk for code in LANGUAGE_CODES}) == 8
    english = PdfReader(BytesIO(content_of(downloads["en"][0]["document"].file))).pages[0].extract_text()
    assert "Digital evidence seizure checklist" in english
    assert "Put each device in its own tamper-evident bag" in english
    assert len(PdfReader(BytesIO(content_of(downloads["km"][0]["document"].file))).pages) == 1


def test_seed_courses_lesson_bodies_are_valid_in_every_language(seeded):
    for lesson in LessonPage.objects.all():
        for code in LANGUAGE_CODES:
            field = LessonPage._meta.get_field(localized_field("body", code))
            body = getattr(lesson, field.attname)
            if body:
                field.stream_block.clean(body)  # raises on alt text too long, a missing document, ...


def test_khmer_officer_sees_the_diagram_and_the_khmer_checklist(client, seeded):
    people, _lines = seeded
    texts = digital_evidence.COURSE["translations"]["km"]
    client.force_login(people["officer.kh@ern.example"])
    custody = LessonPage.objects.get(slug="chain-of-custody")
    first_response = LessonPage.objects.get(slug="first-response")
    [download] = blocks_of(first_response, "download", "km")

    custody_html = client.get(custody.url.replace("/en/", "/km/", 1)).content.decode()
    first_response_html = client.get(first_response.url.replace("/en/", "/km/", 1)).content.decode()

    [(_type, figure)] = [block for block in texts["lessons"][1]["body"] if block[0] == "image"]
    assert f'alt="{figure["alt_text"]}"' in custody_html
    assert f"<figcaption>{figure['caption']}</figcaption>" in custody_html
    assert f'href="{download["document"].url}" download' in first_response_html
    assert texts["seizure_checklist"]["title"] in first_response_html
    assert f"(PDF, {filesizeformat(download['document'].file_size)})" in first_response_html
