"""What is known about each page's translations: when each language was last edited, against which English."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ern_learning.languages import LANGUAGES

__all__ = ["TranslatedPageMixin", "TranslationRecord", "TranslationStatus"]


class TranslationStatus(models.TextChoices):
    SOURCE = "source", _("Source")
    COMPLETE = "complete", _("Complete")
    MISSING = "missing", _("Missing")
    OUTDATED = "outdated", _("Outdated")


class TranslationRecord(models.Model):
    """One language of one page: a hash of its text, and of the English it was translated from."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="translation_records"
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES)
    has_content = models.BooleanField(_("has content"), default=False)
    content_hash = models.CharField(_("content fingerprint"), max_length=64)
    source_hash = models.CharField(_("English fingerprint when last edited"), max_length=64)
    edited_at = models.DateTimeField(_("last edited"))

    class Meta:
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="courses_translation_record_unique")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.language}"


class TranslatedPageMixin:
    """Previews in each of the eight languages, and keeps translation records up to date on every revision."""

    @property
    def preview_modes(self):
        return [(code, name) for code, name in LANGUAGES]

    @property
    def default_preview_mode(self):
        return "en"

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(LANGUAGES) else "en"
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()
        return response

    def save_revision(self, *args, **kwargs):
        from courses.services.translations import record_translation_changes

        revision = super().save_revision(*args, **kwargs)
        record_translation_changes(self)
        return revision
