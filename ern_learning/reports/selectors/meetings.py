"""The meetings report: registrations by status and country, who came, and seats used per country quota."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from meetings.models import AttendanceRecord, MeetingCountryQuota, MeetingPage, Registration, RegistrationStatus

from .figures import country_order, percent
from .filters import ReportFilters

__all__ = ["MeetingsReport", "meeting_options", "meetings_in", "meetings_report"]

STATUSES = [status for status, _label in RegistrationStatus.choices]


def meetings_in(filters: ReportFilters) -> QuerySet[MeetingPage]:
    """Meetings starting in the date range (or the one meeting chosen)."""
    meetings = MeetingPage.objects.filter(**filters.instant_range("start_at"))
    if filters.meeting_id is not None:
        meetings = meetings.filter(pk=filters.meeting_id)
    return meetings


def meeting_options() -> list[tuple[int, str]]:
    """Every meeting, latest first, as (id, title with its start date)."""
    meetings = MeetingPage.objects.only("title", "start_at", "time_zone").order_by("-start_at", "-pk")
    return [(meeting.pk, f"{meeting.title} ({meeting.local_start:%Y-%m-%d})") for meeting in meetings]


def _came() -> Exists:
    return Exists(AttendanceRecord.objects.filter(registration=OuterRef("pk"), attended=True))


@dataclass
class MeetingsReport:
    totals: dict
    by_country: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    quotas: list[dict] = field(default_factory=list)


def meetings_report(filters: ReportFilters, *, now: datetime.datetime | None = None) -> MeetingsReport:
    """Registrations per status and country with attendance; per meeting seats, registrations and attendance;
    per country quota the seats used (three queries). A focal point's filters keep only their country's
    registrations and quotas."""
    now = now or timezone.now()
    meetings = meetings_in(filters)
    registrations = Registration.objects.filter(meeting__in=meetings.values("pk"))
    if filters.country is not None:
        registrations = registrations.filter(country=filters.country)

    held = Q(meeting__start_at__lte=now)
    approved = Q(status=RegistrationStatus.APPROVED)
    country_measures = {status: Count("pk", filter=Q(status=status)) for status in STATUSES}
    country_measures |= {
        "total": Count("pk"),
        "approved_held": Count("pk", filter=approved & held),
        "attendees": Count("pk", filter=approved & Q(_came())),
    }
    by_country = list(registrations.values("country").annotate(**country_measures).order_by())
    for row in by_country:
        row["attendance_rate"] = percent(row["attendees"], row["approved_held"])
    by_country.sort(key=lambda row: country_order(row["country"]))

    totals = {key: sum(row[key] for row in by_country) for key in [*STATUSES, "total", "approved_held", "attendees"]}
    totals["attendance_rate"] = percent(totals["attendees"], totals["approved_held"])

    meeting_rows = _meeting_rows(meetings, country=filters.country, now=now)
    return MeetingsReport(
        totals=totals,
        by_country=by_country,
        meetings=meeting_rows,
        quotas=_quota_rows(meetings, country=filters.country, meeting_rows=meeting_rows),
    )


def _meeting_rows(meetings: QuerySet[MeetingPage], *, country: str | None, now: datetime.datetime) -> list[dict]:
    def registrations(condition: Q | None = None) -> Q:
        condition = condition or Q()
        if country is not None:
            condition &= Q(registrations__country=country)
        return condition

    approved = Q(registrations__status=RegistrationStatus.APPROVED)
    came = approved & Q(registrations__attendance__attended=True)
    rows = []
    annotated = (
        meetings.select_related("state")
        .only("title", "start_at", "end_at", "time_zone", "capacity", "state")
        .annotate(
            registered=Count("registrations", filter=registrations(), distinct=True),
            approved=Count("registrations", filter=registrations(approved), distinct=True),
            waitlisted=Count(
                "registrations", filter=registrations(Q(registrations__status=RegistrationStatus.WAITLISTED)), distinct=True
            ),
            attendees=Count("registrations", filter=registrations(came), distinct=True),
            days_attended=Count("registrations__attendance", filter=registrations(came)),
        )
        .order_by("-start_at", "-pk")
    )
    for meeting in annotated:
        held = meeting.start_at <= now
        possible_days = meeting.approved * len(meeting.days)
        rows.append(
            {
                "meeting_id": meeting.pk,
                "meeting": str(meeting.title),
                "start": meeting.local_start.date(),
                "held": held,
                "cancelled": meeting.is_cancelled,
                "capacity": meeting.capacity,
                "registered": meeting.registered,
                "approved": meeting.approved,
                "waitlisted": meeting.waitlisted,
                "seats_used": percent(meeting.approved, meeting.capacity),
                "attendees": meeting.attendees if held else None,
                "attendance_rate": percent(meeting.attendees, meeting.approved) if held else None,
                "days_attended": meeting.days_attended if held else None,
                "days_possible": possible_days if held else None,
                "day_rate": percent(meeting.days_attended, possible_days) if held else None,
            }
        )
    return rows


def _quota_rows(meetings: QuerySet[MeetingPage], *, country: str | None, meeting_rows: list[dict]) -> list[dict]:
    seats_taken = (
        Registration.objects.filter(meeting=OuterRef("meeting"), country=OuterRef("country"), status=RegistrationStatus.APPROVED)
        .order_by()
        .values("meeting")
        .annotate(n=Count("pk"))
        .values("n")
    )
    quotas = MeetingCountryQuota.objects.filter(meeting__in=meetings.values("pk"))
    if country is not None:
        quotas = quotas.filter(country=country)
    quotas = quotas.annotate(used=Coalesce(Subquery(seats_taken, output_field=IntegerField()), 0)).values(
        "meeting_id", "country", "seats", "used"
    )
    meetings_by_id = {row["meeting_id"]: row for row in meeting_rows}
    order = {row["meeting_id"]: position for position, row in enumerate(meeting_rows)}
    rows = [
        {
            "meeting_id": quota["meeting_id"],
            "meeting": meetings_by_id[quota["meeting_id"]]["meeting"],
            "start": meetings_by_id[quota["meeting_id"]]["start"],
            "country": quota["country"],
            "seats": quota["seats"],
            "used": quota["used"],
            "share": percent(quota["used"], quota["seats"]),
        }
        for quota in quotas
    ]
    rows.sort(key=lambda row: (order[row["meeting_id"]], country_order(row["country"])))
    return rows
