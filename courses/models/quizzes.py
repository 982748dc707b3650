"""Quizzes: a page under a course, with questions and their choices edited inline."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from .translations import TranslatedPageMixin

__all__ = ["Choice", "Question", "QuestionKind", "QuizPage", "question_errors"]


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")


def question_errors(kind: str, correct_flags: list[bool]) -> list[str]:
    """What is wrong with a question's choices, given whether each is correct (empty when nothing is)."""
    errors = []
    if kind == QuestionKind.TRUE_FALSE and len(correct_flags) != 2:
        errors.append(_("A true-or-false question needs exactly two choices."))
    elif len(correct_flags) < 2:
        errors.append(_("A question needs at least two choices."))
    correct = sum(1 for flag in correct_flags if flag)
    if kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and correct != 1:
        errors.append(_("Mark exactly one choice as correct."))
    elif kind == QuestionKind.MULTIPLE and correct < 1:
        errors.append(_("Mark at least one choice as correct."))
    return errors


class QuizPageForm(WagtailAdminPageForm):
    """Checks each question's choices fit its kind before the quiz is saved."""

    def clean(self):
        cleaned_data = super().clean()
        questions = self.formsets["questions"]
        # Nested formsets are validated after this form; run them now to read their data (errors show either way).
        if not questions.is_valid():
            return cleaned_data
        has_errors = False
        for question_form in questions.forms:
            question = question_form.cleaned_data
            if not question or question.get("DELETE"):
                continue
            choices = [form.cleaned_data for form in question_form.formsets["choices"].forms]
            flags = [bool(choice.get("is_correct")) for choice in choices if choice and not choice.get("DELETE")]
            for error in question_errors(question.get("kind", ""), flags):
                question_form.add_error(None, error)
                has_errors = True
        if has_errors:
            self.add_error(None, _("Some questions need attention."))
        return cleaned_data


class QuizPage(TranslatedPageMixin, Page):
    """The assessment of a course. Which answers are right is only ever known to the server."""

    intro = models.TextField(_("introduction"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=3, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("pass_mark"), FieldPanel("max_attempts"), FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")],
            heading=_("Rules"),
        ),
        InlinePanel("questions", label=_("Questions"), min_num=1),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    base_form_class = QuizPageForm
    template = "courses/quiz_page.html"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve(self, request, *args, **kwargs):
        from courses.views.learning import lesson_access_response

        refusal = lesson_access_response(self, request)
        if refusal is not None:
            return refusal
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors.quizzes import quiz_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_page_context(self, request))
        return context


class Question(ClusterableModel, Orderable):
    quiz = ParentalKey(QuizPage, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=12, choices=QuestionKind.choices, default=QuestionKind.SINGLE)
    text = models.TextField(_("question"))
    explanation = models.TextField(_("explanation"), blank=True, help_text=_("Shown with the result, after submission."))

    panels = [
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("explanation"),
        InlinePanel("choices", label=_("Choices"), min_num=2),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text[:80]


class Choice(Orderable):
    question = ParentalKey(Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=400)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(
        _("feedback"), blank=True, help_text=_("Shown after submission to learners who picked this choice.")
    )

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self) -> str:
        return self.text[:80]
