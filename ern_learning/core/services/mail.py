"""Outgoing e-mail: recorded first, sent in the background, retried on failure, never sent twice.

Every message has an idempotency key chosen by the caller (for example
``"meeting:12:registration:34:approved"``). Queuing the same key again returns the first record, and
delivery locks the record while it sends, so two workers, a retry and a double click all end in one
e-mail. The Message-ID is derived from the key too, so a mail server that sees the same message twice
(after a crash between sending and recording) can drop the copy.
"""

import base64
import datetime
import hashlib
import logging
from collections.abc import Iterable, Sequence
from email.utils import parseaddr
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.html import strip_tags

from ern_learning.core.models import OutboundEmail, OutboundEmailStatus

logger = logging.getLogger(__name__)

# Automatic retries after a failure (when the task backend can run work later), then staff decide.
MAX_AUTOMATIC_ATTEMPTS = 5
RETRY_DELAYS = (
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
)
# A message still queued this long after it was recorded lost its task (e.g. the process died).
STALE_AFTER = datetime.timedelta(minutes=15)
MAX_ERROR_LENGTH = 2000

Attachment = tuple[str, bytes | str, str | None]


def queue_email(
    *,
    to: str | Sequence[str],
    subject: str,
    body: str,
    html: str | None = None,
    attachments: Iterable[Attachment] | None = None,
    idempotency_key: str,
    from_email: str | None = None,
    reply_to: Sequence[str] | None = None,
    confidential: bool = False,
) -> OutboundEmail:
    """Record a message under `idempotency_key` and send it in the background once the current transaction
    commits; queuing the same key again returns the first record and sends nothing more.

    `attachments` are ``(filename, content, mimetype)`` tuples, as Django's ``EmailMessage.attach`` takes.
    A `confidential` message (a sign-in or password link) is never shown to staff, and its text is erased
    once it has been sent.
    """
    recipients = [to] if isinstance(to, str) else list(to)
    recipients = [address.strip() for address in recipients if address and address.strip()]
    if not recipients:
        raise ValueError("An e-mail needs at least one recipient.")
    key = (idempotency_key or "").strip()
    if not key or len(key) > 255:
        raise ValueError("An e-mail needs an idempotency key of 1 to 255 characters.")
    with transaction.atomic():
        email, created = OutboundEmail.objects.get_or_create(
            idempotency_key=key,
            defaults={
                "to": recipients,
                "from_email": from_email or "",
                "reply_to": list(reply_to or []),
                "subject": " ".join(str(subject).split()),
                "body": body,
                "html": html or "",
                "attachments": [_encode_attachment(*attachment) for attachment in attachments or []],
                "confidential": confidential,
            },
        )
        if created:
            transaction.on_commit(partial(_enqueue, email.pk), robust=True)
    return email


def queue_message(message: EmailMessage, *, idempotency_key: str, confidential: bool = False) -> OutboundEmail:
    """Queue a Django e-mail built elsewhere (templates, an .ics attachment) as `queue_email` would."""
    html = next((content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), None)
    body = message.body
    if message.content_subtype == "html":  # an HTML-only message: keep it as HTML, with a text version
        html, body = body, strip_tags(body)
    attachments = [attachment for attachment in message.attachments if isinstance(attachment, tuple)]
    return queue_email(
        to=message.to,
        subject=message.subject,
        body=body,
        html=html,
        attachments=attachments,
        idempotency_key=idempotency_key,
        from_email=message.from_email,
        reply_to=message.reply_to,
        confidential=confidential,
    )


def deliver_email(email_id: int) -> str:
    """Send the recorded message unless it went out already (or was cancelled); returns its status.

    The record stays locked while the mail server is talking, so a concurrent delivery of the same message
    waits and then finds it sent. A failure is recorded with the error and, while attempts remain and the
    task backend can defer work, retried later.
    """
    try:
        with transaction.atomic():
            email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
            if email is None:
                return "missing"
            if email.status in (OutboundEmailStatus.SENT, OutboundEmailStatus.CANCELLED):
                return email.status
            build_message(email).send()
            now = timezone.now()
            email.status = OutboundEmailStatus.SENT
            email.attempts += 1
            email.sent_at = email.last_attempt_at = now
            email.next_attempt_at = None
            email.last_error = ""
            fields = ["status", "attempts", "sent_at", "last_attempt_at", "next_attempt_at", "last_error"]
            if email.confidential:  # its link stays in the reader's mailbox only
                email.body, email.html, email.attachments = "", "", []
                fields += ["body", "html", "attachments"]
            email.save(update_fields=fields)
    except Exception as error:  # the mail server, the network, a bad address: all recorded, none lost
        logger.warning("E-mail %s could not be sent", email_id, exc_info=True)
        return _record_failure(email_id, error)
    return OutboundEmailStatus.SENT


def retry_email(email: OutboundEmail) -> OutboundEmail:
    """Send a failed (or stuck) message again, in the background; a message already sent stays sent."""
    with transaction.atomic():
        locked = OutboundEmail.objects.select_for_update().get(pk=email.pk)
        if locked.status in (OutboundEmailStatus.SENT, OutboundEmailStatus.CANCELLED):
            return locked
        locked.status = OutboundEmailStatus.QUEUED
        locked.next_attempt_at = None
        locked.save(update_fields=["status", "next_attempt_at"])
        transaction.on_commit(partial(_enqueue, locked.pk), robust=True)
    return locked


def retry_failed_emails(*, due_only: bool = False, now: datetime.datetime | None = None) -> int:
    """Send again every failed message and every message stuck in the queue; returns how many.

    With `due_only`, only failed messages whose automatic retry is due (for a periodic job when the task
    backend cannot defer work), plus the stuck ones.
    """
    count = 0
    for email in retryable_emails(due_only=due_only, now=now):
        retry_email(email)
        count += 1
    return count


def retryable_emails(*, due_only: bool = False, now: datetime.datetime | None = None) -> QuerySet[OutboundEmail]:
    """Failed messages (only those due, with `due_only`) and queued ones that have waited too long."""
    now = now or timezone.now()
    failed = Q(status=OutboundEmailStatus.FAILED)
    if due_only:
        failed &= Q(next_attempt_at__lte=now)
    stuck = Q(status=OutboundEmailStatus.QUEUED, created_at__lt=now - STALE_AFTER) & (
        Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lt=now - STALE_AFTER)
    )
    return OutboundEmail.objects.filter(failed | stuck).defer("body", "html", "attachments").order_by("pk")


def build_message(email: OutboundEmail) -> EmailMultiAlternatives:
    """The Django e-mail a record describes, with a Message-ID derived from its idempotency key."""
    from_email = email.from_email or settings.DEFAULT_FROM_EMAIL
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=from_email,
        to=email.to,
        reply_to=email.reply_to or None,
        headers={"Message-ID": message_id_for(email.idempotency_key, from_email=from_email)},
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    for attachment in email.attachments:
        message.attach(attachment["filename"], base64.b64decode(attachment["content"]), attachment.get("mimetype") or None)
    return message


def message_id_for(idempotency_key: str, *, from_email: str) -> str:
    domain = parseaddr(from_email)[1].rpartition("@")[2] or "localhost"
    return f"<{hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]}@{domain}>"


def _encode_attachment(filename: str, content: bytes | str, mimetype: str | None = None) -> dict:
    raw = content.encode() if isinstance(content, str) else bytes(content)
    return {"filename": filename, "mimetype": mimetype or "", "content": base64.b64encode(raw).decode("ascii")}


def _record_failure(email_id: int, error: Exception) -> str:
    now = timezone.now()
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            return "missing"
        if email.status in (OutboundEmailStatus.SENT, OutboundEmailStatus.CANCELLED):
            return email.status
        email.attempts += 1
        email.status = OutboundEmailStatus.FAILED
        email.last_attempt_at = now
        email.last_error = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
        email.next_attempt_at = None
        if email.attempts < MAX_AUTOMATIC_ATTEMPTS:
            email.next_attempt_at = now + RETRY_DELAYS[min(email.attempts, len(RETRY_DELAYS)) - 1]
        email.save(update_fields=["attempts", "status", "last_attempt_at", "last_error", "next_attempt_at"])
        if email.next_attempt_at is not None:
            transaction.on_commit(partial(_enqueue_later, email.pk, email.next_attempt_at), robust=True)
    return OutboundEmailStatus.FAILED


def _enqueue(email_id: int) -> None:
    from ern_learning.core.tasks import send_email

    send_email.enqueue(email_id)


def _enqueue_later(email_id: int, run_after: datetime.datetime) -> None:
    """Schedule the automatic retry when the backend can defer work; otherwise `retry_failed_emails --due`
    (run periodically) picks the message up."""
    from ern_learning.core.tasks import send_email

    if send_email.get_backend().supports_defer:
        send_email.using(run_after=run_after).enqueue(email_id)
