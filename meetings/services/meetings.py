"""What happens to a meeting as a whole: publishing a change of time or place, cancelling it."""

import hashlib
import json
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ern_learning.accounts.models import User
from ern_learning.core.i18n import localized_field
from ern_learning.core.services.audit import record_event
from meetings.errors import RegistrationError
from meetings.models import ACTIVE_STATUSES, MeetingPage, MeetingState, Registration, RegistrationStatus
from meetings.selectors.access import can_manage_registrations

from .notifications import notify_registrants
from .registrations import _promote, _set_status, lock_meeting


def schedule_fingerprint(meeting: MeetingPage) -> str:
    """A digest of when and where the meeting is (in its source language): it changes when participants must be told."""
    where = [getattr(meeting, localized_field(name, "en"), "") or "" for name in ("venue_name", "venue_address")]
    data = [meeting.start_at.isoformat(), meeting.end_at.isoformat(), meeting.time_zone, *where, meeting.online_url]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def sync_published_meeting(meeting: MeetingPage, *, now: datetime | None = None) -> MeetingState:
    """After a publish: tell registrants if the time or place changed (raising the calendar SEQUENCE), and fill free seats."""
    with transaction.atomic():
        meeting = lock_meeting(meeting.pk)
        state, created = MeetingState.objects.select_for_update().get_or_create(meeting=meeting)
        fingerprint = schedule_fingerprint(meeting)
        if state.schedule_fingerprint and state.schedule_fingerprint != fingerprint and not state.cancelled_at:
            state.sequence += 1
            record_event("meeting.rescheduled", target=meeting, details={"sequence": state.sequence})
            notify_registrants(meeting, kind="changed", sequence=state.sequence)
        if state.schedule_fingerprint != fingerprint:
            state.schedule_fingerprint = fingerprint
            state.save()
        meeting.state = state
        # Capacity or quotas may have grown: give the new seats to the waitlist.
        _promote(meeting, now=now)
    return state


def cancel_meeting(meeting: MeetingPage, *, by: User, reason: str = "", now: datetime | None = None) -> MeetingState:
    """Call the meeting off: every active registration is cancelled and each registrant is told, with METHOD:CANCEL."""
    if not can_manage_registrations(by):
        raise PermissionDenied(_("Only meeting organisers can cancel a meeting."))
    now = now or timezone.now()
    with transaction.atomic():
        meeting = lock_meeting(meeting.pk)
        state, _created = MeetingState.objects.select_for_update().get_or_create(meeting=meeting)
        if state.cancelled_at is not None:
            raise RegistrationError(_("This meeting has already been cancelled."), code="meeting_cancelled")
        if now >= meeting.end_at:
            raise RegistrationError(_("This meeting is over; it can no longer be cancelled."), code="meeting_over")
        state.sequence += 1
        state.cancelled_at = now
        state.cancelled_by = by
        state.cancellation_reason = (reason or "")[:500]
        if not state.schedule_fingerprint:
            state.schedule_fingerprint = schedule_fingerprint(meeting)
        state.save()
        meeting.state = state
        notified = notify_registrants(meeting, kind="cancelled", sequence=state.sequence, reason=state.cancellation_reason)
        reason_text = _("The meeting was cancelled.")
        for registration in Registration.objects.filter(meeting=meeting, status__in=ACTIVE_STATUSES).select_related("user"):
            _set_status(registration, RegistrationStatus.CANCELLED, meeting=meeting, by=by, reason=reason_text, notify=False)
        record_event(
            "meeting.cancelled", actor=by, target=meeting, details={"reason": state.cancellation_reason, "notified": notified}
        )
    return state
