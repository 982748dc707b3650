import pytest
from django.urls import reverse

from courses.models import Certificate, Enrolment, LessonCompletion
from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.accounts.models import MembershipStatus
from ern_learning.core.i18n import set_translations
from tests.courses.views.khmer import in_khmer, khmer
from tests.factories.courses import CoursePageFactory, LessonPageFactory, correct_answers

MEMBERS_ONLY = (
    "This course is open to approved members of the network only. Your country focal point reviews membership requests."
)
ENGLISH_NOTICE = "This lesson has not been translated into your language yet, so it is shown in English."


def test_lesson_enrolled_officer_sees_body_outline_and_complete_button(client, enrolment, lessons):
    client.force_login(enrolment.user)

    response = client.get(lessons[1].url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Read this carefully." in html
    assert "Lesson 2 of 3" in html
    assert reverse("courses:complete_lesson", args=[lessons[1].pk]) in html
    assert f'href="{lessons[0].url}"' in html and 'rel="prev"' in html
    assert f'href="{lessons[2].url}"' in html and 'rel="next"' in html


def test_lesson_visit_is_remembered_for_resuming(client, enrolment, lessons, course):
    client.force_login(enrolment.user)

    client.get(lessons[1].url)
    response = client.get(course.url)

    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == lessons[1].pk
    assert "Continue where you left off" in response.content.decode()
    assert f'class="button" href="{lessons[1].url}"' in response.content.decode()


def test_lesson_anonymous_is_sent_to_sign_in(client, lessons, course):
    response = client.get(lessons[0].url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_lesson_not_enrolled_is_sent_to_course_page_with_message(client, officer, lessons, course):
    client.force_login(officer)

    response = client.get(lessons[0].url, follow=True)

    assert response.redirect_chain == [(course.url, 302)]
    assert "Enrol in this course to open its lessons and quiz." in response.content.decode()


def test_lesson_of_members_only_course_pending_user_gets_403_with_message(client, pending_user, lessons):
    client.force_login(pending_user)

    response = client.get(lessons[0].url)

    assert response.status_code == 403
    assert "open to approved members of the network only" in response.content.decode()


def test_lesson_of_unpublished_course_gets_404_with_message(client, enrolment, lessons, course):
    course.unpublish()
    client.force_login(enrolment.user)

    response = client.get(lessons[0].url)

    assert response.status_code == 404
    assert "This course is not published, or is no longer available." in response.content.decode()


def test_lesson_unpublished_gets_404(client, enrolment, lessons):
    lessons[0].unpublish()
    client.force_login(enrolment.user)

    response = client.get(lessons[0].url)

    assert response.status_code == 404


def test_lesson_without_translation_shows_english_with_notice_in_khmer(client, enrolment, lessons):
    client.force_login(enrolment.user)
    url = lessons[0].url.replace("/en/", "/km/", 1)

    response = client.get(url)

    html = response.content.decode()
    assert "Read this carefully." in html
    assert 'class="notice" role="note"' in html
    assert 'lang="en"' in html


def test_lesson_with_khmer_translation_has_no_notice(client, enrolment, lessons):
    lesson = lessons[0]
    set_translations(lesson, "title", {"km": "មេរៀនទី១"})
    set_translations(lesson, "summary", {"km": "អ្វីដែលមេរៀននេះនិយាយ។"})
    set_translations(lesson, "body", {"km": [("paragraph", "<p>សូមអានដោយយកចិត្តទុកដាក់។</p>")]})
    lesson.save_revision().publish()
    client.force_login(enrolment.user)

    response = client.get(lesson.url.replace("/en/", "/km/", 1))

    html = response.content.decode()
    assert "សូមអានដោយយកចិត្តទុកដាក់។" in html
    assert "មេរៀនទី១" in html
    assert 'role="note"' not in html


def test_complete_lesson_view_marks_done_and_goes_to_next(client, enrolment, lessons):
    client.force_login(enrolment.user)

    response = client.post(reverse("courses:complete_lesson", args=[lessons[0].pk]))

    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert LessonCompletion.objects.filter(enrolment=enrolment, lesson=lessons[0]).count() == 1


def test_complete_last_lesson_view_goes_to_quiz(client, enrolment, lessons, quiz):
    client.force_login(enrolment.user)

    response = client.post(reverse("courses:complete_lesson", args=[lessons[2].pk]))

    assert response["Location"] == quiz.url


def test_complete_lesson_view_not_enrolled_gets_403(client, other_officer, lessons):
    client.force_login(other_officer)

    response = client.post(reverse("courses:complete_lesson", args=[lessons[0].pk]))

    assert response.status_code == 403
    assert "Enrol in this course before completing its lessons." in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_complete_lesson_view_anonymous_is_sent_to_sign_in(client, lessons):
    response = client.post(reverse("courses:complete_lesson", args=[lessons[0].pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_complete_lesson_view_unknown_lesson_gets_404(client, officer, db):
    client.force_login(officer)

    assert client.post(reverse("courses:complete_lesson", args=[999999])).status_code == 404


@pytest.mark.parametrize("size", [1, 12])
def test_lesson_page_queries_do_not_grow_with_lessons_or_progress(client, officer, catalogue, django_assert_num_queries, size):
    course = CoursePageFactory(parent=catalogue)
    lessons = [LessonPageFactory(parent=course) for _ in range(size)]
    enrol_user(officer, course)
    for lesson in lessons[: size // 2]:
        complete_lesson(officer, lesson)
    client.force_login(officer)
    client.get(lessons[0].url)  # warm the site root cache

    with django_assert_num_queries(LESSON_PAGE_QUERIES):
        response = client.get(lessons[-1].url)

    assert response.status_code == 200


LESSON_PAGE_QUERIES = 19


def test_enrol_view_creates_enrolment_and_opens_first_lesson(client, officer, course, lessons):
    client.force_login(officer)

    response = client.post(reverse("courses:enrol", args=[course.pk]))

    assert response.status_code == 302
    assert response["Location"] == lessons[0].url
    assert Enrolment.objects.filter(user=officer, course=course).count() == 1


def test_complete_lesson_view_member_no_longer_approved_gets_403_in_khmer_and_nothing_written(client, enrolment, lessons, quiz):
    officer = enrolment.user
    grade_attempt(start_attempt(officer, quiz), answers=correct_answers(quiz))
    for lesson in lessons[:-1]:
        complete_lesson(officer, lesson)
    officer.membership_status = MembershipStatus.REJECTED
    officer.save(update_fields=["membership_status"])
    client.force_login(officer)

    response = client.post(in_khmer(reverse("courses:complete_lesson", args=[lessons[-1].pk])))

    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="km"' in html
    assert khmer(MEMBERS_ONLY) in html
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert enrolment.last_lesson_id == lessons[-2].pk
    assert not LessonCompletion.objects.filter(lesson=lessons[-1]).exists()
    assert not Certificate.objects.exists()


def test_lesson_with_empty_khmer_paragraph_shows_english_body_with_notice(client, enrolment, lessons):
    lesson = lessons[0]
    set_translations(lesson, "title", {"km": "មេរៀនទី១"})
    set_translations(lesson, "summary", {"km": "អ្វីដែលមេរៀននេះនិយាយ។"})
    set_translations(lesson, "body", {"km": [("paragraph", "<p></p>")]})
    lesson.save_revision().publish()
    client.force_login(enrolment.user)

    html = client.get(in_khmer(lesson.url)).content.decode()

    assert '<div class="stream lesson__body" lang="en">' in html
    body = html.split('<div class="stream lesson__body" lang="en">', 1)[1].split('<div class="lesson__complete">', 1)[0]
    assert "Read this carefully." in body
    assert khmer(ENGLISH_NOTICE) in html


def test_lesson_with_untranslated_summary_shows_notice_and_marks_summary_english(client, enrolment, lessons):
    lesson = lessons[0]
    set_translations(lesson, "title", {"km": "មេរៀនទី១"})
    set_translations(lesson, "body", {"km": [("paragraph", "<p>សូមអានដោយយកចិត្តទុកដាក់។</p>")]})
    lesson.save_revision().publish()
    client.force_login(enrolment.user)

    html = client.get(in_khmer(lesson.url)).content.decode()

    assert khmer(ENGLISH_NOTICE) in html
    assert '<h1 id="lesson-title">មេរៀនទី១</h1>' in html
    assert '<p class="lead" lang="en">What the lesson covers.</p>' in html
    assert '<div class="stream lesson__body">' in html
    assert "សូមអានដោយយកចិត្តទុកដាក់។" in html


def test_lesson_in_khmer_marks_english_title_and_neighbours_but_not_khmer_ones(client, enrolment, lessons, course):
    set_translations(lessons[0], "title", {"km": "មេរៀនទី១"})
    lessons[0].save_revision().publish()
    set_translations(course, "title", {"km": "ភស្តុតាងឌីជីថល"})
    course.save_revision().publish()
    client.force_login(enrolment.user)

    html = client.get(in_khmer(lessons[1].url)).content.decode()

    assert '<h1 id="lesson-title" lang="en">Lesson 2</h1>' in html
    assert '<p class="lead" lang="en">What the lesson covers.</p>' in html
    assert f'<a href="{in_khmer(course.url)}">ភស្តុតាងឌីជីថល</a>' in html
    assert f'<a href="{in_khmer(lessons[0].url)}">មេរៀនទី១</a>' in html
    assert f'<a href="{in_khmer(lessons[2].url)}" lang="en">Lesson 3</a>' in html
    assert '<span lang="en">Lesson 3</span>' in html
    assert "<span>មេរៀនទី១</span>" in html
