"""Wagtail publishing a meeting hands over to the meetings services; no rules live here."""

from django.dispatch import receiver
from wagtail.signals import page_published

from meetings.models import MeetingPage


@receiver(page_published, sender=MeetingPage)
def meeting_published(sender, instance: MeetingPage, **kwargs) -> None:
    from meetings.services.meetings import sync_published_meeting

    sync_published_meeting(instance)
