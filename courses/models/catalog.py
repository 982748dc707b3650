"""The catalogue: topics, the course index page and course pages."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ern_learning.languages import LANGUAGE_CODES, LANGUAGES

from .translations import TranslatedPageMixin

__all__ = ["CourseIndexPage", "CourseLevel", "CoursePage", "Topic"]


class Topic(index.Indexed, models.Model):
    """A subject area of the catalogue, such as digital evidence or financial investigations."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("Used in catalogue filter links."))
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


class CourseLevel(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(TranslatedPageMixin, Page):
    """The course catalogue, with filters and search."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors.catalog import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePageForm(WagtailAdminPageForm):
    """Shows the languages a course is offered in as checkboxes."""

    languages = forms.MultipleChoiceField(
        label=_("Languages offered"),
        choices=LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages learners can take this course in."),
    )

    def clean_languages(self):
        chosen = self.cleaned_data["languages"]
        # Keep the order of the network's language list, whatever order the browser sent.
        return [code for code in LANGUAGE_CODES if code in chosen]


class CoursePage(TranslatedPageMixin, Page):
    """A course: what it teaches, to whom, in which languages; its lessons and quiz are its children."""

    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="courses"
    )
    level = models.CharField(_("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.INTRODUCTORY)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), default=60, validators=[MinValueValidator(1), MaxValueValidator(6000)]
    )
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown in the catalogue."))
    outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One outcome per line, completing “After this course you can …”.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisite courses"),
        symmetrical=False,
        blank=True,
        related_name="required_by",
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    members_only = models.BooleanField(
        _("approved members only"), default=True, help_text=_("Only approved members of the network can enrol.")
    )
    languages = models.JSONField(_("languages offered"), default=list, blank=True)
    # Certificates (issue 4).
    certificate_template = models.ForeignKey(
        "courses.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
        help_text=_("Leave empty to use the default template from the certificate settings."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Leave empty for certificates that do not expire."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldPanel("level"),
                FieldPanel("estimated_minutes"),
                FieldPanel("languages"),
                FieldPanel("members_only"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About the course"),
        ),
        MultiFieldPanel(
            [FieldPanel("certificate_template"), FieldPanel("certificate_validity_months")], heading=_("Certificate")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("outcomes")]

    base_form_class = CoursePageForm
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def outcome_list(self) -> list[str]:
        return [line.strip() for line in (self.outcomes or "").splitlines() if line.strip()]

    @property
    def language_names(self) -> list[str]:
        names = dict(LANGUAGES)
        return [names[code] for code in self.languages if code in names]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors.catalog import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(self, request))
        return context
