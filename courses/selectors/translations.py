"""What counts as translated, and the translation status of every course, lesson and quiz, language by language.

One rule serves the learner's pages (the "shown in English" notice and `lang="en"`) and the editors' status table:
a field needs a translation when its English has text a reader would see, and a language has it only when its own
text has something a reader would see too (an empty paragraph left behind in the editor is nothing).
"""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import get_language
from modeltranslation.translator import translator
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, QuizPage, TranslationRecord, TranslationStatus
from ern_learning.core.i18n import localized_field
from ern_learning.languages import LANGUAGES

SOURCE_LANGUAGE = "en"
# Page fields translated for every page type that are not the author's text.
UNTRACKED_FIELDS = frozenset({"seo_title", "search_description", "slug", "url_path"})


def translated_fields(model: type[models.Model]) -> list[str]:
    """The translated fields whose text a reader sees (a page's title first), without page plumbing such as the slug."""
    own = sorted(name for name in translator.get_options_for_model(model).fields if name not in UNTRACKED_FIELDS | {"title"})
    return ["title", *own] if issubclass(model, Page) else own


def is_filled(value: Any) -> bool:
    """Whether there is something a reader would see: text once markup is removed, or a chosen image or file.
    An empty paragraph block (what an editor leaves behind) is not a translation."""
    if isinstance(value, str):
        return bool(strip_tags(value).strip())
    if isinstance(value, dict):
        return any(is_filled(item) for key, item in value.items() if key not in ("id", "type"))
    if isinstance(value, list | tuple):
        return any(is_filled(item) for item in value)
    return value is not None and value is not False


def stored_text(instance: models.Model, field: str, language: str) -> Any:
    """What `instance` stores for `field` in `language` itself, without falling back; a stream as its raw blocks."""
    value = getattr(instance, localized_field(field, language), None)
    if hasattr(value, "raw_data"):
        return list(value.raw_data)
    return value


def is_translated(instance: models.Model, field: str, language: str | None = None) -> bool:
    """Whether a reader in `language` (the active one by default) sees `field` in their language: English always
    does, and so does every language when the English is empty; otherwise the language needs text of its own."""
    language = language or get_language() or SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE or is_filled(stored_text(instance, field, language)):
        return True
    return not is_filled(stored_text(instance, field, SOURCE_LANGUAGE))


def translation_missing(*instances: models.Model, language: str | None = None) -> bool:
    """Whether any text a reader sees of these pages, questions or choices is shown in English in `language`."""
    return any(
        not is_translated(instance, name, language) for instance in instances for name in translated_fields(type(instance))
    )


# The worst status wins when a course's pages are summed up.
SEVERITY = {
    TranslationStatus.SOURCE: 0,
    TranslationStatus.COMPLETE: 1,
    TranslationStatus.OUTDATED: 2,
    TranslationStatus.MISSING: 3,
}


def translation_status(record: TranslationRecord | None, source: TranslationRecord | None, language: str) -> str:
    """Complete, missing or outdated (the English changed after this language was last edited)."""
    if language == SOURCE_LANGUAGE:
        return TranslationStatus.SOURCE
    if record is None or not record.has_content:
        return TranslationStatus.MISSING
    if source is None or record.source_hash != source.content_hash:
        return TranslationStatus.OUTDATED
    return TranslationStatus.COMPLETE


@dataclass
class StatusCell:
    language: str
    status: str
    edited_at: object = None
    edit_url: str = ""

    @property
    def label(self) -> str:
        return TranslationStatus(self.status).label


@dataclass
class StatusRow:
    page: Page
    kind: str
    cells: list[StatusCell]
    edit_url: str


@dataclass
class CourseStatus:
    course: Page
    summary: list[StatusCell]
    rows: list[StatusRow] = field(default_factory=list)


def translation_overview() -> list[CourseStatus]:
    """For each course (drafts included): a summary cell per language and a row per course, lesson and quiz page."""
    content_types = ContentType.objects.get_for_models(CoursePage, LessonPage, QuizPage)
    kinds = {content_types[model].pk: model._meta.verbose_name for model in content_types}
    course_type = content_types[CoursePage].pk
    pages = list(Page.objects.filter(content_type_id__in=kinds).order_by("path"))
    records: dict[int, dict[str, TranslationRecord]] = {}
    for record in TranslationRecord.objects.filter(page_id__in=[page.pk for page in pages]):
        records.setdefault(record.page_id, {})[record.language] = record

    courses: list[CourseStatus] = []
    for page in pages:
        page_records = records.get(page.pk, {})
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        cells = []
        for code, _name in LANGUAGES:
            record = page_records.get(code)
            status = translation_status(record, page_records.get(SOURCE_LANGUAGE), code)
            cells.append(StatusCell(code, status, record.edited_at if record else None, edit_url))
        if page.content_type_id == course_type:
            courses.append(
                CourseStatus(course=page, summary=[StatusCell(cell.language, cell.status, None, edit_url) for cell in cells])
            )
        elif not courses or not page.path.startswith(courses[-1].course.path):
            continue
        row = StatusRow(page=page, kind=kinds[page.content_type_id], cells=cells, edit_url=edit_url)
        course = courses[-1]
        course.rows.append(row)
        for summary_cell, cell in zip(course.summary, cells, strict=True):
            if SEVERITY[cell.status] > SEVERITY[summary_cell.status]:
                summary_cell.status = cell.status
    return courses
