"""Keeping track of which language of which page was edited against which English text."""

import hashlib
import json
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from modeltranslation.translator import translator
from wagtail.fields import StreamField
from wagtail.models import Page

from courses.models import QuizPage, TranslationRecord
from ern_learning.core.i18n import localized_field
from ern_learning.languages import LANGUAGE_CODES

SOURCE_LANGUAGE = "en"
# Page fields translated for every page type that are not the author's text.
UNTRACKED_FIELDS = frozenset({"seo_title", "search_description", "slug", "url_path"})


def tracked_fields(model: type[Page]) -> list[str]:
    """The translated fields whose text a translator works on, title first."""
    own = [name for name in translator.get_options_for_model(model).fields if name not in UNTRACKED_FIELDS | {"title"}]
    return ["title", *sorted(own)]


def _without_ids(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def _text(instance: Any, field: str, language: str) -> Any:
    value = getattr(instance, localized_field(field, language), None)
    if value is None:
        return ""
    model_field = instance._meta.get_field(field)
    if isinstance(model_field, StreamField):
        return _without_ids(list(value.raw_data))
    return value


def _is_filled(value: Any) -> bool:
    """Whether there is something a reader would see: text once markup is removed, or a chosen image or file.
    An empty paragraph block (what an editor leaves behind) is not a translation."""
    if isinstance(value, str):
        return bool(strip_tags(value).strip())
    if isinstance(value, dict):
        return any(_is_filled(item) for key, item in value.items() if key not in ("id", "type"))
    if isinstance(value, list | tuple):
        return any(_is_filled(item) for item in value)
    return value is not None and value is not False


def language_snapshot(page: Page, language: str) -> tuple[str, bool]:
    """A fingerprint of a page's text in one language, and whether every required part of it is there."""
    fields = tracked_fields(type(page))
    texts: dict[str, Any] = {field: _text(page, field, language) for field in fields}
    complete = all(_is_filled(texts.get(field)) for field in page.required_translation_fields)
    if isinstance(page, QuizPage):
        questions = []
        for question in page.questions.all():
            choices = [
                (_text(choice, "text", language), _text(choice, "feedback", language)) for choice in question.choices.all()
            ]
            question_text = _text(question, "text", language)
            questions.append([question_text, _text(question, "explanation", language), choices])
            complete = complete and _is_filled(question_text) and all(_is_filled(text) for text, _feedback in choices)
        texts["questions"] = questions
    digest = hashlib.sha256(json.dumps(texts, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
    return digest, complete


def record_translation_changes(page: Page) -> list[str]:
    """Update each language's record of `page`; a language edited now is marked as translated from the current English.

    Returns the languages whose text changed since the last record.
    """
    now = timezone.now()
    snapshots = {language: language_snapshot(page, language) for language in LANGUAGE_CODES}
    source_hash = snapshots[SOURCE_LANGUAGE][0]
    changed = []
    with transaction.atomic():
        records = {record.language: record for record in TranslationRecord.objects.select_for_update().filter(page_id=page.pk)}
        for language, (content_hash, has_content) in snapshots.items():
            record = records.get(language)
            if record is not None and record.content_hash == content_hash and record.has_content == has_content:
                continue
            changed.append(language)
            TranslationRecord.objects.update_or_create(
                page_id=page.pk,
                language=language,
                defaults={
                    "content_hash": content_hash,
                    "source_hash": source_hash,
                    "has_content": has_content,
                    "edited_at": now,
                },
            )
    return changed
