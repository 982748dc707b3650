import datetime

from ern_learning.accounts.models import Country
from ern_learning.reports.selectors.filters import ReportFilters
from ern_learning.reports.selectors.meetings import meetings_report
from meetings.models import MeetingState
from tests.factories.reports import at

NOW = at(2026, 6, 1)
STATUS_COUNTS = (
    "pending",
    "approved",
    "waitlisted",
    "declined",
    "cancelled",
    "total",
    "approved_held",
    "attendees",
    "attendance_rate",
)
MEETING_FIGURES = (
    "capacity",
    "registered",
    "approved",
    "waitlisted",
    "seats_used",
    "attendees",
    "attendance_rate",
    "days_attended",
    "days_possible",
    "day_rate",
)


def counts(row: dict) -> tuple:
    return tuple(row[key] for key in STATUS_COUNTS)


def figures(row: dict) -> tuple:
    return tuple(row[key] for key in MEETING_FIGURES)


def test_meetings_registrations_by_country_and_status(known):
    report = meetings_report(ReportFilters(), now=NOW)

    assert [(row["country"], *counts(row)) for row in report.by_country] == [
        ("KH", 1, 2, 0, 1, 0, 4, 2, 2, 100.0),
        ("TH", 1, 1, 0, 0, 1, 3, 1, 0, 0.0),
        # Approved only for the meeting still to come: no attendance rate yet.
        ("VN", 0, 1, 1, 0, 0, 2, 0, 0, None),
    ]
    assert counts(report.totals) == (2, 4, 1, 1, 1, 9, 3, 2, 66.7)


def test_meetings_per_meeting_seats_and_attendance(known):
    report = meetings_report(ReportFilters(), now=NOW)

    assert [(row["meeting"], row["start"], row["held"], *figures(row)) for row in report.meetings] == [
        (
            "Digital evidence workshop",
            known.future_meeting.local_start.date(),
            False,
            5,
            2,
            1,
            0,
            20.0,
            None,
            None,
            None,
            None,
            None,
        ),
        # Two of three approved came; 3 of 6 participant-days (two days each).
        ("Inception meeting", datetime.date(2026, 1, 10), True, 10, 7, 3, 1, 30.0, 2, 66.7, 3, 6, 50.0),
    ]


def test_meetings_seats_used_per_country_quota(known):
    report = meetings_report(ReportFilters(), now=NOW)

    assert [(row["meeting"], row["country"], row["seats"], row["used"], row["share"]) for row in report.quotas] == [
        ("Inception meeting", "KH", 3, 2, 66.7),
        ("Inception meeting", "TH", 2, 1, 50.0),
    ]


def test_meetings_country_filter_keeps_only_that_countrys_registrations_and_quotas(known):
    report = meetings_report(ReportFilters(country=Country.CAMBODIA), now=NOW)

    assert [row["country"] for row in report.by_country] == ["KH"]
    assert [
        (row["meeting"], row["registered"], row["approved"], row["attendees"], row["days_possible"]) for row in report.meetings
    ] == [
        ("Digital evidence workshop", 0, 0, None, None),
        ("Inception meeting", 4, 2, 2, 4),
    ]
    assert [row["country"] for row in report.quotas] == ["KH"]


def test_meetings_meeting_filter(known):
    report = meetings_report(ReportFilters(meeting_id=known.future_meeting.pk), now=NOW)

    assert [(row["country"], row["total"]) for row in report.by_country] == [("TH", 1), ("VN", 1)]
    assert [row["meeting"] for row in report.meetings] == ["Digital evidence workshop"]
    assert report.quotas == []


def test_meetings_date_range_applies_to_the_meeting_start(known):
    report = meetings_report(ReportFilters(date_from=datetime.date(2026, 1, 1), date_to=datetime.date(2026, 1, 10)), now=NOW)

    assert [row["meeting"] for row in report.meetings] == ["Inception meeting"]
    assert report.totals["total"] == 7


def test_meetings_cancelled_meeting_is_marked(known):
    MeetingState.objects.filter(meeting=known.future_meeting).update(cancelled_at=NOW)

    report = meetings_report(ReportFilters(), now=NOW)

    assert [(row["meeting"], row["cancelled"]) for row in report.meetings] == [
        ("Digital evidence workshop", True),
        ("Inception meeting", False),
    ]
