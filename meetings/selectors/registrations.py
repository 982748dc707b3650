"""Reads about registrations, always through need to know: organisers see all, focal points their
country's, officers their own, nobody else any."""

from datetime import datetime

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from ern_learning.accounts.models import MembershipStatus, User
from ern_learning.accounts.roles import Role
from meetings.models import ACTIVE_STATUSES, MeetingPage, Registration, RegistrationStatus, RegistrationStatusChange

from .access import can_view_registrations, focal_point_country
from .meetings import _not_cancelled, visible_meetings


def registrations_visible_to(viewer: User) -> QuerySet[Registration]:
    """Every registration the viewer has a need to know about."""
    registrations = Registration.objects.select_related("meeting", "user", "nominated_by")
    if not viewer.is_authenticated or not viewer.is_active:
        return registrations.none()
    if can_view_registrations(viewer):
        return registrations
    country = focal_point_country(viewer)
    if country is not None:
        return registrations.filter(Q(country=country) | Q(user=viewer))
    return registrations.filter(user=viewer)


def registrations_of(user: User) -> QuerySet[Registration]:
    """A person's own registrations, soonest meeting first, for "My meetings"."""
    return (
        Registration.objects.filter(user=user)
        .select_related("meeting", "meeting__state", "nominated_by")
        .order_by("meeting__start_at", "pk")
    )


def my_meetings(user: User, *, now: datetime | None = None) -> dict:
    """The person's registrations split into upcoming and past meetings."""
    now = now or timezone.now()
    registrations = list(registrations_of(user))
    waitlisted = [r for r in registrations if r.status == RegistrationStatus.WAITLISTED]
    ranks = {}
    if waitlisted:
        # One query for every waitlist the person is on: how many people stand ahead of them.
        ahead = (
            Registration.objects.filter(status=RegistrationStatus.WAITLISTED, meeting_id__in=[r.meeting_id for r in waitlisted])
            .values_list("meeting_id", "waitlist_position")
            .order_by()
        )
        for registration in waitlisted:
            ranks[registration.pk] = 1 + sum(
                1
                for meeting_id, position in ahead
                if meeting_id == registration.meeting_id and position < registration.waitlist_position
            )
    for registration in registrations:
        registration.waitlist_rank = ranks.get(registration.pk)
        registration.can_cancel = registration.is_active and now < registration.meeting.cancellation_closes
    return {
        "upcoming": [r for r in registrations if r.meeting.end_at >= now],
        "past": sorted((r for r in registrations if r.meeting.end_at < now), key=lambda r: r.meeting.start_at, reverse=True),
    }


def registrations_for_organisers(
    meeting: MeetingPage, *, status: str = "", country: str = "", agency: str = "", search: str = ""
) -> QuerySet[Registration]:
    """A meeting's registrations as organisers filter and search them, with attendance days counted."""
    registrations = (
        Registration.objects.filter(meeting=meeting)
        .select_related("user", "nominated_by")
        .annotate(days_attended=Count("attendance", filter=Q(attendance__attended=True)))
    )
    if status:
        registrations = registrations.filter(status=status)
    if country:
        registrations = registrations.filter(country=country)
    if agency:
        registrations = registrations.filter(user__agency__icontains=agency)
    for term in search.split():
        registrations = registrations.filter(
            Q(user__first_name__icontains=term)
            | Q(user__last_name__icontains=term)
            | Q(user__native_name__icontains=term)
            | Q(user__email__icontains=term)
            | Q(user__agency__icontains=term)
            | Q(user__unit__icontains=term)
            | Q(note__icontains=term)
        )
    order = {s: i for i, s in enumerate(["approved", "pending", "waitlisted", "declined", "cancelled"])}
    return sorted_registrations(registrations, order)


def sorted_registrations(registrations: QuerySet[Registration], order: dict[str, int]) -> QuerySet[Registration]:
    from django.db.models import Case, IntegerField, Value, When

    return registrations.order_by(
        Case(*[When(status=s, then=Value(i)) for s, i in order.items()], output_field=IntegerField()),
        "waitlist_position",
        "created_at",
        "pk",
    )


def agencies_registered(meeting: MeetingPage) -> list[str]:
    """The agencies of a meeting's registrants, for the organisers' filter."""
    return sorted(
        {agency for agency in Registration.objects.filter(meeting=meeting).values_list("user__agency", flat=True) if agency}
    )


def registration_history(registration: Registration) -> QuerySet[RegistrationStatusChange]:
    return registration.status_changes.select_related("changed_by").order_by("changed_at", "pk")


def nomination_overview(focal_point: User, *, now: datetime | None = None) -> dict:
    """What a focal point needs: meetings open to their country, their officers' registrations, who they can nominate."""
    now = now or timezone.now()
    country = focal_point_country(focal_point)
    if country is None:
        return {"country": None, "meetings": [], "officers": []}
    meetings = (
        _not_cancelled(visible_meetings(focal_point))
        .filter(end_at__gte=now)
        .prefetch_related(
            Prefetch(
                "registrations",
                queryset=Registration.objects.filter(country=country)
                .select_related("user", "nominated_by")
                .order_by("created_at"),
                to_attr="country_registrations",
            )
        )
        .order_by("start_at", "pk")
    )
    # Eligibility is a short JSON list; filtering it here is exact on SQLite and PostgreSQL alike.
    meetings = [m for m in meetings if not m.eligible_countries or country in m.eligible_countries]
    officers = list(
        User.objects.filter(
            country=country, membership_status=MembershipStatus.APPROVED, is_active=True, groups__name=Role.OFFICER
        ).order_by("last_name", "first_name", "pk")
    )
    for meeting in meetings:
        registered = {r.user_id for r in meeting.country_registrations if r.status in ACTIVE_STATUSES or r.status == "declined"}
        meeting.nominatable = [officer for officer in officers if officer.pk not in registered]
        meeting.registration_open = (
            meeting.registration_opens_at is None or meeting.registration_opens_at <= now
        ) and now < meeting.registration_closes
    return {"country": country, "meetings": meetings, "officers": officers}
