from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CourseLevel, Topic
from ern_learning.languages import LANGUAGES


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=Topic.objects.all(), to_field_name="slug", required=False, empty_label=_("All topics")
    )
    level = forms.ChoiceField(label=_("Level"), choices=[("", _("All levels")), *CourseLevel.choices], required=False)
    language = forms.ChoiceField(label=_("Language"), choices=[("", _("All languages")), *LANGUAGES], required=False)

    def filters(self) -> dict:
        """The chosen filters, as keyword arguments for the catalogue selector (empty ones left out)."""
        data = self.cleaned_data
        chosen = {
            "query": data.get("q") or "",
            "topic": data.get("topic"),
            "level": data.get("level") or "",
            "language": data.get("language") or "",
        }
        return {key: value for key, value in chosen.items() if value}


class AttemptSubmissionForm(forms.Form):
    """A submitted attempt: its token, and per question the chosen choice ids (checked by the grading service)."""

    token = forms.UUIDField(widget=forms.HiddenInput)

    def answers(self, question_ids: list[int]) -> dict[int, list[int]]:
        """For each question id, the choice ids as sent; anything that is not a number becomes -1 (never valid)."""
        answers = {}
        for question_id in question_ids:
            values = self.data.getlist(f"question_{question_id}") if hasattr(self.data, "getlist") else []
            answers[question_id] = [int(value) if str(value).isdigit() else -1 for value in values]
        return answers
