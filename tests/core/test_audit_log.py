import json

import pytest
from django.urls import reverse

from ern_learning.core.models import AuditEvent
from ern_learning.core.services.audit import record_event

pytestmark = pytest.mark.django_db


def test_login_is_recorded_with_address(client, home_page, officer):
    client.post(
        reverse("account_login"), {"login": officer.email, "password": "correct-horse-battery"}, REMOTE_ADDR="203.0.113.7"
    )

    event = AuditEvent.objects.get(action="auth.login")
    assert event.actor == officer
    assert event.ip_address == "203.0.113.7"


def test_failed_login_is_recorded_without_the_password(client, home_page, officer):
    client.post(reverse("account_login"), {"login": officer.email, "password": "S3cret-guess!"})

    event = AuditEvent.objects.get(action="auth.login_failed")
    assert event.details == {"login": officer.email}
    assert "S3cret-guess!" not in json.dumps(event.details)


def test_record_event_drops_secret_keys():
    event = record_event("test.secret", details={"password": "x", "token": "y", "code": "123456", "reason": "ok"})

    assert event.details == {"reason": "ok"}


def test_audit_log_is_visible_to_administrators(client, administrator):
    record_event("test.visible", actor=administrator)
    client.force_login(administrator)

    response = client.get(reverse("audit_log:index"))

    assert response.status_code == 200
    assert "test.visible" in response.content.decode()


def test_audit_log_is_hidden_from_other_staff(client, organizer):
    client.force_login(organizer)

    response = client.get(reverse("audit_log:index"))

    assert response.status_code == 302  # Wagtail sends users without permission back to the dashboard


def test_audit_log_cannot_be_edited_even_by_superusers(client, administrator):
    administrator.is_superuser = True
    administrator.save()
    event = record_event("test.immutable", actor=administrator)
    client.force_login(administrator)

    response = client.post(reverse("audit_log:edit", args=[event.pk]), {"action": "forged"})

    event.refresh_from_db()
    assert response.status_code in (302, 403)
    assert event.action == "test.immutable"


def test_audit_log_exports_csv(client, administrator):
    record_event("test.export", actor=administrator, details={"reason": "exported"})
    client.force_login(administrator)

    response = client.get(reverse("audit_log:index") + "?export=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "test.export" in body
