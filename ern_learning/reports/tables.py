"""A report's tables: shown in the admin, written to CSV and XLSX from the same rows."""

import datetime
from dataclasses import dataclass, field

from django.utils.formats import date_format, number_format


class Kind:
    TEXT = "text"
    NUMBER = "number"
    PERCENT = "percent"
    DAYS = "days"
    DATE = "date"
    MONTH = "month"


NUMERIC_KINDS = {Kind.NUMBER, Kind.PERCENT, Kind.DAYS}


@dataclass
class Column:
    heading: str
    kind: str = Kind.TEXT

    @property
    def is_numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


@dataclass
class Fact:
    """One headline figure above a report's charts."""

    label: str
    value: object
    kind: str = Kind.NUMBER

    @property
    def display(self) -> str:
        return display_value(self.value, self.kind)


@dataclass
class ReportTable:
    """Rows of plain values (text, numbers, dates); None is an empty cell. `highlight` marks rows to look at."""

    key: str
    title: str
    columns: list[Column]
    rows: list[list]
    description: str = ""
    highlight: list[bool] = field(default_factory=list)
    paginate: bool = False
    empty_message: str = ""

    @property
    def display_rows(self) -> list[dict]:
        return [
            {
                "cells": [
                    (display_value(value, column.kind), column.is_numeric)
                    for value, column in zip(row, self.columns, strict=True)
                ],
                "highlight": bool(self.highlight and self.highlight[index]),
            }
            for index, row in enumerate(self.rows)
        ]

    def export_rows(self) -> list[list]:
        return [[export_value(value, column.kind) for value, column in zip(row, self.columns, strict=True)] for row in self.rows]


def display_value(value, kind: str) -> str:
    if value is None or value == "":
        return "–"
    if kind == Kind.PERCENT:
        return f"{number_format(value, decimal_pos=1)}%"
    if kind == Kind.DAYS:
        return number_format(value, decimal_pos=1)
    if kind == Kind.NUMBER:
        return number_format(value, decimal_pos=1) if isinstance(value, float) else number_format(value)
    if kind == Kind.MONTH and isinstance(value, datetime.date):
        return date_format(value, "YEAR_MONTH_FORMAT")
    if kind == Kind.DATE and isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    return str(value)


def export_value(value, kind: str):
    """The value as a spreadsheet cell: numbers stay numbers, months are YYYY-MM, text is text."""
    if value is None:
        return None
    if kind == Kind.MONTH and isinstance(value, datetime.date):
        return value.strftime("%Y-%m")
    if kind == Kind.DATE and isinstance(value, datetime.date):
        return value.isoformat()
    if kind in NUMERIC_KINDS or isinstance(value, bool):
        return value
    return str(value)
