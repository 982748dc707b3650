"""The learner's actions: find the catalogue, enrol, open and complete lessons, see My learning."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import CoursePage, LessonPage, QuizPage
from courses.selectors.catalog import catalogue_index, course_quiz
from courses.selectors.dashboard import dashboard_context
from courses.selectors.learning import LessonView, Refusal, course_page_access
from courses.services.exceptions import MEMBERS_ONLY_MESSAGE, ActionRefused
from courses.services.progress import complete_lesson, enrol_user, record_lesson_visit


def refusal_response(request: HttpRequest, message: str, *, status: int, course: CoursePage | None = None) -> HttpResponse:
    """A page that says, in the learner's language, why they cannot go on, with the right HTTP status."""
    return TemplateResponse(request, "courses/refused.html", {"message": message, "course": course}, status=status)


def lesson_access_response(page: LessonPage | QuizPage, request: HttpRequest) -> HttpResponse | None:
    """None when the learner may open the lesson or quiz; otherwise the response that explains why not."""
    access = course_page_access(page, request.user)
    request.course_access = access
    if access.refusal == Refusal.NOT_PUBLISHED:
        return refusal_response(request, _("This course is not published, or is no longer available."), status=404)
    if access.refusal == Refusal.SIGN_IN:
        return redirect_to_login(request.get_full_path())
    if access.refusal == Refusal.MEMBERS_ONLY:
        return refusal_response(request, str(MEMBERS_ONLY_MESSAGE), status=403, course=access.course)
    if access.refusal == Refusal.NOT_ENROLLED:
        messages.info(request, _("Enrol in this course to open its lessons and quiz."))
        return redirect(access.course.get_url(request))
    if isinstance(page, LessonPage) and request.method == "GET":
        record_lesson_visit(access.enrolment, page)
    return None


def catalogue(request: HttpRequest) -> HttpResponse:
    """The catalogue lives on the course index page; this address always finds it."""
    index = catalogue_index()
    if index is None:
        return refusal_response(request, _("There are no courses yet."), status=404)
    url = index.get_url(request)
    if request.GET:
        url = f"{url}?{request.GET.urlencode()}"
    return redirect(url)


@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "courses/my_learning.html", dashboard_context(request))


@login_required
@require_POST
def enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage, pk=course_id)
    try:
        enrolment = enrol_user(request.user, course, request=request)
    except ActionRefused as refusal:
        if refusal.status == 409:
            messages.error(request, refusal.message)
            return redirect(course.get_url(request))
        return refusal_response(request, refusal.message, status=refusal.status, course=course)
    messages.success(request, _("You are enrolled. Start with the first lesson when you are ready."))
    overview_lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
    target = overview_lesson or course_quiz(course) or course
    if enrolment.last_lesson_id:
        target = course
    return redirect(target.get_url(request))


@login_required
@require_POST
def complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage, pk=lesson_id)
    try:
        enrolment = complete_lesson(request.user, lesson)
    except ActionRefused as refusal:
        return refusal_response(request, refusal.message, status=refusal.status)
    request.course_access = None
    view = LessonView(lesson, request)
    if enrolment.completed_at is not None:
        messages.success(request, _("You have completed this course. Well done!"))
        return redirect(view.course.get_url(request))
    messages.success(request, _("Lesson completed."))
    if view.next is not None:
        return redirect(view.next.get_url(request))
    if view.quiz is not None and not view.progress.quiz_passed:
        return redirect(view.quiz.get_url(request))
    return redirect(view.course.get_url(request))
