from datetime import timedelta

import factory
from django.utils import timezone
from wagtail.models import Page

from ern_learning.accounts.models import Country
from meetings.models import (
    MeetingCountryQuota,
    MeetingIndexPage,
    MeetingKind,
    MeetingPage,
    Registration,
    RegistrationStatus,
)


class MeetingPageBaseFactory(factory.Factory):
    """Adds the page under `parent` and, unless `live=False`, publishes a revision as an editor would."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, parent: Page, live: bool = True, **kwargs):
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.live = False
            page.save(update_fields=["live"])
        return MeetingPage.objects.get(pk=page.pk) if model_class is MeetingPage else model_class.objects.get(pk=page.pk)


class MeetingIndexPageFactory(MeetingPageBaseFactory):
    class Meta:
        model = MeetingIndexPage

    title = "Meetings and training"
    slug = "events"


class MeetingPageFactory(MeetingPageBaseFactory):
    """A one-day meeting in Bangkok a month from now, 10 seats, approved at once, for members."""

    class Meta:
        model = MeetingPage

    title = factory.Sequence(lambda n: f"Coordination meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    kind = MeetingKind.COORDINATION
    summary = "Officers of the network compare cases of forced criminality in scam compounds."
    time_zone = "Asia/Bangkok"
    start_at = factory.LazyFunction(lambda: (timezone.now() + timedelta(days=30)).replace(microsecond=0))
    end_at = factory.LazyAttribute(lambda meeting: meeting.start_at + timedelta(hours=8))
    location_city = "Bangkok, Thailand"
    venue_name = "United Nations Conference Centre"
    venue_address = "Rajadamnern Nok Avenue, Bangkok 10200"
    online_url = ""
    capacity = 10
    approval_required = False
    members_only = True


def add_quota(meeting: MeetingPage, country: str, seats: int) -> MeetingCountryQuota:
    return MeetingCountryQuota.objects.create(meeting=meeting, country=country, seats=seats)


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration written straight to the database, for arranging reads; state changes go through services."""

    class Meta:
        model = Registration

    meeting = None
    user = factory.SubFactory("tests.factories.accounts.OfficerFactory")
    country = factory.LazyAttribute(lambda registration: registration.user.country if registration.user else Country.CAMBODIA)
    status = RegistrationStatus.APPROVED
    waitlist_position = factory.LazyAttribute(
        lambda registration: 1 if registration.status == RegistrationStatus.WAITLISTED else None
    )
