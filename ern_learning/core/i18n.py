"""Helpers for content stored per language by django-modeltranslation."""

from typing import Any

from django.db import models
from modeltranslation.utils import build_localized_fieldname

from ern_learning.languages import LANGUAGE_CODES


def localized_field(field: str, language: str) -> str:
    """The column holding `field` in `language` (modeltranslation spells Indonesian `_ind`)."""
    return build_localized_fieldname(field, language)


def set_translations(instance: models.Model, field: str, values: dict[str, Any]) -> None:
    """Assign one field's value in several languages; languages not given are left as they are."""
    for language, value in values.items():
        if language not in LANGUAGE_CODES:
            raise ValueError(f"Unknown language {language!r}")
        setattr(instance, localized_field(field, language), value)
