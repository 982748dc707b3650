import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment
from courses.services.progress import complete_lesson, enrol_user
from ern_learning.core.i18n import set_translations
from tests.factories.courses import CoursePageFactory, LessonPageFactory, QuizPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def test_course_page_anonymous_sees_outcomes_lessons_and_sign_in(client, course, lessons, quiz):
    response = client.get(course.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Seize a phone safely" in html and "Keep the chain of custody" in html
    assert [item["lesson"].title for item in response.context["overview"].outline] == ["Lesson 1", "Lesson 2", "Lesson 3"]
    assert "90 minutes" in html
    assert "Sign in to enrol" in html
    assert lessons[0].url not in html


def test_course_page_approved_officer_can_enrol(client, officer, course, lessons):
    client.force_login(officer)

    html = client.get(course.url).content.decode()

    assert reverse("courses:enrol", args=[course.pk]) in html


def test_course_page_pending_user_sees_members_only_notice(client, pending_user, course):
    client.force_login(pending_user)

    html = client.get(course.url).content.decode()

    assert reverse("courses:enrol", args=[course.pk]) not in html
    assert "open to approved members of the network only" in html


def test_course_page_missing_prerequisite_named_and_no_enrol_button(client, officer, catalogue, course):
    advanced = CoursePageFactory(parent=catalogue, title="Advanced evidence")
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()
    client.force_login(officer)

    html = client.get(advanced.url).content.decode()

    assert "Finish “Digital evidence basics” before you enrol in this course." in html
    assert reverse("courses:enrol", args=[advanced.pk]) not in html


def test_enrol_view_missing_prerequisite_redirects_with_message(client, officer, catalogue, course):
    advanced = CoursePageFactory(parent=catalogue, title="Advanced evidence")
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()
    client.force_login(officer)

    response = client.post(reverse("courses:enrol", args=[advanced.pk]), follow=True)

    assert response.redirect_chain == [(advanced.url, 302)]
    assert "Finish “Digital evidence basics” before you enrol in this course." in response.content.decode()
    assert not Enrolment.objects.exists()


def test_enrol_view_pending_user_gets_403(client, pending_user, course):
    client.force_login(pending_user)

    response = client.post(reverse("courses:enrol", args=[course.pk]))

    assert response.status_code == 403
    assert "open to approved members of the network only" in response.content.decode()


def test_enrol_view_get_is_not_allowed(client, officer, course):
    client.force_login(officer)

    assert client.get(reverse("courses:enrol", args=[course.pk])).status_code == 405


def test_course_page_shows_progress_percent(client, officer, course, lessons, quiz):
    enrol_user(officer, course)
    complete_lesson(officer, lessons[0])
    client.force_login(officer)

    response = client.get(course.url)

    # One lesson of three, plus the quiz: one step in four.
    assert response.context["overview"].progress.percent == 25
    assert "25% complete" in response.content.decode()


def test_course_page_completed_shows_date(client, officer, course, lessons):
    Enrolment.objects.create(user=officer, course=course, completed_at=timezone.now())
    client.force_login(officer)

    html = client.get(course.url).content.decode()

    assert "Completed" in html
    assert "100" in html


def test_course_page_in_khmer_without_translation_shows_notice(client, course):
    url = course.url.replace("/en/", "/km/", 1)

    html = client.get(url).content.decode()

    assert "What the course is about." in html
    assert 'class="notice" role="note"' in html


def test_course_page_in_khmer_with_translation_shows_khmer(client, course):
    set_translations(course, "title", {"km": "ភស្តុតាងឌីជីថល"})
    set_translations(course, "summary", {"km": "អំពីការប្រមូលភស្តុតាងឌីជីថល។"})
    set_translations(course, "outcomes", {"km": "រឹបអូសទូរស័ព្ទដោយសុវត្ថិភាព"})
    course.save_revision().publish()

    html = client.get(course.url.replace("/en/", "/km/", 1)).content.decode()

    assert "ភស្តុតាងឌីជីថល" in html and "អំពីការប្រមូលភស្តុតាងឌីជីថល។" in html
    assert 'role="note"' not in html


def test_course_page_in_khmer_with_untranslated_outcomes_shows_notice(client, course):
    set_translations(course, "title", {"km": "ភស្តុតាងឌីជីថល"})
    set_translations(course, "summary", {"km": "អំពីការប្រមូលភស្តុតាងឌីជីថល។"})
    course.save_revision().publish()

    html = client.get(course.url.replace("/en/", "/km/", 1)).content.decode()

    assert 'class="notice" role="note"' in html
    assert '<ul class="outcomes" lang="en"><li>Seize a phone safely</li>' in html


def test_course_page_in_khmer_marks_english_fallback_text_only(client, officer, course, lessons, quiz):
    set_translations(course, "title", {"km": "ភស្តុតាងឌីជីថល"})
    course.save_revision().publish()
    set_translations(lessons[0], "title", {"km": "មេរៀនទី១"})
    lessons[0].save_revision().publish()
    enrol_user(officer, course)
    client.force_login(officer)

    html = client.get(course.url.replace("/en/", "/km/", 1)).content.decode()

    assert "<h1>ភស្តុតាងឌីជីថល</h1>" in html
    assert '<p class="lead" lang="en">What the course is about.</p>' in html
    assert '<ul class="outcomes" lang="en">' in html
    assert f'<a href="{lessons[0].url.replace("/en/", "/km/", 1)}">មេរៀនទី១</a>' in html
    assert f'<a href="{lessons[1].url.replace("/en/", "/km/", 1)}" lang="en">Lesson 2</a>' in html
    assert f'<a href="{quiz.url.replace("/en/", "/km/", 1)}" lang="en">Final quiz</a>' in html


def test_course_page_in_english_marks_nothing_english(client, course, lessons):
    html = client.get(course.url).content.decode()

    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "Seize a phone safely" in main
    assert 'lang="en"' not in main


def test_course_page_several_missing_prerequisites_worded_as_the_enrol_refusal(client, officer, catalogue, course):
    other = CoursePageFactory(parent=catalogue, title="Following the money")
    advanced = CoursePageFactory(parent=catalogue, title="Advanced evidence")
    advanced.prerequisites.set([course, other])
    advanced.save_revision().publish()
    client.force_login(officer)

    html = client.get(advanced.url).content.decode()
    refused = client.post(reverse("courses:enrol", args=[advanced.pk]), follow=True).content.decode()

    expected = "Finish “Digital evidence basics”, “Following the money” before you enrol in this course."
    assert f'<p class="notice">{expected}</p>' in html
    assert expected in refused


def test_anonymous_course_page_cache_is_invalidated_on_publish(client, course):
    url = course.url
    client.get(url)
    course.summary = "A new summary."
    course.save()

    cached = client.get(url).content.decode()
    course.save_revision().publish()
    fresh = client.get(url).content.decode()

    assert "A new summary." not in cached
    assert "A new summary." in fresh


@pytest.mark.parametrize("size", [1, 10])
def test_course_page_queries_do_not_grow_with_lessons(client, officer, catalogue, django_assert_num_queries, size):
    course = CoursePageFactory(parent=catalogue)
    lessons = [LessonPageFactory(parent=course) for _ in range(size)]
    QuizPageFactory(parent=course)
    prerequisites = [CoursePageFactory(parent=catalogue) for _ in range(size)]
    course.prerequisites.set(prerequisites)
    course.save_revision().publish()
    for prerequisite in prerequisites:
        Enrolment.objects.create(user=officer, course=prerequisite, completed_at=timezone.now())
    enrol_user(officer, course)
    for lesson in lessons:
        complete_lesson(officer, lesson)
    client.force_login(officer)
    client.get(course.url)

    with django_assert_num_queries(COURSE_PAGE_QUERIES):
        response = client.get(course.url)

    assert len(response.context["overview"].outline) == size


COURSE_PAGE_QUERIES = 18
