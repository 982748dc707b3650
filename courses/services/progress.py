"""Enrolling, completing lessons and completing courses."""

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, QuizAttempt, QuizPage
from courses.selectors.catalog import course_lessons, course_quiz, is_open_to, prerequisites_message
from courses.selectors.learning import Refusal, course_page_access
from courses.services.exceptions import MEMBERS_ONLY_MESSAGE, ActionRefused, EnrolmentRefused
from ern_learning.core.services.audit import record_event


def missing_prerequisites(user, course: CoursePage) -> list[CoursePage]:
    """The live prerequisite courses of `course` that `user` has not completed, in catalogue order."""
    completed = set(Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_id", flat=True))
    prerequisites = [prerequisite for prerequisite in course.prerequisites.all() if prerequisite.live]
    return sorted((p for p in prerequisites if p.pk not in completed), key=lambda prerequisite: prerequisite.path)


def check_enrolment_allowed(user, course: CoursePage) -> None:
    """Raise EnrolmentRefused, with a message for the learner, when `user` may not enrol in `course`."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise EnrolmentRefused(_("Sign in to enrol in this course."), status=403)
    if not course.live:
        raise EnrolmentRefused(_("This course is not open for enrolment."), status=404)
    if not is_open_to(course, user):
        raise EnrolmentRefused(str(MEMBERS_ONLY_MESSAGE), status=403)
    missing = missing_prerequisites(user, course)
    if missing:
        raise EnrolmentRefused(prerequisites_message(missing), status=409)


def enrol_user(user, course: CoursePage, *, request: HttpRequest | None = None) -> Enrolment:
    """Enrol `user` in `course` once (enrolling again returns the same enrolment); refuses with a clear message."""
    existing = Enrolment.objects.filter(user=user, course=course).first() if user.is_authenticated else None
    if existing is not None:
        return existing
    check_enrolment_allowed(user, course)
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(
            user=user, course=course, defaults={"last_activity_at": timezone.now()}
        )
        if created:
            record_event("course.enrolled", actor=user, target=course, request=request)
    return enrolment


def record_lesson_visit(enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember the lesson the learner opened last, so they can resume there."""
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=timezone.now())
    enrolment.last_lesson = lesson


def check_course_page_access(
    user,
    page: LessonPage | QuizPage,
    *,
    unavailable: str,
    not_enrolled: str,
    refused: type[ActionRefused] = ActionRefused,
) -> Enrolment:
    """Return `user`'s enrolment when the rule for opening a lesson or quiz lets them work in `page` (course and page
    live, course open to them, enrolled); otherwise raise `refused` with the message for the learner."""
    access = course_page_access(page, user)
    if access.refusal == Refusal.NOT_PUBLISHED:
        raise refused(unavailable, status=404)
    if access.refusal == Refusal.MEMBERS_ONLY:
        raise refused(str(MEMBERS_ONLY_MESSAGE), status=403)
    if access.refusal is not None:
        raise refused(not_enrolled, status=403)
    return access.enrolment


def complete_lesson(user, lesson: LessonPage) -> Enrolment:
    """Mark `lesson` completed for `user` once, then complete the course if that was the last step.

    Refuses, writing nothing, unless `user` may open the lesson (see `check_course_page_access`)."""
    enrolment = check_course_page_access(
        user,
        lesson,
        unavailable=_("This lesson is not available."),
        not_enrolled=_("Enrol in this course before completing its lessons."),
    )
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
        if enrolment is None:
            raise ActionRefused(_("Enrol in this course before completing its lessons."), status=403)
        LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
        enrolment.last_lesson = lesson
        enrolment.last_activity_at = timezone.now()
        enrolment.save(update_fields=["last_lesson", "last_activity_at"])
        complete_course(enrolment)
    return enrolment


def course_requirements_met(enrolment: Enrolment) -> bool:
    """Every live lesson of the course is completed and its quiz, if any, passed."""
    course = enrolment.course
    lesson_ids = {lesson.pk for lesson in course_lessons(course)}
    quiz = course_quiz(course)
    if not lesson_ids and quiz is None:
        return False
    done = set(LessonCompletion.objects.filter(enrolment=enrolment, lesson_id__in=lesson_ids).values_list("lesson_id", flat=True))
    if done != lesson_ids:
        return False
    return quiz is None or QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz, passed=True).exists()


def complete_course(enrolment: Enrolment) -> bool:
    """Record the course as completed, with its date, exactly once; True only when this call completed it."""
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().select_related("course", "user").get(pk=enrolment.pk)
        enrolment.completed_at = locked.completed_at
        if locked.completed_at is not None or not course_requirements_met(locked):
            return False
        locked.completed_at = enrolment.completed_at = timezone.now()
        locked.save(update_fields=["completed_at"])
        record_event("course.completed", actor=locked.user, target=locked.course)
        # Course completed: whatever follows a completion (a certificate) is issued here, inside the transaction.
        from courses.services.certificates import issue_course_certificate

        issue_course_certificate(locked.user, locked.course)
    return True
