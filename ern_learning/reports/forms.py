"""The filters above each report. A focal point's country is fixed, so they get no country field."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ern_learning.accounts.models import Country
from ern_learning.languages import LANGUAGES

from .selectors.access import ReportScope


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class ReportFilterForm(forms.Form):
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput)
    date_to = forms.DateField(label=_("To"), required=False, widget=DateInput)
    country = forms.ChoiceField(
        label=_("Country or organisation"), required=False, choices=[("", _("All countries"))] + list(Country.choices)
    )

    # What the date range applies to, in each report's own words.
    date_labels = (_("From"), _("To"))

    def __init__(self, *args, scope: ReportScope, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date_from"].label, self.fields["date_to"].label = self.date_labels
        if scope.is_country:
            del self.fields["country"]

    def clean(self):
        cleaned_data = super().clean()
        date_from, date_to = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date must be on or after the start date."))
        return cleaned_data

    def criteria(self) -> dict:
        """The chosen filters, as ReportFilters arguments."""
        data = self.cleaned_data if self.is_bound else {}
        return {"date_from": data.get("date_from"), "date_to": data.get("date_to"), "country": data.get("country") or None}


class CourseFilterForm(ReportFilterForm):
    date_labels = (_("Enrolled from"), _("Enrolled until"))
    course = forms.TypedChoiceField(label=_("Course"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=[("", _("All languages"))] + list(LANGUAGES))

    def __init__(self, *args, courses: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", _("All courses"))] + [(str(pk), title) for pk, title in courses]

    def criteria(self) -> dict:
        data = self.cleaned_data if self.is_bound else {}
        return super().criteria() | {"course_id": data.get("course"), "language": data.get("language") or None}


class QuizFilterForm(CourseFilterForm):
    date_labels = (_("Quiz submitted from"), _("Quiz submitted until"))


class MeetingFilterForm(ReportFilterForm):
    date_labels = (_("Meetings starting from"), _("Meetings starting until"))
    meeting = forms.TypedChoiceField(label=_("Meeting"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, meetings: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].choices = [("", _("All meetings"))] + [(str(pk), title) for pk, title in meetings]

    def criteria(self) -> dict:
        data = self.cleaned_data if self.is_bound else {}
        return super().criteria() | {"meeting_id": data.get("meeting")}
