"""Forms validate input only; services do the work."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ern_learning.accounts.models import Country
from meetings.formatting import format_day
from meetings.models import RegistrationStatus
from meetings.services.exports import DEFAULT_COLUMNS, EXPORT_COLUMNS, ExportFormat
from meetings.services.registrations import BulkAction


class IdListField(forms.Field):
    """Several object ids posted under one name (checkboxes); not limited to a choice list on purpose,
    so that a service can explain why an id is refused."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {"invalid": _("The selection is not valid; reload the page and try again.")}

    def to_python(self, value):
        if value in (None, "", []):
            return []
        if not isinstance(value, (list, tuple)):
            value = [value]
        try:
            ids = [int(item) for item in value]
        except (TypeError, ValueError):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if any(item <= 0 for item in ids):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return ids


# --- Participants and focal points -----------------------------------------------------------


class RegistrationForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the organisers (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: dietary needs, or why this meeting matters to your unit."),
    )


class CancelRegistrationForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=500)


class OfficerChoiceField(forms.ModelMultipleChoiceField):
    """Refuses ids no database row can have before asking the database (SQLite overflows past 2**63)."""

    def _check_values(self, value):
        for pk in value:
            try:
                if not 0 < int(pk) < 2**63:
                    raise ValueError
            except (TypeError, ValueError):
                raise forms.ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk})
        return super()._check_values(value)


class NominationForm(forms.Form):
    officers = OfficerChoiceField(label=_("Officers to nominate"), queryset=None, widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("Note for the organisers (optional)"), required=False, max_length=500)

    def __init__(self, *args, officers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officers"].queryset = officers
        self.fields["officers"].label_from_instance = lambda officer: officer.display_name


class CalendarFeedForm(forms.Form):
    action = forms.ChoiceField(choices=[("create", _("Create a new address")), ("revoke", _("Turn off the feed"))])


# --- Organisers ------------------------------------------------------------------------------


def status_choices(blank_label=None):
    choices = list(RegistrationStatus.choices)
    return ([("", blank_label)] + choices) if blank_label else choices


class RegistrationFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=())
    country = forms.ChoiceField(label=_("Country or organisation"), required=False, choices=())
    agency = forms.ChoiceField(label=_("Agency"), required=False, choices=())

    def __init__(self, *args, agencies: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = status_choices(_("All statuses"))
        self.fields["country"].choices = [("", _("All countries"))] + list(Country.choices)
        self.fields["agency"].choices = [("", _("All agencies"))] + [(agency, agency) for agency in agencies]


class BulkActionForm(forms.Form):
    registrations = IdListField(label=_("Registrations"))
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            (BulkAction.APPROVE, _("Approve")),
            (BulkAction.WAITLIST, _("Move to the waitlist")),
            (BulkAction.DECLINE, _("Decline")),
            (BulkAction.CANCEL, _("Cancel")),
        ],
    )
    reason = forms.CharField(label=_("Reason (told to the participant)"), required=False, max_length=500)
    override_capacity = forms.BooleanField(label=_("Approve even when no seat is free (over capacity or quota)"), required=False)


class AttendanceForm(forms.Form):
    present = IdListField(label=_("Present"), required=False)

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["day"] = forms.TypedChoiceField(
            label=_("Day"),
            choices=[(day.isoformat(), format_day(day)) for day in meeting.days],
            coerce=date.fromisoformat,
        )


class ExportForm(forms.Form):
    columns = forms.MultipleChoiceField(
        label=_("Columns"),
        choices=[(key, label) for key, (label, _value) in EXPORT_COLUMNS.items()],
        widget=forms.CheckboxSelectMultiple,
        initial=DEFAULT_COLUMNS,
    )
    statuses = forms.MultipleChoiceField(
        label=_("Registrations with status"),
        choices=status_choices(),
        widget=forms.CheckboxSelectMultiple,
        initial=[RegistrationStatus.APPROVED],
    )
    file_format = forms.ChoiceField(
        label=_("File format"),
        choices=[(ExportFormat.XLSX, _("Excel (.xlsx)")), (ExportFormat.CSV, _("CSV (.csv)"))],
        widget=forms.RadioSelect,
        initial=ExportFormat.XLSX,
    )


class EmailParticipantsForm(forms.Form):
    statuses = forms.MultipleChoiceField(
        label=_("Send to registrations with status"),
        choices=status_choices(),
        widget=forms.CheckboxSelectMultiple,
        initial=[RegistrationStatus.APPROVED],
    )
    subject = forms.CharField(label=_("Subject"), max_length=150)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 10}))


class CancelMeetingForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, told to every registrant"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )
    confirm = forms.BooleanField(label=_("Yes, cancel this meeting and tell every registrant"))
