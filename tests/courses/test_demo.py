import pytest

from courses.demo import seed_courses
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, QuizAttempt, QuizPage, TranslationStatus
from courses.selectors.progress import has_completed_course
from courses.selectors.translations import translation_overview
from ern_learning.accounts.demo import seed_people
from ern_learning.languages import LANGUAGE_CODES


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


def test_seed_courses_twice_changes_nothing(seeded, home_page):
    people, _lines = seeded
    counts = (CoursePage.objects.count(), LessonPage.objects.count(), Enrolment.objects.count(), QuizAttempt.objects.count())
    completed_at = Enrolment.objects.get(user=people["officer.kh@ern.example"], course__slug__startswith="digital").completed_at

    seed_courses(people=people, home=home_page)

    assert (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Enrolment.objects.count(),
        QuizAttempt.objects.count(),
    ) == counts
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
