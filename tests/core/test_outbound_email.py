import datetime
import io

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ern_learning.core.models import OutboundEmail, OutboundEmailStatus
from ern_learning.core.services.mail import (
    MAX_AUTOMATIC_ATTEMPTS,
    deliver_email,
    message_id_for,
    queue_email,
    queue_message,
    retry_email,
    retry_failed_emails,
)
from tests.doubles.mail import REFUSING_BACKEND

pytestmark = pytest.mark.django_db


def queue(key="registration:1:approved", **overrides):
    fields = {"to": ["officer@police.example"], "subject": "Your seat is confirmed", "body": "See you in Bangkok."}
    fields.update(overrides)
    return queue_email(idempotency_key=key, **fields)


def test_queue_email_sends_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue(html="<p>See you in Bangkok.</p>", attachments=[("meeting.ics", b"BEGIN:VCALENDAR", "text/calendar")])

    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.SENT
    assert email.attempts == 1
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["officer@police.example"]
    assert sent.subject == "Your seat is confirmed"
    assert sent.alternatives[0][0] == "<p>See you in Bangkok.</p>"
    assert sent.attachments[0][0] == "meeting.ics"
    assert sent.attachments[0][1] == "BEGIN:VCALENDAR"  # Django hands text attachments back decoded
    assert sent.extra_headers["Message-ID"] == message_id_for(email.idempotency_key, from_email=sent.from_email)


def test_queue_email_same_key_twice_sends_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = queue()
    with django_capture_on_commit_callbacks(execute=True):
        second = queue(subject="A different subject")

    assert second.pk == first.pk
    assert OutboundEmail.objects.count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Your seat is confirmed"


def test_queue_email_rolled_back_sends_nothing(django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        queue()
        raise RuntimeError("the registration failed")

    assert OutboundEmail.objects.count() == 0
    assert mail.outbox == []


def test_queue_email_without_recipient_is_refused():
    with pytest.raises(ValueError):
        queue(to=["  "])


def test_deliver_email_failure_is_recorded_for_a_later_retry(settings):
    email = queue()
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    before = timezone.now()

    status = deliver_email(email.pk)

    email.refresh_from_db()
    assert status == OutboundEmailStatus.FAILED
    assert email.status == OutboundEmailStatus.FAILED
    assert email.attempts == 1
    assert email.last_error == "SMTPServerDisconnected: Connection unexpectedly closed"
    assert before + datetime.timedelta(minutes=1) <= email.next_attempt_at <= timezone.now() + datetime.timedelta(minutes=1)
    assert mail.outbox == []


def test_deliver_email_failure_then_retry_sends_once(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()
    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.FAILED

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        retry_email(email)
    with django_capture_on_commit_callbacks(execute=True):
        retry_email(email)
    deliver_email(email.pk)

    email.refresh_from_db()
    assert email.status == OutboundEmailStatus.SENT
    assert email.attempts == 2
    assert email.last_error == ""
    assert email.next_attempt_at is None
    assert len(mail.outbox) == 1


def test_deliver_email_gives_up_retrying_after_the_last_automatic_attempt(settings):
    email = queue()
    settings.EMAIL_BACKEND = REFUSING_BACKEND

    for _attempt in range(MAX_AUTOMATIC_ATTEMPTS):
        deliver_email(email.pk)

    email.refresh_from_db()
    assert email.attempts == MAX_AUTOMATIC_ATTEMPTS
    assert email.status == OutboundEmailStatus.FAILED
    assert email.next_attempt_at is None


def test_deliver_email_cancelled_is_not_sent():
    email = queue()
    OutboundEmail.objects.filter(pk=email.pk).update(status=OutboundEmailStatus.CANCELLED)

    assert deliver_email(email.pk) == OutboundEmailStatus.CANCELLED
    assert mail.outbox == []


def test_retry_failed_emails_command_sends_failed_and_stuck_messages(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    failed = queue("failed")
    deliver_email(failed.pk)
    stuck = queue("stuck")
    OutboundEmail.objects.filter(pk=stuck.pk).update(created_at=timezone.now() - datetime.timedelta(hours=1))
    queue("fresh")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    output = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("retry_failed_emails", stdout=output)

    statuses = dict(OutboundEmail.objects.values_list("idempotency_key", "status"))
    assert statuses == {"failed": "sent", "stuck": "sent", "fresh": "queued"}
    sender = mail.outbox[0].from_email
    assert {message.extra_headers["Message-ID"] for message in mail.outbox} == {
        message_id_for("failed", from_email=sender),
        message_id_for("stuck", from_email=sender),
    }
    assert output.getvalue() == "2 e-mail(s) queued again.\n"


def test_retry_failed_emails_due_only_skips_retries_not_yet_due(settings):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    email = queue()
    deliver_email(email.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert retry_failed_emails(due_only=True) == 0
    assert retry_failed_emails(due_only=True, now=timezone.now() + datetime.timedelta(minutes=2)) == 1


def test_failed_emails_are_listed_for_administrators(client, administrator, settings):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    deliver_email(queue(subject="Registration approved for the Bangkok meeting").pk)
    client.force_login(administrator)

    response = client.get(reverse("outbound_emails:index") + "?status=failed")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Registration approved for the Bangkok meeting" in content
    assert "SMTPServerDisconnected: Connection unexpectedly closed" in content
    assert reverse("outbound_emails:retry_all") in content


def test_confidential_email_text_is_not_shown_to_administrators(client, administrator, settings):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    email = queue(
        body="Reset your password: https://learning.example/en/accounts/password/reset/key/3x-secret/", confidential=True
    )
    deliver_email(email.pk)
    plain = queue(key="registration:2:approved", body="See you in Bangkok.")
    client.force_login(administrator)

    hidden = client.get(reverse("outbound_emails:inspect", args=[email.pk])).content.decode()
    shown = client.get(reverse("outbound_emails:inspect", args=[plain.pk])).content.decode()

    assert "3x-secret" not in hidden
    assert "Not shown: it holds a personal sign-in or password link." in hidden
    assert "See you in Bangkok." in shown


def test_confidential_email_text_is_kept_until_sent_then_erased(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    email = queue(body="Your sign-in code: 482913", html="<p>Your sign-in code: 482913</p>", confidential=True)
    deliver_email(email.pk)
    email.refresh_from_db()
    kept = (email.status, email.body)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        retry_email(email)

    email.refresh_from_db()
    assert kept == (OutboundEmailStatus.FAILED, "Your sign-in code: 482913")
    assert (email.status, email.body, email.html, email.attachments) == (OutboundEmailStatus.SENT, "", "", [])
    assert mail.outbox[0].body == "Your sign-in code: 482913"


def test_outgoing_emails_are_hidden_from_other_staff(client, organizer):
    client.force_login(organizer)

    response = client.get(reverse("outbound_emails:index"))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_administrator_retries_a_failed_email_from_the_admin(client, administrator, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    email = queue()
    deliver_email(email.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.force_login(administrator)

    confirm = client.get(reverse("outbound_emails:retry", args=[email.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("outbound_emails:retry", args=[email.pk]))

    email.refresh_from_db()
    assert confirm.status_code == 200
    assert response.status_code == 302
    assert email.status == OutboundEmailStatus.SENT
    assert len(mail.outbox) == 1


def test_organizer_cannot_retry_emails(client, organizer, settings):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    email = queue()
    deliver_email(email.pk)
    client.force_login(organizer)

    response = client.post(reverse("outbound_emails:retry", args=[email.pk]))

    email.refresh_from_db()
    assert response.status_code in (302, 403)
    assert email.status == OutboundEmailStatus.FAILED


def test_outgoing_emails_cannot_be_edited_in_the_admin(client, administrator):
    email = queue()
    administrator.is_superuser = True
    administrator.save()
    client.force_login(administrator)

    response = client.post(reverse("outbound_emails:edit", args=[email.pk]), {"subject": "forged"})

    email.refresh_from_db()
    assert response.status_code in (302, 403)
    assert email.subject == "Your seat is confirmed"


def test_outgoing_email_list_query_count_stays_flat(client, administrator, settings, django_assert_num_queries):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    client.force_login(administrator)
    url = reverse("outbound_emails:index")
    deliver_email(queue("first").pk)
    client.get(url)  # warm up: session, permissions, admin menu
    with CaptureQueriesContext(connection) as one:
        client.get(url)

    for n in range(9):
        deliver_email(queue(f"more-{n}").pk)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)

    assert response.content.decode().count("SMTPServerDisconnected: Connection unexpectedly closed") == 10


def test_deliver_email_failure_schedules_the_retry_on_a_worker_backend(settings, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    with django_capture_on_commit_callbacks(execute=True):
        email = queue()
    queued = DBTaskResult.objects.get()
    DBTaskResult.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        deliver_email(email.pk)

    email.refresh_from_db()
    retry = DBTaskResult.objects.get()
    assert queued.task_path == retry.task_path == "ern_learning.core.tasks.send_email"
    assert retry.args_kwargs == {"args": [email.pk], "kwargs": {}}
    assert retry.run_after == email.next_attempt_at
    assert mail.outbox == []


def test_queue_message_keeps_an_html_only_message_as_html_with_a_text_version():
    message = EmailMessage("Notice", "<p>Your seat is <b>confirmed</b>.</p>", to=["officer@police.example"])
    message.content_subtype = "html"

    email = queue_message(message, idempotency_key="notice:html-only")

    assert (email.html, email.body) == ("<p>Your seat is <b>confirmed</b>.</p>", "Your seat is confirmed.")
