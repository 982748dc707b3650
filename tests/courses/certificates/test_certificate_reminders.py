import datetime

import pytest
from django.core import mail

from courses.models import Certificate
from courses.services.certificates import reissue_certificate, revoke_certificate, send_expiry_reminders

TODAY = datetime.date(2027, 4, 1)


def set_expiry(certificate: Certificate, expires_on: datetime.date) -> None:
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=expires_on)


def test_send_expiry_reminders_mails_holder_once_in_their_language(issued, khmer_officer, django_capture_on_commit_callbacks):
    set_expiry(issued, datetime.date(2027, 4, 20))

    with django_capture_on_commit_callbacks(execute=True):
        sent = send_expiry_reminders(today=TODAY)
    with django_capture_on_commit_callbacks(execute=True):
        sent_again = send_expiry_reminders(today=TODAY)

    issued.refresh_from_db()
    assert (sent, sent_again) == (1, 0)
    assert issued.expiry_reminder_sent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [khmer_officer.email]
    assert issued.display_code in mail.outbox[0].body
    assert "20 មេសា 2027" in mail.outbox[0].body
    assert f"http://testserver/km/certificates/verify/{issued.display_code}/" in mail.outbox[0].body


@pytest.mark.parametrize(
    "expires_on",
    [datetime.date(2027, 3, 31), datetime.date(2027, 5, 2), None],
    ids=["already-expired", "beyond-30-days", "never"],
)
def test_send_expiry_reminders_skips_certificates_not_due(issued, expires_on):
    set_expiry(issued, expires_on)

    assert send_expiry_reminders(today=TODAY) == 0


def test_send_expiry_reminders_skips_revoked(issued, administrator):
    set_expiry(issued, datetime.date(2027, 4, 20))
    revoke_certificate(issued, by=administrator, reason="Duplicate.")

    assert send_expiry_reminders(today=TODAY) == 0


def test_send_expiry_reminders_after_reissue_does_not_remind_again(issued, administrator, django_capture_on_commit_callbacks):
    set_expiry(issued, datetime.date(2027, 4, 20))
    with django_capture_on_commit_callbacks(execute=True):
        send_expiry_reminders(today=TODAY)
    reissue_certificate(issued, by=administrator)

    with django_capture_on_commit_callbacks(execute=True):
        sent_again = send_expiry_reminders(today=TODAY)

    assert sent_again == 0
    assert len(mail.outbox) == 1


def test_send_expiry_reminders_for_certificate_reinstated_by_reissue_reminds_when_due(issued, administrator):
    set_expiry(issued, datetime.date(2027, 4, 20))
    revoke_certificate(issued, by=administrator, reason="Duplicate.")
    reissue_certificate(issued, by=administrator)

    assert send_expiry_reminders(today=TODAY) == 1
