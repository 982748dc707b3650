"""What the platform has told people, and the secret addresses of their calendar feeds."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import MeetingPage


class SentNotification(models.Model):
    """A message that went out; its key makes sending the same message twice impossible."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=40)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting = models.ForeignKey(
        MeetingPage, verbose_name=_("meeting"), null=True, on_delete=models.SET_NULL, related_name="sent_notifications"
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("sent notification")
        verbose_name_plural = _("sent notifications")
        ordering = ["-sent_at", "-pk"]

    def __str__(self) -> str:
        return self.key


class CalendarFeedToken(models.Model):
    """The secret in a person's calendar feed address; only its SHA-256 digest is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_calendar_tokens", verbose_name=_("person")
    )
    token_hash = models.CharField(_("token digest"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed address")
        verbose_name_plural = _("calendar feed addresses")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(revoked_at__isnull=True), name="meetings_one_live_feed_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({'revoked' if self.revoked_at else 'active'})"
