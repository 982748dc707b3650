import pytest
from django.utils import timezone

from courses.models import Certificate, Enrolment, LessonCompletion
from courses.selectors.progress import completed_course_ids, has_completed_course
from courses.services.exceptions import ActionRefused, EnrolmentRefused
from courses.services.progress import complete_course, complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.accounts.models import MembershipStatus
from ern_learning.core.models import AuditEvent
from tests.factories.courses import CoursePageFactory, LessonPageFactory, correct_answers, wrong_answers


def test_enrol_user_approved_member_creates_one_enrolment(officer, course):
    first = enrol_user(officer, course)
    second = enrol_user(officer, course)

    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=officer, course=course).count() == 1
    assert AuditEvent.objects.filter(action="course.enrolled", target_id=str(course.pk)).count() == 1


def test_enrol_user_pending_member_in_members_only_course_is_refused(pending_user, course):
    with pytest.raises(EnrolmentRefused) as refused:
        enrol_user(pending_user, course)

    assert refused.value.status == 403
    assert "approved members" in refused.value.message
    assert not Enrolment.objects.exists()


def test_enrol_user_pending_member_in_open_course_is_enrolled(pending_user, catalogue):
    open_course = CoursePageFactory(parent=catalogue, members_only=False)

    enrolment = enrol_user(pending_user, open_course)

    assert enrolment.course_id == open_course.pk


def test_enrol_user_missing_prerequisite_names_the_course(officer, catalogue, course):
    advanced = CoursePageFactory(parent=catalogue, title="Advanced evidence")
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()

    with pytest.raises(EnrolmentRefused) as refused:
        enrol_user(officer, advanced)

    assert refused.value.message == "Finish “Digital evidence basics” before you enrol in this course."
    assert not Enrolment.objects.filter(course=advanced).exists()


def test_enrol_user_completed_prerequisite_is_enrolled(officer, catalogue, course):
    advanced = CoursePageFactory(parent=catalogue, title="Advanced evidence")
    advanced.prerequisites.set([course])
    advanced.save_revision().publish()
    Enrolment.objects.create(user=officer, course=course, completed_at=timezone.now())

    enrolment = enrol_user(officer, advanced)

    assert enrolment.course_id == advanced.pk


def test_enrol_user_unpublished_course_is_refused(officer, catalogue):
    draft = CoursePageFactory(parent=catalogue, live=False)

    with pytest.raises(EnrolmentRefused) as refused:
        enrol_user(officer, draft)

    assert refused.value.status == 404


def test_complete_lesson_twice_records_one_completion(enrolment, lessons):
    complete_lesson(enrolment.user, lessons[0])
    complete_lesson(enrolment.user, lessons[0])

    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 1
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_id == lessons[0].pk
    assert enrolment.completed_at is None


def test_complete_lesson_not_enrolled_is_refused(officer, lessons):
    with pytest.raises(ActionRefused) as refused:
        complete_lesson(officer, lessons[0])

    assert refused.value.status == 403
    assert not LessonCompletion.objects.exists()


def test_course_completed_when_lessons_done_and_quiz_passed(enrolment, lessons, quiz):
    for lesson in lessons:
        complete_lesson(enrolment.user, lesson)
    attempt = start_attempt(enrolment.user, quiz)

    grade_attempt(attempt, answers=correct_answers(quiz))

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert has_completed_course(enrolment.user, enrolment.course) is True
    assert completed_course_ids(enrolment.user) == {enrolment.course_id}
    assert AuditEvent.objects.filter(action="course.completed").count() == 1


def test_course_not_completed_when_quiz_failed(enrolment, lessons, quiz):
    for lesson in lessons:
        complete_lesson(enrolment.user, lesson)
    attempt = start_attempt(enrolment.user, quiz)

    grade_attempt(attempt, answers=wrong_answers(quiz))

    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert has_completed_course(enrolment.user, enrolment.course) is False


def test_course_completed_when_quiz_passed_before_last_lesson(enrolment, lessons, quiz):
    attempt = start_attempt(enrolment.user, quiz)
    grade_attempt(attempt, answers=correct_answers(quiz))
    for lesson in lessons[:-1]:
        complete_lesson(enrolment.user, lesson)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    complete_lesson(enrolment.user, lessons[-1])

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_complete_course_records_completion_once(enrolment, lessons, quiz):
    for lesson in lessons:
        complete_lesson(enrolment.user, lesson)
    grade_attempt(start_attempt(enrolment.user, quiz), answers=correct_answers(quiz))
    enrolment.refresh_from_db()
    first_completed_at = enrolment.completed_at

    assert complete_course(enrolment) is False

    enrolment.refresh_from_db()
    assert enrolment.completed_at == first_completed_at
    assert AuditEvent.objects.filter(action="course.completed").count() == 1


def test_course_without_quiz_completed_by_lessons_alone(officer, catalogue):
    course = CoursePageFactory(parent=catalogue)
    lesson = LessonPageFactory(parent=course)
    enrol_user(officer, course)

    enrolment = complete_lesson(officer, lesson)

    assert enrolment.completed_at is not None


def test_has_completed_course_anonymous_is_false(course):
    from django.contrib.auth.models import AnonymousUser

    assert has_completed_course(AnonymousUser(), course) is False
    assert completed_course_ids(AnonymousUser()) == set()


def no_longer_approved(user):
    user.membership_status = MembershipStatus.REJECTED
    user.save(update_fields=["membership_status"])


def test_complete_lesson_member_no_longer_approved_is_refused_and_nothing_written(enrolment, lessons, quiz):
    officer = enrolment.user
    grade_attempt(start_attempt(officer, quiz), answers=correct_answers(quiz))
    for lesson in lessons[:-1]:
        complete_lesson(officer, lesson)
    no_longer_approved(officer)

    with pytest.raises(ActionRefused) as refused:
        complete_lesson(officer, lessons[-1])

    assert refused.value.status == 403
    assert refused.value.message == (
        "This course is open to approved members of the network only. Your country focal point reviews membership requests."
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert enrolment.last_lesson_id == lessons[-2].pk
    assert set(LessonCompletion.objects.filter(enrolment=enrolment).values_list("lesson_id", flat=True)) == {
        lesson.pk for lesson in lessons[:-1]
    }
    assert not Certificate.objects.exists()


def test_complete_lesson_of_open_course_pending_member_is_allowed(pending_user, catalogue):
    open_course = CoursePageFactory(parent=catalogue, members_only=False)
    lesson = LessonPageFactory(parent=open_course)
    enrol_user(pending_user, open_course)

    enrolment = complete_lesson(pending_user, lesson)

    assert LessonCompletion.objects.filter(enrolment=enrolment, lesson=lesson).count() == 1


def test_enrol_user_several_missing_prerequisites_quotes_each_title(officer, catalogue, course):
    other = CoursePageFactory(parent=catalogue, title="Following the money")
    advanced = CoursePageFactory(parent=catalogue, title="Advanced evidence")
    advanced.prerequisites.set([course, other])
    advanced.save_revision().publish()

    with pytest.raises(EnrolmentRefused) as refused:
        enrol_user(officer, advanced)

    assert refused.value.message == "Finish “Digital evidence basics”, “Following the money” before you enrol in this course."
