"""Participant lists for organisers, as CSV or Excel, with the columns they choose."""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ern_learning.accounts.models import User
from ern_learning.core.services.audit import record_event
from meetings.errors import RegistrationError
from meetings.models import AttendanceRecord, MeetingPage, Registration, RegistrationStatus
from meetings.selectors.access import can_view_registrations


def _attended_days(registration: Registration) -> str:
    return ", ".join(record.date.isoformat() for record in registration.attended_records)


# Column key -> (heading, value). Headings are translated when the file is written.
EXPORT_COLUMNS: dict[str, tuple[str, Callable[[Registration], object]]] = {
    "name": (gettext_lazy("Name (Latin script)"), lambda r: r.user.latin_name),
    "native_name": (gettext_lazy("Name in own script"), lambda r: r.user.native_name),
    "email": (gettext_lazy("E-mail"), lambda r: r.user.email),
    "country": (gettext_lazy("Country or organisation"), lambda r: r.get_country_display()),
    "agency": (gettext_lazy("Agency"), lambda r: r.user.agency),
    "unit": (gettext_lazy("Unit"), lambda r: r.user.unit),
    "rank": (gettext_lazy("Rank or position"), lambda r: r.user.rank),
    "status": (gettext_lazy("Status"), lambda r: r.get_status_display()),
    "waitlist_position": (gettext_lazy("Waitlist position"), lambda r: r.waitlist_position or ""),
    "nominated_by": (gettext_lazy("Nominated by"), lambda r: r.nominated_by.latin_name if r.nominated_by else ""),
    "registered_at": (gettext_lazy("Registered at (UTC)"), lambda r: r.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")),
    "note": (gettext_lazy("Note"), lambda r: r.note),
    "days_attended": (gettext_lazy("Days attended"), _attended_days),
}
DEFAULT_COLUMNS = ["name", "native_name", "email", "country", "agency", "rank", "status"]


class ExportFormat:
    CSV = "csv"
    XLSX = "xlsx"


@dataclass
class ExportFile:
    filename: str
    content_type: str
    content: bytes


def _safe_cell(value: object) -> object:
    # A cell that starts with = + - @ would be run as a formula by spreadsheet programs.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_participants(
    meeting: MeetingPage,
    *,
    columns: list[str],
    statuses: list[str],
    file_format: str,
    by: User,
    request: HttpRequest | None = None,
) -> ExportFile:
    """The chosen columns for registrations with the chosen statuses, as CSV (UTF-8) or XLSX; the export is audited."""
    if not can_view_registrations(by):
        raise PermissionDenied(_("Only meeting organisers can export participant lists."))
    columns = [column for column in columns if column in EXPORT_COLUMNS]
    statuses = [status for status in statuses if status in RegistrationStatus.values]
    if not columns:
        raise RegistrationError(_("Choose at least one column."), code="no_columns")
    if not statuses:
        raise RegistrationError(_("Choose at least one status."), code="no_statuses")
    if file_format not in (ExportFormat.CSV, ExportFormat.XLSX):
        raise RegistrationError(_("Choose CSV or Excel."), code="unknown_format")
    registrations = list(
        Registration.objects.filter(meeting=meeting, status__in=statuses)
        .select_related("user", "nominated_by")
        .prefetch_related(
            Prefetch(
                "attendance", queryset=AttendanceRecord.objects.filter(attended=True).order_by("date"), to_attr="attended_records"
            )
        )
        .order_by("country", "user__last_name", "user__first_name", "pk")
    )
    headings = [str(EXPORT_COLUMNS[column][0]) for column in columns]
    rows = [[_safe_cell(EXPORT_COLUMNS[column][1](registration)) for column in columns] for registration in registrations]
    stem = f"participants-{slugify(meeting.slug)[:60] or meeting.pk}"
    if file_format == ExportFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headings)
        writer.writerows(rows)
        # The byte-order mark lets spreadsheet programs read Khmer, Lao and Thai names correctly.
        export = ExportFile(f"{stem}.csv", "text/csv; charset=utf-8", ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    else:
        export = ExportFile(
            f"{stem}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _xlsx(headings, rows, title=_("Participants")),
        )
    record_event(
        "participants.exported",
        actor=by,
        target=meeting,
        request=request,
        details={"format": file_format, "columns": columns, "statuses": statuses, "rows": len(rows)},
    )
    return export


def _xlsx(headings: list[str], rows: list[list[object]], *, title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(headings)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for index, heading in enumerate(headings, start=1):
        width = max([len(str(heading))] + [len(str(row[index - 1])) for row in rows]) + 2
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(width, 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
