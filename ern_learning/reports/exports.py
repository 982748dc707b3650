"""Reports as files: one table as CSV, or the whole report as an XLSX workbook with a sheet per table."""

import csv
import io
import re

from .tables import ReportTable

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_TITLE_LENGTH = 31  # Excel's limit
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def safe_cell(value):
    """Text a spreadsheet program would run as a formula (= + - @ at the start) is kept as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_bytes(table: ReportTable) -> bytes:
    """The table as UTF-8 CSV with a byte-order mark, so spreadsheet programs read Khmer, Lao and Thai."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(str(column.heading)) for column in table.columns])
    for row in table.export_rows():
        writer.writerow(["" if value is None else safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_TITLE_FORBIDDEN.sub(" ", str(title)).strip()[:SHEET_TITLE_LENGTH] or "Sheet"
    candidate, number = base, 2
    while candidate.lower() in used:
        suffix = f" ({number})"
        candidate = base[: SHEET_TITLE_LENGTH - len(suffix)] + suffix
        number += 1
    used.add(candidate.lower())
    return candidate


def xlsx_bytes(tables: list[ReportTable], *, about: list[tuple[str, str]], about_title: str) -> bytes:
    """A workbook whose first sheet says what the report covers (`about` label/value pairs), then one sheet per table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    used: set[str] = set()
    sheet = workbook.active
    sheet.title = _sheet_title(about_title, used)
    for label, value in about:
        sheet.append([safe_cell(str(label)), safe_cell(str(value))])
    for cell in sheet["A"]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 60

    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title, used))
        headings = [safe_cell(str(column.heading)) for column in table.columns]
        sheet.append(headings)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        rows = table.export_rows()
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        sheet.freeze_panes = "A2"
        for index, heading in enumerate(headings, start=1):
            width = max([len(str(heading))] + [len(str(row[index - 1] or "")) for row in rows[:500]]) + 2
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(width, 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
