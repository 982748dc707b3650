"""Keeping track of which language of which page was edited against which English text."""

import hashlib
import json
from typing import Any

from django.db import transaction
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Page

from courses.models import QuizPage, TranslationRecord
from courses.selectors.translations import SOURCE_LANGUAGE, translated_fields, translation_missing
from ern_learning.core.i18n import localized_field
from ern_learning.core.services.publishing import without_block_ids
from ern_learning.languages import LANGUAGE_CODES


def _text(instance: Any, field: str, language: str) -> Any:
    value = getattr(instance, localized_field(field, language), None)
    if value is None:
        return ""
    model_field = instance._meta.get_field(field)
    if isinstance(model_field, StreamField):
        return without_block_ids(list(value.raw_data))
    return value


def language_snapshot(page: Page, language: str) -> tuple[str, bool]:
    """A fingerprint of a page's text in one language, and whether every text learners read is there in it
    (the same rule as the learner's "shown in English" notice; a field empty in English needs no translation)."""
    fields = translated_fields(type(page))
    texts: dict[str, Any] = {field: _text(page, field, language) for field in fields}
    parts: list[Any] = [page]
    if isinstance(page, QuizPage):
        questions = []
        for question in page.questions.all():
            choices = list(question.choices.all())
            questions.append(
                [
                    _text(question, "text", language),
                    _text(question, "explanation", language),
                    [(_text(choice, "text", language), _text(choice, "feedback", language)) for choice in choices],
                ]
            )
            parts += [question, *choices]
        texts["questions"] = questions
    complete = not translation_missing(*parts, language=language)
    digest = hashlib.sha256(json.dumps(texts, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
    return digest, complete


def record_translation_changes(page: Page) -> list[str]:
    """Update each language's record of `page`; a language edited now is marked as translated from the current English.

    Returns the languages whose text changed since the last record.
    """
    return _write_records(page, refresh=False)


def refresh_translation_records(page: Page) -> list[str]:
    """Recompute each language's record of `page` under the current rules (after an upgrade changed what
    counts as translated or what is fingerprinted) without counting it as an edit: a language that was
    up to date with the English stays so, an outdated one stays outdated."""
    return _write_records(page, refresh=True)


def _write_records(page: Page, *, refresh: bool) -> list[str]:
    now = timezone.now()
    snapshots = {language: language_snapshot(page, language) for language in LANGUAGE_CODES}
    source_hash = snapshots[SOURCE_LANGUAGE][0]
    written = []
    with transaction.atomic():
        records = {record.language: record for record in TranslationRecord.objects.select_for_update().filter(page_id=page.pk)}
        old_source = records[SOURCE_LANGUAGE].content_hash if SOURCE_LANGUAGE in records else None
        for language, (content_hash, has_content) in snapshots.items():
            record = records.get(language)
            if record is None:
                record = TranslationRecord(page_id=page.pk, language=language, source_hash=source_hash, edited_at=now)
            elif not refresh:
                if record.content_hash == content_hash and record.has_content == has_content:
                    continue
                record.source_hash, record.edited_at = source_hash, now
            elif record.source_hash == old_source:
                record.source_hash = source_hash
            record.content_hash, record.has_content = content_hash, has_content
            record.save()
            written.append(language)
    return written


def refresh_all_translation_records() -> int:
    """`refresh_translation_records` for every page with translation records kept; returns how many pages."""
    from courses.models import TranslatedPageMixin

    count = 0
    for page in Page.objects.specific().iterator(chunk_size=200):
        if isinstance(page, TranslatedPageMixin):
            refresh_translation_records(page)
            count += 1
    return count
