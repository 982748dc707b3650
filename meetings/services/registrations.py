"""The registration workflow: register, nominate, approve, decline, waitlist, cancel, promote.

Every function that can take or free a seat locks the meeting row first (`SELECT ... FOR UPDATE`
on PostgreSQL; SQLite's IMMEDIATE transactions serialise writers), so seats are counted and taken
by one request at a time and neither the capacity nor a country quota is ever exceeded.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ern_learning.accounts.models import User
from ern_learning.core.services.audit import record_event
from meetings.errors import RegistrationError
from meetings.formatting import format_instant
from meetings.models import (
    MeetingCountryQuota,
    MeetingPage,
    Registration,
    RegistrationStatus,
    RegistrationStatusChange,
)
from meetings.selectors.access import can_manage_registrations, focal_point_country
from meetings.selectors.eligibility import registration_problem

Status = RegistrationStatus


# --- Seats -----------------------------------------------------------------------------------


def lock_meeting(meeting_id: int) -> MeetingPage:
    """The meeting, re-read and locked for the rest of the transaction."""
    return MeetingPage.objects.select_for_update(of=("self",)).select_related("state").get(pk=meeting_id)


@dataclass
class _Seats:
    capacity: int
    quotas: dict[str, int]
    taken: Counter = field(default_factory=Counter)

    @property
    def total_taken(self) -> int:
        return sum(self.taken.values())

    def has_seat_for(self, country: str) -> bool:
        if self.total_taken >= self.capacity:
            return False
        quota = self.quotas.get(country)
        return quota is None or self.taken[country] < quota

    def take(self, country: str) -> None:
        self.taken[country] += 1


def _count_seats(meeting: MeetingPage) -> _Seats:
    """Seats of a locked meeting: capacity, quotas, and approved registrations per country."""
    seats = _Seats(
        capacity=meeting.capacity,
        quotas=dict(MeetingCountryQuota.objects.filter(meeting=meeting).values_list("country", "seats")),
    )
    approved = (
        Registration.objects.filter(meeting=meeting, status=Status.APPROVED).values("country").annotate(n=Count("pk")).order_by()
    )
    for row in approved:
        seats.taken[row["country"]] = row["n"]
    return seats


def _next_waitlist_position(meeting: MeetingPage) -> int:
    highest = Registration.objects.filter(meeting=meeting).aggregate(highest=Max("waitlist_position"))["highest"]
    return (highest or 0) + 1


# --- Status changes --------------------------------------------------------------------------

NOTICE_FOR_STATUS = {
    Status.PENDING: "received",
    Status.APPROVED: "approved",
    Status.WAITLISTED: "waitlisted",
    Status.DECLINED: "declined",
    Status.CANCELLED: "cancelled",
}


def _set_status(
    registration: Registration, to: str, *, meeting: MeetingPage, by: User | None, reason: str = "", notify: bool = True
) -> Registration:
    """Move a registration to a status, saving it with its history row, audit event and notification."""
    from_status = registration.status if registration.pk else ""
    registration.status = to
    registration.waitlist_position = _next_waitlist_position(meeting) if to == Status.WAITLISTED else None
    if to != Status.APPROVED:
        registration.over_capacity = False
    if registration.pk is None:
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            raise RegistrationError(_("Already registered for this meeting."), code="already_registered")
    else:
        registration.save(
            update_fields=["status", "waitlist_position", "over_capacity", "note", "nominated_by", "country", "updated_at"]
        )
    reason = str(reason)[:500]
    change = RegistrationStatusChange.objects.create(
        registration=registration, from_status=from_status, to_status=to, changed_by=by, reason=reason
    )
    record_event(
        f"registration.{to}",
        actor=by,
        target=registration,
        details={
            "meeting": meeting.pk,
            "participant": registration.user.email,
            "from": from_status,
            "to": to,
            "reason": reason,
            "over_capacity": registration.over_capacity,
        },
    )
    if notify:
        kind = "promoted" if (from_status == Status.WAITLISTED and to == Status.APPROVED) else NOTICE_FOR_STATUS[to]
        from meetings.services.notifications import enqueue_registration_notice

        transaction.on_commit(
            partial(enqueue_registration_notice, registration_id=registration.pk, kind=kind, change_id=change.pk)
        )
    return registration


def _promote(
    meeting: MeetingPage, *, seats: _Seats | None = None, exclude: int | None = None, now: datetime | None = None
) -> list[Registration]:
    """Give free seats of a locked meeting to the waitlist, in order, skipping people whose country quota is full."""
    now = now or timezone.now()
    if meeting.is_cancelled or now >= meeting.start_at:
        return []
    seats = seats or _count_seats(meeting)
    promoted = []
    waitlist = (
        Registration.objects.filter(meeting=meeting, status=Status.WAITLISTED)
        .exclude(pk=exclude)
        .select_related("user")
        .order_by("waitlist_position", "pk")
    )
    for registration in waitlist:
        if seats.total_taken >= seats.capacity:
            break
        if not registration.user.is_active or not seats.has_seat_for(registration.country):
            continue
        _set_status(registration, Status.APPROVED, meeting=meeting, by=None, reason=_("A seat became free."))
        seats.take(registration.country)
        promoted.append(registration)
    return promoted


# --- Registering -----------------------------------------------------------------------------


def register_attendee(meeting: MeetingPage, *, user: User, note: str = "", now: datetime | None = None) -> Registration:
    """Register an approved member for a meeting: pending, approved while seats remain, or waitlisted; never twice."""
    return _register(meeting, person=user, by=user, nominated_by=None, note=note, now=now)


def nominate_attendee(
    meeting: MeetingPage, *, officer: User, by: User, note: str = "", now: datetime | None = None
) -> Registration:
    """Register an officer on behalf of their country's focal point, under the same rules as registering oneself."""
    country = focal_point_country(by)
    if country is None:
        raise PermissionDenied(_("Only country focal points can nominate officers."))
    if officer.country != country:
        raise RegistrationError(_("You can nominate only officers of your own country."), code="other_country")
    return _register(meeting, person=officer, by=by, nominated_by=by, note=note, now=now)


def _register(
    meeting: MeetingPage, *, person: User, by: User, nominated_by: User | None, note: str, now: datetime | None
) -> Registration:
    now = now or timezone.now()
    with transaction.atomic():
        meeting = lock_meeting(meeting.pk)
        existing = Registration.objects.filter(meeting=meeting, user=person).first()
        problem = registration_problem(meeting, person, existing=existing, now=now)
        if problem is not None:
            raise problem
        registration = existing or Registration(meeting=meeting, user=person)
        registration.country = person.country
        registration.note = (note or "").strip()[:500]
        registration.nominated_by = nominated_by
        registration.created_at = now if existing is None else registration.created_at
        if meeting.approval_required:
            status = Status.PENDING
        elif _count_seats(meeting).has_seat_for(person.country):
            status = Status.APPROVED
        else:
            status = Status.WAITLISTED
        reason = _("Nominated by %(name)s.") % {"name": nominated_by.display_name} if nominated_by else ""
        return _set_status(registration, status, meeting=meeting, by=by, reason=reason)


# --- Organisers' decisions -------------------------------------------------------------------


def _require_organiser(user: User) -> None:
    if not can_manage_registrations(user):
        raise PermissionDenied(_("Only meeting organisers can decide on registrations."))


def _lock_registration(registration: Registration) -> tuple[MeetingPage, Registration]:
    meeting = lock_meeting(registration.meeting_id)
    return meeting, Registration.objects.select_related("user").get(pk=registration.pk)


def approve_registration(
    registration: Registration, *, by: User, reason: str = "", override_capacity: bool = False, now: datetime | None = None
) -> Registration:
    """Give the person a seat; when none is free they join the waitlist, unless the organiser overrides the capacity."""
    _require_organiser(by)
    with transaction.atomic():
        meeting, registration = _lock_registration(registration)
        if registration.status == Status.APPROVED:
            return registration
        if registration.status == Status.CANCELLED:
            raise RegistrationError(
                _("This registration was cancelled; the person can register again if registration is open."),
                code="cancelled",
            )
        if meeting.is_cancelled:
            raise RegistrationError(_("This meeting has been cancelled."), code="meeting_cancelled")
        has_seat = _count_seats(meeting).has_seat_for(registration.country)
        if has_seat or override_capacity:
            registration.over_capacity = not has_seat
            return _set_status(registration, Status.APPROVED, meeting=meeting, by=by, reason=reason)
        if registration.status == Status.WAITLISTED:
            raise RegistrationError(
                _("No seat is free for this participant; they stay on the waitlist unless you approve over capacity."),
                code="full",
            )
        return _set_status(
            registration,
            Status.WAITLISTED,
            meeting=meeting,
            by=by,
            reason=reason or _("No seat was free: placed on the waitlist."),
        )


def decline_registration(registration: Registration, *, by: User, reason: str = "", now: datetime | None = None) -> Registration:
    """Refuse a registration; a seat it held goes to the waitlist."""
    _require_organiser(by)
    with transaction.atomic():
        meeting, registration = _lock_registration(registration)
        if registration.status == Status.DECLINED:
            return registration
        if registration.status == Status.CANCELLED:
            raise RegistrationError(_("This registration was already cancelled."), code="cancelled")
        held_seat = registration.status == Status.APPROVED
        _set_status(registration, Status.DECLINED, meeting=meeting, by=by, reason=reason)
        if held_seat:
            _promote(meeting, now=now)
        return registration


def waitlist_registration(registration: Registration, *, by: User, reason: str = "", now: datetime | None = None) -> Registration:
    """Put a registration at the end of the waitlist; a seat it held goes to the next person waiting."""
    _require_organiser(by)
    with transaction.atomic():
        meeting, registration = _lock_registration(registration)
        if registration.status == Status.WAITLISTED:
            return registration
        if registration.status == Status.CANCELLED:
            raise RegistrationError(_("This registration was already cancelled."), code="cancelled")
        held_seat = registration.status == Status.APPROVED
        _set_status(registration, Status.WAITLISTED, meeting=meeting, by=by, reason=reason)
        if held_seat:
            _promote(meeting, exclude=registration.pk, now=now)
        return registration


def cancel_registration(registration: Registration, *, by: User, reason: str = "", now: datetime | None = None) -> Registration:
    """Withdraw a registration (the person or their focal point until the deadline, organisers at any time); frees its seat."""
    now = now or timezone.now()
    with transaction.atomic():
        meeting, registration = _lock_registration(registration)
        is_organiser = can_manage_registrations(by)
        is_own_or_countrys = by.pk == registration.user_id or focal_point_country(by) == registration.country
        if not is_organiser and not is_own_or_countrys:
            raise PermissionDenied(_("You cannot cancel this registration."))
        if registration.status == Status.CANCELLED:
            return registration
        if registration.status == Status.DECLINED:
            raise RegistrationError(_("This registration was declined; there is nothing to cancel."), code="declined")
        if not is_organiser and now >= meeting.cancellation_closes:
            raise RegistrationError(
                _("Cancellation closed on %(date)s; please contact the organisers.")
                % {"date": format_instant(meeting.cancellation_closes, meeting)},
                code="cancellation_closed",
            )
        held_seat = registration.status == Status.APPROVED
        _set_status(registration, Status.CANCELLED, meeting=meeting, by=by, reason=reason)
        if held_seat:
            _promote(meeting, now=now)
        return registration


def promote_from_waitlist(meeting: MeetingPage, *, now: datetime | None = None) -> list[Registration]:
    """Fill every free seat from the waitlist, in order and within country quotas; each person promoted is told."""
    with transaction.atomic():
        return _promote(lock_meeting(meeting.pk), now=now)


# --- Several at once -------------------------------------------------------------------------


class BulkAction:
    APPROVE = "approve"
    DECLINE = "decline"
    WAITLIST = "waitlist"
    CANCEL = "cancel"


@dataclass
class BulkOutcome:
    changed: list[Registration] = field(default_factory=list)
    unchanged: list[Registration] = field(default_factory=list)
    failed: list[tuple[Registration, str]] = field(default_factory=list)


def apply_bulk_action(
    meeting: MeetingPage,
    *,
    registration_ids: list[int],
    action: str,
    by: User,
    reason: str = "",
    override_capacity: bool = False,
    now: datetime | None = None,
) -> BulkOutcome:
    """Apply one organiser decision to chosen registrations of one meeting, each in its own transaction.

    Registrations of another meeting are refused before anything changes.
    """
    _require_organiser(by)
    handlers = {
        BulkAction.APPROVE: partial(approve_registration, override_capacity=override_capacity),
        BulkAction.DECLINE: decline_registration,
        BulkAction.WAITLIST: waitlist_registration,
        BulkAction.CANCEL: cancel_registration,
    }
    if action not in handlers:
        raise RegistrationError(_("Choose what to do with the selected registrations."), code="unknown_action")
    wanted = set(registration_ids)
    if not wanted:
        raise RegistrationError(_("Select at least one registration."), code="nothing_selected")
    registrations = list(Registration.objects.filter(pk__in=wanted).select_related("user").order_by("created_at", "pk"))
    if len(registrations) != len(wanted) or any(r.meeting_id != meeting.pk for r in registrations):
        raise RegistrationError(
            _("Some of the selected registrations do not belong to this meeting; nothing was changed."), code="other_meeting"
        )
    outcome = BulkOutcome()
    for registration in registrations:
        before = registration.status
        try:
            result = handlers[action](registration, by=by, reason=reason, now=now)
        except RegistrationError as error:
            outcome.failed.append((registration, error.message))
            continue
        (outcome.changed if result.status != before else outcome.unchanged).append(result)
    return outcome
