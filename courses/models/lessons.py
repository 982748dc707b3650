"""Lessons: the pages a learner reads, in the order they sit under their course."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonStreamBlock

from .translations import TranslatedPageMixin

__all__ = ["LessonPage"]


class LessonPage(TranslatedPageMixin, Page):
    """One lesson of a course; learners mark it complete when they have worked through it."""

    summary = models.TextField(
        _("summary"), max_length=400, blank=True, help_text=_("One or two sentences: what this lesson covers.")
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), default=15, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson content"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def serve(self, request, *args, **kwargs):
        from courses.views.learning import lesson_access_response

        refusal = lesson_access_response(self, request)
        if refusal is not None:
            return refusal
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors.learning import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(self, request))
        return context
