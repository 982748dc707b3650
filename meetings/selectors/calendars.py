"""Reads for calendar feeds."""

from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from ern_learning.accounts.models import User
from meetings.models import CalendarFeedToken, MeetingPage, RegistrationStatus
from meetings.services.calendars import digest

# Past meetings stay in the feed for a while, so a calendar keeps recent history.
FEED_PAST_DAYS = 90


def calendar_feed_owner(token: str) -> User | None:
    """The active person whose live feed token this is, or None."""
    if not token or len(token) > 100:
        return None
    feed = (
        CalendarFeedToken.objects.select_related("user")
        .filter(token_hash=digest(token), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    return feed.user if feed else None


def active_calendar_feed(user: User) -> CalendarFeedToken | None:
    return CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).first()


def feed_meetings(user: User, *, now: datetime | None = None) -> QuerySet[MeetingPage]:
    """The person's approved meetings, recent and upcoming, not cancelled."""
    now = now or timezone.now()
    return (
        MeetingPage.objects.live()
        .filter(
            registrations__user=user,
            registrations__status=RegistrationStatus.APPROVED,
            end_at__gte=now - timedelta(days=FEED_PAST_DAYS),
        )
        .filter(Q(state__isnull=True) | Q(state__cancelled_at__isnull=True))
        .select_related("state")
        .order_by("start_at", "pk")
    )
