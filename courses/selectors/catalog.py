"""Reads for the catalogue and course pages; heavy parts are lazy so a cached fragment costs no queries."""

import hashlib
from collections.abc import Iterable
from functools import cached_property

from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from courses.models import CourseIndexPage, CoursePage, LessonPage, QuizPage, Topic
from courses.selectors.translations import is_translated, translation_missing
from ern_learning.core.i18n import localized_field
from ern_learning.languages import LANGUAGE_CODES

PUBLIC_CACHE_VERSION_KEY = "courses:public-pages-version"
PUBLIC_CACHE_SECONDS = 600
COURSES_PER_PAGE = 12
COVER_RENDITION = "fill-640x360"


def course_lessons(course: CoursePage) -> list[LessonPage]:
    """The live lessons of a course, in the order the authors arranged them (one query)."""
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def course_quiz(course: CoursePage) -> QuizPage | None:
    """The live quiz of a course, if it has one (one query)."""
    return QuizPage.objects.live().child_of(course).order_by("path").first()


def course_of(page) -> CoursePage | None:
    """The course a lesson or quiz belongs to (one query)."""
    return CoursePage.objects.filter(path=page.path[: -page.steplen]).first()


def is_open_to(course: CoursePage, user) -> bool:
    """Whether `user` may take `course` at all: a members-only course needs an approved member of the network."""
    return not course.members_only or bool(getattr(user, "is_authenticated", False) and user.is_approved_member)


def prerequisites_message(courses: Iterable[CoursePage]) -> str:
    """The sentence naming the prerequisite courses a learner must finish first, each title in its own quotes."""
    names = "”, “".join(str(course.title) for course in courses)
    return _("Finish “%(courses)s” before you enrol in this course.") % {"courses": names}


def catalogue_index() -> CourseIndexPage | None:
    return CourseIndexPage.objects.live().order_by("path").first()


def catalogue_courses(
    index: CourseIndexPage,
    *,
    query: str = "",
    topic: Topic | None = None,
    level: str = "",
    language: str = "",
    search_language: str | None = None,
) -> QuerySet[CoursePage]:
    """Live courses of the catalogue matching the filters; the search looks at the learner's language and English."""
    courses = CoursePage.objects.live().child_of(index).select_related("topic").order_by("path")
    if topic is not None:
        courses = courses.filter(topic=topic)
    if level:
        courses = courses.filter(level=level)
    if language in LANGUAGE_CODES:
        # Portable across SQLite and PostgreSQL: the JSON list's text contains the quoted code.
        courses = courses.filter(languages__icontains=f'"{language}"')
    query = query.strip()
    if query:
        languages = {search_language or get_language() or "en", "en"} & set(LANGUAGE_CODES)
        match = Q()
        for code in languages:
            for field in ("title", "summary", "outcomes"):
                match |= Q(**{f"{localized_field(field, code)}__icontains": query})
            match |= Q(**{f"topic__{localized_field('name', code)}__icontains": query})
        courses = courses.filter(match)
    return courses.prefetch_related(
        # One query for the cover images and one for their renditions, however many courses.
        _cover_prefetch()
    )


def _cover_prefetch():
    from django.db.models import Prefetch

    return Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(COVER_RENDITION))


def public_cache_key(request: HttpRequest, *parts) -> str:
    """A key for a fragment every anonymous visitor sees alike; it changes whenever a page is published."""
    version = cache.get(PUBLIC_CACHE_VERSION_KEY)
    if version is None:
        version = "1"
        cache.add(PUBLIC_CACHE_VERSION_KEY, version, None)
    query = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()[:16]
    return ":".join(str(part) for part in (version, get_language(), query, *parts))


class CatalogueListing:
    """One page of the catalogue; nothing is queried until the template asks."""

    def __init__(self, index: CourseIndexPage, request: HttpRequest, filters: dict):
        self.index = index
        self.request = request
        self.filters = filters

    @cached_property
    def page_obj(self) -> PaginatorPage:
        paginator = Paginator(catalogue_courses(self.index, **self.filters), COURSES_PER_PAGE)
        return paginator.get_page(self.request.GET.get("page"))

    @cached_property
    def cards(self) -> list[dict]:
        from courses.selectors.progress import progress_by_course

        courses = list(self.page_obj.object_list)
        progress = progress_by_course(self.request.user, courses) if self.request.user.is_authenticated else {}
        return [
            {"course": course, "progress": progress.get(course.pk), "translated": is_translated(course, "summary")}
            for course in courses
        ]


def catalogue_context(index: CourseIndexPage, request: HttpRequest) -> dict:
    from courses.forms import CatalogueFilterForm

    form = CatalogueFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound and form.is_valid() else {}
    return {
        "filter_form": form,
        "is_filtered": bool(filters),
        "listing": CatalogueListing(index, request, filters),
        "public_cache_key": public_cache_key(request, index.pk),
        "public_cache_seconds": PUBLIC_CACHE_SECONDS,
    }


class CourseOverview:
    """What a course page shows; nothing is queried until the template asks."""

    def __init__(self, course: CoursePage, request: HttpRequest):
        self.course = course
        self.request = request
        self.user = request.user

    @cached_property
    def lessons(self) -> list[LessonPage]:
        return course_lessons(self.course)

    @cached_property
    def quiz(self) -> QuizPage | None:
        return course_quiz(self.course)

    @cached_property
    def topic(self) -> Topic | None:
        return Topic.objects.filter(pk=self.course.topic_id).first() if self.course.topic_id else None

    @cached_property
    def cover_image(self):
        if not self.course.cover_image_id:
            return None
        return get_image_model().objects.prefetch_renditions(COVER_RENDITION).filter(pk=self.course.cover_image_id).first()

    @cached_property
    def completed_course_ids(self) -> set[int]:
        from courses.selectors.progress import completed_course_ids

        return completed_course_ids(self.user)

    @cached_property
    def prerequisites(self) -> list[dict]:
        courses = sorted((course for course in self.course.prerequisites.all() if course.live), key=lambda course: course.path)
        return [{"course": course, "completed": course.pk in self.completed_course_ids} for course in courses]

    @cached_property
    def enrolment(self):
        from courses.selectors.progress import enrolment_for

        return enrolment_for(self.user, self.course)

    @cached_property
    def completed_lesson_ids(self) -> set[int]:
        from courses.selectors.progress import completed_lesson_ids

        return completed_lesson_ids(self.enrolment)

    @cached_property
    def quiz_passed(self) -> bool:
        from courses.selectors.progress import quiz_passed

        return quiz_passed(self.enrolment, self.quiz)

    @cached_property
    def outline(self) -> list[dict]:
        done = self.completed_lesson_ids
        return [{"lesson": lesson, "number": number, "done": lesson.pk in done} for number, lesson in enumerate(self.lessons, 1)]

    @cached_property
    def progress(self):
        from courses.selectors.progress import CourseProgress

        return CourseProgress(
            lessons_total=len(self.lessons),
            lessons_done=len(self.completed_lesson_ids & {lesson.pk for lesson in self.lessons}),
            has_quiz=self.quiz is not None,
            quiz_passed=self.quiz_passed,
            enrolment=self.enrolment,
        )

    @cached_property
    def resume_lesson(self) -> LessonPage | None:
        """Where the learner left off: the lesson opened last, else the first lesson not yet completed."""
        if self.enrolment is not None and self.enrolment.last_lesson_id:
            for lesson in self.lessons:
                if lesson.pk == self.enrolment.last_lesson_id and lesson.pk not in self.completed_lesson_ids:
                    return lesson
        for lesson in self.lessons:
            if lesson.pk not in self.completed_lesson_ids:
                return lesson
        return None

    @cached_property
    def missing_prerequisites(self) -> list[CoursePage]:
        return [item["course"] for item in self.prerequisites if not item["completed"]]

    @property
    def missing_prerequisites_message(self) -> str:
        return prerequisites_message(self.missing_prerequisites)

    @cached_property
    def is_open_to_user(self) -> bool:
        return is_open_to(self.course, self.user)

    @cached_property
    def can_enrol(self) -> bool:
        return self.user.is_authenticated and self.enrolment is None and self.is_open_to_user and not self.missing_prerequisites

    @property
    def translation_missing(self) -> bool:
        return translation_missing(self.course)


def course_page_context(course: CoursePage, request: HttpRequest) -> dict:
    return {
        "overview": CourseOverview(course, request),
        "public_cache_key": public_cache_key(request, course.pk, course.latest_revision_id),
        "public_cache_seconds": PUBLIC_CACHE_SECONDS,
    }
