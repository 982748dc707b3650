"""The core app's part of a person's data: the audit log about them and the e-mails sent to them.

See ``ern_learning.accounts.services.personal_data`` for how apps take part.
"""

from django.db.models import Q

from ern_learning.core.models import AuditEvent, OutboundEmail, OutboundEmailStatus

USER_FIELDS = {
    "core.AuditEvent.actor": "kept (the log is a security record); the name and e-mail in its labels are replaced",
}

ERASED_NOTE = "The recipient's account was erased."


def export(user) -> dict:
    events = AuditEvent.objects.filter(_events_about(user)).order_by("created_at", "pk")
    return {
        "audit_log": [
            {
                "when": event.created_at,
                "action": event.action,
                "by_you": event.actor_id == user.pk,
                # Only the address the person used themselves; not where staff acted from.
                "ip_address": event.ip_address if event.actor_id == user.pk else None,
            }
            for event in events
        ],
        "emails": [
            {"queued_at": email.created_at, "sent_at": email.sent_at, "subject": email.subject, "status": email.status}
            for email in _emails_to(user).order_by("created_at", "pk")
        ],
    }


def erase(user, *, pseudonym) -> None:
    """Replace the person's e-mail address and names in the audit log's labels, and empty the e-mails
    addressed to them (those not sent yet are cancelled)."""
    replacements = [(value, pseudonym.email) for value in (user.email, user.get_full_name(), user.native_name) if value]
    for event in AuditEvent.objects.filter(
        _events_about(user)
        | Q(actor_label__iexact=user.email)
        | Q(target_label__icontains=user.email)
        | (Q(target_label__contains=user.get_full_name()) if user.get_full_name() else Q(pk__in=[]))
    ):
        event.actor_label = _replace_all(event.actor_label, replacements)
        event.target_label = _replace_all(event.target_label, replacements)
        if isinstance(event.details, dict) and str(event.details.get("login", "")).lower() == user.email.lower():
            event.details = {**event.details, "login": pseudonym.email}
        event.save(update_fields=["actor_label", "target_label", "details"])
    for email in _emails_to(user):
        email.to = [pseudonym.email if address.lower() == user.email.lower() else address for address in email.to]
        email.body = email.html = ""
        email.attachments = []
        if email.status != OutboundEmailStatus.SENT:
            email.status = OutboundEmailStatus.CANCELLED
            email.next_attempt_at = None
            email.last_error = ERASED_NOTE
        email.save(update_fields=["to", "body", "html", "attachments", "status", "next_attempt_at", "last_error"])


def _events_about(user) -> Q:
    return Q(actor=user) | Q(target_type=user._meta.label, target_id=str(user.pk)) | Q(details__login__iexact=user.email)


def _emails_to(user):
    """E-mails with the person among their recipients (the JSON text is searched, then each list checked)."""
    address = user.email.lower()
    candidates = OutboundEmail.objects.filter(to__icontains=user.email).defer("body", "html", "attachments")
    return OutboundEmail.objects.filter(pk__in=[email.pk for email in candidates if address in (a.lower() for a in email.to)])


def _replace_all(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        text = text.replace(old, new)
    return text
