"""The translation status of every course, lesson and quiz, language by language (two queries)."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, QuizPage, TranslationRecord, TranslationStatus
from ern_learning.languages import LANGUAGES

SOURCE_LANGUAGE = "en"
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
