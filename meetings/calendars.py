"""iCalendar (RFC 5545) data for meetings: e-mail invitations, cancellations and personal feeds.

Times carry the meeting's own TZID with a matching VTIMEZONE, so calendars show the right instant
wherever the participant is. A meeting keeps one UID for life; every change raises its SEQUENCE.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime
from email.utils import parseaddr
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from meetings.models import MeetingPage

PRODID = "-//UNODC Emergency Response Network//ERN Learning meetings//EN"


def meeting_uid(meeting: MeetingPage) -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "ern-learning"
    return f"meeting-{meeting.pk}@{host}"


def _organizer():
    from icalendar import vCalAddress

    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{address or 'no-reply@ern-learning.example'}")
    organizer.params["cn"] = name or "ERN Learning"
    return organizer


def _description(meeting: MeetingPage, *, private: bool) -> str:
    parts = [meeting.summary]
    if private and meeting.online_url:
        parts.append(_("Join online: %(url)s") % {"url": meeting.online_url})
        if meeting.online_instructions:
            parts.append(meeting.online_instructions)
    url = meeting.get_full_url()
    if url:
        parts.append(_("Details: %(url)s") % {"url": url})
    return "\n\n".join(part for part in parts if part)


def _location(meeting: MeetingPage, *, private: bool) -> str:
    if not private:
        return meeting.location_city
    place = ", ".join(part for part in [meeting.venue_name, meeting.venue_address.replace("\n", ", ")] if part)
    if meeting.location_city and meeting.location_city not in place:
        place = ", ".join(part for part in [place, meeting.location_city] if part)
    if meeting.online_url:
        place = " / ".join(part for part in [place, meeting.online_url] if part)
    return place


def meeting_event(
    meeting: MeetingPage,
    *,
    sequence: int,
    cancelled: bool = False,
    private: bool = True,
    attendee=None,
    stamp: datetime | None = None,
):
    """One VEVENT for the meeting in the active language; `private` adds venue and link (approved participants only)."""
    from icalendar import Event, vCalAddress

    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", (stamp or timezone.now()).astimezone(UTC))
    event.add("dtstart", meeting.local_start)
    event.add("dtend", meeting.local_end)
    event.add("sequence", sequence)
    event.add("summary", meeting.title)
    event.add("description", _description(meeting, private=private))
    location = _location(meeting, private=private)
    if location:
        event.add("location", location)
    url = meeting.get_full_url()
    if url:
        event.add("url", url)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("organizer", _organizer())
    if attendee is not None:
        address = vCalAddress(f"mailto:{attendee.email}")
        address.params["cn"] = attendee.latin_name
        address.params["role"] = "REQ-PARTICIPANT"
        address.params["partstat"] = "DECLINED" if cancelled else "ACCEPTED"
        event.add("attendee", address)
    return event


@lru_cache(maxsize=64)
def _vtimezone(tzid: str, first_year: int, last_year: int) -> bytes:
    """A VTIMEZONE with the zone's rules for those years; building one is slow, so each is built once per process."""
    from icalendar import Timezone

    return Timezone.from_tzid(tzid, first_date=date(first_year, 1, 1), last_date=date(last_year, 1, 1)).to_ical()


def _calendar(events: list, *, method: str | None, name: str | None = None) -> bytes:
    from icalendar import Calendar, Timezone

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    zones: dict[str, list[int]] = {}
    for event in events:
        tzid = event["dtstart"].params.get("TZID")
        if tzid:
            zones.setdefault(tzid, []).append(event.decoded("dtstart").year)
    # Rules for the years the events need (one year either side), before the events that refer to them.
    for tzid, years in sorted(zones.items()):
        calendar.add_component(Timezone.from_ical(_vtimezone(tzid, min(years) - 1, max(years) + 2)))
    for event in events:
        calendar.add_component(event)
    return calendar.to_ical()


def invitation(meeting: MeetingPage, *, attendee, sequence: int | None = None) -> bytes:
    """METHOD:REQUEST with the participant as attendee: adds or updates the meeting in their calendar."""
    sequence = meeting.calendar_sequence if sequence is None else sequence
    return _calendar([meeting_event(meeting, sequence=sequence, attendee=attendee)], method="REQUEST")


def cancellation(meeting: MeetingPage, *, attendee, sequence: int | None = None) -> bytes:
    """METHOD:CANCEL with a higher SEQUENCE: removes the meeting from the participant's calendar."""
    sequence = meeting.calendar_sequence if sequence is None else sequence
    return _calendar([meeting_event(meeting, sequence=sequence, cancelled=True, attendee=attendee)], method="CANCEL")


def single_event(meeting: MeetingPage) -> bytes:
    """A plain calendar file to download and import (METHOD:PUBLISH)."""
    return _calendar([meeting_event(meeting, sequence=meeting.calendar_sequence)], method="PUBLISH")


def personal_feed(user, meetings: Iterable[MeetingPage]) -> bytes:
    """A subscribed calendar of the person's approved meetings, in their preferred language."""
    with translation.override(user.preferred_language):
        events = [meeting_event(meeting, sequence=meeting.calendar_sequence) for meeting in meetings]
        return _calendar(events, method="PUBLISH", name=_("ERN meetings"))
