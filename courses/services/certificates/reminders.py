"""Telling holders, once, that a certificate will soon expire."""

import datetime

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import Certificate
from courses.rendering.dates import format_certificate_date
from courses.selectors.certificates import certificate_settings, certificates_due_for_reminder
from ern_learning.core.services.mail import queue_email

from .documents import verification_url

DEFAULT_REMINDER_DAYS = 30


def _send_reminder(certificate: Certificate) -> None:
    holder = certificate.holder
    with translation.override(holder.preferred_language):
        context = {
            "certificate": certificate,
            "holder": holder,
            "verification_url": verification_url(certificate),
            "certificates_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates:mine"),
            "expires_on": format_certificate_date(certificate.expires_on, holder.preferred_language),
        }
        subject = render_to_string("courses/certificates/email/expiry_reminder_subject.txt", context).strip()
        body = render_to_string("courses/certificates/email/expiry_reminder.txt", context)
    queue_email(
        to=holder.email,
        subject=subject,
        body=body,
        idempotency_key=f"certificate:{certificate.pk}:expiry-reminder:{certificate.expires_on:%Y-%m-%d}",
    )


def send_expiry_reminders(*, today: datetime.date | None = None) -> int:
    """Queue one e-mail to each holder of a valid certificate expiring within the reminder period, once per
    certificate and expiry date; returns how many were queued (the mail service retries failed sends)."""
    today = today or timezone.localdate()
    site_settings = certificate_settings()
    days = site_settings.reminder_days if site_settings is not None else DEFAULT_REMINDER_DAYS
    sent = 0
    for certificate in certificates_due_for_reminder(today=today, within_days=days):
        with transaction.atomic():
            # Claim the reminder first: two runs at once send it once.
            claimed = Certificate.objects.filter(pk=certificate.pk, expiry_reminder_sent_at__isnull=True).update(
                expiry_reminder_sent_at=timezone.now()
            )
            if not claimed:
                continue
            _send_reminder(certificate)
        sent += 1
    return sent
