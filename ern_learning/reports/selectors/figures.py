"""Small arithmetic shared by the reports, applied to aggregated rows (never to raw ones)."""

import datetime
import functools

from django.utils.translation import get_language

from ern_learning.accounts.models import Country
from ern_learning.languages import LANGUAGE_CODES, LANGUAGES

COUNTRY_CODES = list(Country.values)


def percent(part: int | float | None, whole: int | float | None) -> float | None:
    """`part` as a percentage of `whole`, to one decimal; None when there is no whole."""
    if not whole:
        return None
    return round(100 * (part or 0) / whole, 1)


def in_days(duration: datetime.timedelta | None) -> float | None:
    """A duration in days, to one decimal."""
    if duration is None:
        return None
    return round(duration.total_seconds() / 86400, 1)


@functools.cache
def _names(active_language: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Language and country names in the active language, translated once rather than once per row."""
    return {code: str(name) for code, name in LANGUAGES}, {code: str(name) for code, name in Country.choices}


def language_name(code: str | None) -> str:
    return _names(get_language())[0].get(code, code or "")


def country_name(code: str | None) -> str:
    return _names(get_language())[1].get(code, code or "")


def language_order(code: str) -> int:
    """The network's language order (English first), for sorting rows."""
    return LANGUAGE_CODES.index(code) if code in LANGUAGE_CODES else len(LANGUAGE_CODES)


def country_order(code: str) -> int:
    return COUNTRY_CODES.index(code) if code in COUNTRY_CODES else len(COUNTRY_CODES)
