"""Helpers for content stored per language by django-modeltranslation."""

from typing import Any
from urllib.parse import urlsplit

from django.db import models
from django.urls import translate_url
from django.utils import translation
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


def translate_local_url(url: str, language: str) -> str:
    """`url` (a path on this site, e.g. `/km/courses/`) as the same page in `language`.

    Django's translate_url only recognises URLs in the active language; a page's language is the
    one in its path, whatever the cookie, profile or browser says."""
    path_language = translation.get_language_from_path(urlsplit(url).path)
    with translation.override(path_language or translation.get_language()):
        return translate_url(url, language)
