"""Personal calendar feed addresses: created, replaced and revoked by their owner."""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from ern_learning.accounts.models import User
from ern_learning.core.services.audit import record_event
from meetings.models import CalendarFeedToken


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_calendar_feed(user: User) -> str:
    """A new secret feed token for the person (returned once, stored only as a digest); any older one stops working."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        revoked = CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
        CalendarFeedToken.objects.create(user=user, token_hash=digest(token))
        record_event("calendar_feed.created", actor=user, target=user, details={"replaced": revoked})
    return token


def revoke_calendar_feed(user: User) -> int:
    """Stop the person's feed address from working; returns how many addresses were revoked."""
    with transaction.atomic():
        revoked = CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
        if revoked:
            record_event("calendar_feed.revoked", actor=user, target=user)
    return revoked
