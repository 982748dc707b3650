"""Dates as an officer of each country writes them on an official document."""

import calendar
import datetime
import threading

# Thai official documents count years in the Buddhist era and name it: "22 เมษายน พ.ศ. 2569".
ICU_LOCALES = {"th": "th_TH@calendar=buddhist"}
ICU_SKELETONS = {"th": "GyMMMMd"}

_local = threading.local()


def _formatter(language: str):
    cache = _local.__dict__.setdefault("formatters", {})
    if language not in cache:
        import icu

        locale = icu.Locale(ICU_LOCALES.get(language, language))
        if language in ICU_SKELETONS:
            pattern = icu.DateTimePatternGenerator.createInstance(locale).getBestPattern(ICU_SKELETONS[language])
            formatter = icu.SimpleDateFormat(pattern, locale)
        else:
            formatter = icu.DateFormat.createDateInstance(icu.DateFormat.LONG, locale)
        formatter.setTimeZone(icu.TimeZone.getGMT())
        cache[language] = formatter
    return cache[language]


def format_certificate_date(value: datetime.date, language: str) -> str:
    """`value` as a long date in `language` (ICU CLDR data), Buddhist era for Thai."""
    # PyICU takes a UDate in seconds; midnight UTC formatted in UTC is the calendar date itself.
    seconds = float(calendar.timegm(value.timetuple()[:3] + (0, 0, 0)))
    return _formatter(language).format(seconds)
