"""Filters for the certificate template (a built-in library of the certificate template engine)."""

import datetime

from django import template
from django.utils.safestring import SafeData, mark_safe

from .dates import format_certificate_date
from .linebreaks import insert_line_breaks, insert_line_breaks_html

register = template.Library()


@register.filter
def line_breaks(value, language: str = ""):
    """Add ICU line-break opportunities to Khmer, Lao, Thai and Myanmar text. Plain text stays
    plain (autoescaping still applies); sanitised HTML stays safe, with only its text changed."""
    if value is None:
        return ""
    if isinstance(value, SafeData):
        return mark_safe(insert_line_breaks_html(str(value), language))
    return insert_line_breaks(str(value), language)


@register.filter
def certificate_date(value: datetime.date | None, language: str = "en") -> str:
    """A long date as written in `language` (Buddhist era for Thai)."""
    if not value:
        return ""
    return format_certificate_date(value, language or "en")
