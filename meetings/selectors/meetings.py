"""Reads about meetings: which a person may see, seats left, what a meeting page shows them."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from ern_learning.accounts.models import Country, User
from meetings.models import MeetingCountryQuota, MeetingDocument, MeetingPage, Registration, RegistrationStatus

from .access import can_manage_registrations, can_view_meeting, can_view_registrations, focal_point_country
from .eligibility import registration_problem

__all__ = ["can_view_meeting", "meeting_detail", "meeting_listing", "seat_summary", "visible_meetings"]

PAST_MEETINGS_SHOWN = 12


def visible_meetings(viewer: User) -> QuerySet[MeetingPage]:
    """Published meetings the viewer may see: public ones, and members-only ones for approved members."""
    meetings = MeetingPage.objects.live().public().select_related("state")
    if not viewer.is_authenticated or not (viewer.is_approved_member or can_view_registrations(viewer)):
        meetings = meetings.filter(members_only=False)
    return meetings


def _not_cancelled(meetings: QuerySet[MeetingPage]) -> QuerySet[MeetingPage]:
    return meetings.filter(Q(state__isnull=True) | Q(state__cancelled_at__isnull=True))


def meeting_listing(viewer: User, *, index: MeetingPage | None = None, now: datetime | None = None) -> dict:
    """Upcoming meetings (soonest first) and recent past ones, each with seats taken and the viewer's registration."""
    now = now or timezone.now()
    meetings = visible_meetings(viewer).annotate(
        approved_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.APPROVED))
    )
    if index is not None:
        meetings = meetings.child_of(index)
    if viewer.is_authenticated:
        meetings = meetings.prefetch_related(
            Prefetch("registrations", queryset=Registration.objects.filter(user=viewer), to_attr="viewer_registrations")
        )
    upcoming = list(meetings.filter(end_at__gte=now).order_by("start_at", "pk"))
    past = list(meetings.filter(end_at__lt=now).order_by("-start_at", "-pk")[:PAST_MEETINGS_SHOWN])
    for meeting in upcoming + past:
        registrations = getattr(meeting, "viewer_registrations", [])
        meeting.viewer_registration = registrations[0] if registrations else None
        meeting.seats_left = max(meeting.capacity - meeting.approved_count, 0)
    return {"upcoming": upcoming, "past": past, "nominating_country": focal_point_country(viewer)}


@dataclass
class QuotaLine:
    country: str
    label: str
    seats: int
    taken: int

    @property
    def left(self) -> int:
        return max(self.seats - self.taken, 0)


@dataclass
class SeatSummary:
    capacity: int
    approved: int = 0
    pending: int = 0
    waitlisted: int = 0
    declined: int = 0
    cancelled: int = 0
    quotas: list[QuotaLine] = field(default_factory=list)
    approved_by_country: dict[str, int] = field(default_factory=dict)

    @property
    def left(self) -> int:
        return max(self.capacity - self.approved, 0)

    @property
    def is_full(self) -> bool:
        return self.approved >= self.capacity

    @property
    def percent_taken(self) -> int:
        return min(round(100 * self.approved / self.capacity), 100) if self.capacity else 100


def seat_summary(meeting: MeetingPage) -> SeatSummary:
    """Seats taken, waiting and free, overall and per country quota (two queries)."""
    summary = SeatSummary(capacity=meeting.capacity)
    by_country: Counter[str] = Counter()
    rows = Registration.objects.filter(meeting=meeting).values("status", "country").annotate(n=Count("pk")).order_by()
    for row in rows:
        setattr(summary, row["status"], getattr(summary, row["status"]) + row["n"])
        if row["status"] == RegistrationStatus.APPROVED:
            by_country[row["country"]] += row["n"]
    summary.approved_by_country = dict(by_country)
    quotas = MeetingCountryQuota.objects.filter(meeting=meeting).order_by("sort_order", "pk")
    summary.quotas = [
        QuotaLine(
            country=quota.country, label=str(Country(quota.country).label), seats=quota.seats, taken=by_country[quota.country]
        )
        for quota in quotas
    ]
    return summary


def waitlist_rank(registration: Registration) -> int | None:
    """1 for the first person on the waitlist, and so on; None when not waitlisted."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        meeting_id=registration.meeting_id,
        status=RegistrationStatus.WAITLISTED,
        waitlist_position__lt=registration.waitlist_position,
    ).count()
    return ahead + 1


def meeting_detail(meeting: MeetingPage, *, viewer: User, now: datetime | None = None) -> dict:
    """What the meeting page shows this viewer: their registration, seats, and private details if they may see them."""
    now = now or timezone.now()
    registration = None
    if viewer.is_authenticated:
        registration = Registration.objects.filter(meeting=meeting, user=viewer).first()
    is_manager = can_manage_registrations(viewer)
    is_participant = registration is not None and registration.status == RegistrationStatus.APPROVED
    can_see_private = (is_participant or is_manager) and not meeting.is_cancelled
    problem = None
    if viewer.is_authenticated and (registration is None or not registration.is_active):
        problem = registration_problem(meeting, viewer, existing=registration, now=now)
    documents = []
    if can_see_private:
        documents = list(MeetingDocument.objects.filter(meeting=meeting).select_related("document").order_by("sort_order", "pk"))
    return {
        "registration": registration,
        "waitlist_rank": waitlist_rank(registration) if registration else None,
        "seats": seat_summary(meeting),
        "can_see_private": can_see_private,
        "documents": documents,
        "registration_problem": problem,
        "can_register": viewer.is_authenticated and problem is None and (registration is None or not registration.is_active),
        "can_cancel": registration is not None and registration.is_active and now < meeting.cancellation_closes,
        "is_manager": is_manager,
        "nominating_country": focal_point_country(viewer),
        "meeting_has_started": now >= meeting.start_at,
    }


def organiser_overview(*, now: datetime | None = None) -> dict:
    """Every meeting with its seats at a glance, upcoming first (soonest first), then past ones (latest first)."""
    now = now or timezone.now()

    def count(status: str) -> Count:
        return Count("registrations", filter=Q(registrations__status=status))

    meetings = MeetingPage.objects.select_related("state").annotate(
        approved_count=count(RegistrationStatus.APPROVED),
        pending_count=count(RegistrationStatus.PENDING),
        waitlisted_count=count(RegistrationStatus.WAITLISTED),
    )
    upcoming = list(meetings.filter(end_at__gte=now).order_by("start_at", "pk"))
    past = list(meetings.filter(end_at__lt=now).order_by("-start_at", "-pk"))
    for meeting in upcoming + past:
        meeting.seats_left = max(meeting.capacity - meeting.approved_count, 0)
    return {"upcoming": upcoming, "past": past}
