"""Forms for certificates: typing a verification code, choosing a certificate's language, revoking."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import Certificate, normalise_verification_code
from courses.services.certificates.issuing import MAX_REASON_LENGTH, offered_languages
from ern_learning.languages import NATIVE_NAMES


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=24,
        help_text=_("Ten letters and digits, as printed on the certificate, e.g. 7K3QD-M9XWT."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )

    def clean_code(self) -> str:
        code = normalise_verification_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _("A verification code has ten letters and digits, like 7K3QD-M9XWT. Check what you typed.")
            )
        return code


class CertificateLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    bilingual = forms.BooleanField(label=_("Add English"), required=False)

    def __init__(self, *args, certificate: Certificate, **kwargs):
        kwargs.setdefault("initial", {"language": certificate.language, "bilingual": certificate.bilingual})
        kwargs.setdefault("prefix", f"certificate-{certificate.pk}")
        super().__init__(*args, **kwargs)
        self.certificate = certificate
        self.fields["language"].choices = [(code, NATIVE_NAMES[code]) for code in offered_languages(certificate.subject)]


class RevokeCertificateForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the record and the audit log; not shown on the public verification page."),
    )


class ConfirmForm(forms.Form):
    """Nothing to fill in: posting it confirms the action."""


class BulkJobForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    kind = forms.ChoiceField(label=_("Task"))

    def __init__(self, *args, **kwargs):
        from courses.models import BulkJobKind, CoursePage

        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.order_by("path")
        self.fields["kind"].choices = BulkJobKind.choices
