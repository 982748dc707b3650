"""The Wagtail edit form of a meeting: times typed as they are where the meeting happens."""

import zoneinfo
from functools import cache
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from ern_learning.accounts.models import Country
from ern_learning.accounts.roles import Role

DEFAULT_TIME_ZONE = "Asia/Bangkok"
LOCAL_DATETIME_FIELDS = ("start_at", "end_at", "registration_opens_at", "registration_closes_at", "cancellation_deadline")


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name
        and name.split("/")[0] in {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
    )
    return [("UTC", "UTC")] + [(name, name.replace("_", " ")) for name in names]


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


class MeetingPageForm(WagtailAdminPageForm):
    time_zone = forms.ChoiceField(
        label=_("time zone"),
        choices=time_zone_choices,
        initial=DEFAULT_TIME_ZONE,
        help_text=_("Where the meeting takes place; every date and time on this page is in this zone."),
    )
    eligible_countries = forms.MultipleChoiceField(
        label=_("open to officers of"),
        choices=Country.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to open the meeting to every country."),
    )
    eligible_roles = forms.MultipleChoiceField(
        label=_("open to roles"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to open the meeting to every approved member."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Show stored instants as wall-clock times of the meeting's zone, whatever the editor's zone.
        zone = _zone(self.instance.time_zone)
        for name in LOCAL_DATETIME_FIELDS:
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None:
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone = _zone(cleaned_data.get("time_zone"))
        for name in LOCAL_DATETIME_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                # Django read the typed time in the editor's zone; keep the wall-clock time, change the zone.
                cleaned_data[name] = timezone.make_naive(value).replace(tzinfo=zone)
        self._clean_quotas(cleaned_data.get("capacity"))
        return cleaned_data

    def _clean_quotas(self, capacity: int | None) -> None:
        quotas = self.formsets.get("quotas") if hasattr(self, "formsets") else None
        if quotas is None or not quotas.is_valid():
            return
        # Two quotas for one country are refused by the formset itself (a unique constraint).
        total = 0
        for form in quotas.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if data and not data.get("DELETE"):
                total += data.get("seats") or 0
        if capacity and total > capacity:
            self.add_error(
                "capacity",
                _("The country quotas add up to %(total)s seats, more than the %(capacity)s seats of the meeting.")
                % {"total": total, "capacity": capacity},
            )
