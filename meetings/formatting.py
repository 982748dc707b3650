"""Dates and times of meetings as people read them: in the meeting's zone, in their own language."""

from datetime import datetime

from babel.dates import format_date, format_interval, format_time, get_timezone_location
from django.utils.translation import get_language

from ern_learning.languages import LANGUAGE_CODES


def babel_locale(language: str | None = None) -> str:
    language = language or get_language() or "en"
    return language if language in LANGUAGE_CODES else "en"


def utc_offset(moment: datetime) -> str:
    """`UTC+07:00` for an aware datetime."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def zone_label(meeting, *, language: str | None = None, at: datetime | None = None) -> str:
    """The meeting's zone by name and offset, e.g. `Thailand Time (UTC+07:00)`."""
    moment = (at or meeting.start_at).astimezone(meeting.tz)
    try:
        name = get_timezone_location(meeting.tz, locale=babel_locale(language))
    except (LookupError, ValueError):
        name = meeting.time_zone
    return f"{name} ({utc_offset(moment)})"


def format_instant(moment: datetime, meeting, *, language: str | None = None) -> str:
    """A date and time in the meeting's zone, e.g. `Tuesday, June 9, 2026 9:00 AM`."""
    locale = babel_locale(language)
    local = moment.astimezone(meeting.tz)
    return f"{format_date(local, 'full', locale=locale)} {format_time(local, 'short', locale=locale)}"


def format_span(meeting, *, language: str | None = None) -> str:
    """When the meeting runs, in its zone: one day with start and end times, or the range of days."""
    locale = babel_locale(language)
    start, end = meeting.local_start, meeting.local_end
    if start.date() == end.date():
        times = format_interval(start.time(), end.time(), "Hm", locale=locale)
        return f"{format_date(start, 'full', locale=locale)}, {times}"
    return (
        f"{format_date(start, 'full', locale=locale)} {format_time(start, 'short', locale=locale)} – "
        f"{format_date(end, 'full', locale=locale)} {format_time(end, 'short', locale=locale)}"
    )


def format_day(day, *, language: str | None = None) -> str:
    return format_date(day, "full", locale=babel_locale(language))
