"""Test doubles for what leaves the machine: the mail server."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend

# settings.EMAIL_BACKEND for a mail server that is down.
REFUSING_BACKEND = "tests.doubles.mail.RefusingBackend"


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down: every message is refused."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
