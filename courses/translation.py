"""What is stored per language (django-modeltranslation); Page's own title is registered by wagtail-modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from .models import Choice, CourseIndexPage, CoursePage, LessonPage, Question, QuizPage, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name", "description")


@register(CourseIndexPage)
class CourseIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CoursePage)
class CoursePageTranslation(TranslationOptions):
    fields = ("summary", "outcomes")


@register(LessonPage)
class LessonPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(QuizPage)
class QuizPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "explanation")


@register(Choice)
class ChoiceTranslation(TranslationOptions):
    fields = ("text", "feedback")


# --- Certificates (issue 4) ------------------------------------------------------------------
from .models import CertificateTemplate  # noqa: E402


@register(CertificateTemplate)
class CertificateTemplateTranslation(TranslationOptions):
    fields = ("heading", "body", "signatory_title")
