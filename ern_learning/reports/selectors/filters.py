"""The filters every report takes, and the time window they describe."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from .access import ReportScope


@dataclass(frozen=True)
class ReportFilters:
    """What a report is limited to; None means no limit. Dates are inclusive, in the site's time zone."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    course_id: int | None = None
    meeting_id: int | None = None
    country: str | None = None
    language: str | None = None

    @classmethod
    def within(cls, scope: ReportScope, **criteria) -> "ReportFilters":
        """Filters as chosen, except that a country-limited scope always fixes the country."""
        if scope.country is not None:
            criteria["country"] = scope.country
        return cls(**criteria)

    @property
    def starts_at(self) -> datetime.datetime | None:
        if self.date_from is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.date_from, datetime.time.min))

    @property
    def ends_before(self) -> datetime.datetime | None:
        """The first instant after the range (the day after `date_to`, at midnight)."""
        if self.date_to is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.date_to + datetime.timedelta(days=1), datetime.time.min))

    def instant_range(self, field: str) -> dict:
        """Lookups limiting the datetime `field` to the chosen dates."""
        lookups = {}
        if self.starts_at is not None:
            lookups[f"{field}__gte"] = self.starts_at
        if self.ends_before is not None:
            lookups[f"{field}__lt"] = self.ends_before
        return lookups
