from datetime import UTC

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from meetings.formatting import format_day, format_instant, format_span, zone_label

register = template.Library()


def _iso(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@register.simple_tag
def meeting_when(meeting):
    """When the meeting runs, in its own zone; static/js/meetings.js adds the viewer's local time."""
    return format_html(
        '<span class="meeting-when" data-start="{}" data-end="{}" data-zone="{}" data-local-label="{}">'
        '<time datetime="{}">{}</time> <span class="meeting-when__zone">{}</span></span>',
        _iso(meeting.start_at),
        _iso(meeting.end_at),
        meeting.time_zone,
        _("In your time zone"),
        _iso(meeting.start_at),
        format_span(meeting),
        zone_label(meeting),
    )


@register.simple_tag
def meeting_instant(moment, meeting):
    """A deadline or other instant, in the meeting's zone."""
    if moment is None:
        return ""
    return format_html('<time datetime="{}">{}</time>', _iso(moment), format_instant(moment, meeting))


@register.filter
def day_label(day):
    return format_day(day) if day else ""
