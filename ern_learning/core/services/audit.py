from typing import Any

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import models
from django.http import HttpRequest

from ern_learning.core.models import AuditEvent

# Keys whose values must never be stored, whatever a caller passes.
SECRET_KEYS = frozenset({"password", "password1", "password2", "token", "code", "secret", "key", "otp", "recovery_code"})


def client_ip(request: HttpRequest | None) -> str | None:
    """The client address as allauth's proxy-aware resolver sees it (forged headers are ignored)."""
    if request is None:
        return None
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):
        return None


def record_event(
    action: str,
    *,
    actor: Any = None,
    target: models.Model | None = None,
    request: HttpRequest | None = None,
    details: dict | None = None,
) -> AuditEvent:
    """Append one event to the audit log, with secrets stripped from its details."""
    clean_details = {k: v for k, v in (details or {}).items() if k.lower() not in SECRET_KEYS}
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        actor_label=getattr(actor, "email", "") if actor else "",
        target_type=target._meta.label if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:254] if target is not None else "",
        ip_address=client_ip(request),
        details=clean_details,
    )
