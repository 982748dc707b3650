from django import forms
from django.utils.translation import gettext_lazy as _

from ern_learning.languages import LANGUAGES

from .models import Country, User
from .services.profiles import update_profile

PROFILE_FIELDS = ["first_name", "last_name", "native_name", "country", "agency", "unit", "rank", "preferred_language"]


class ProfileFieldsMixin(forms.Form):
    first_name = forms.CharField(label=_("Given name(s) in Latin script"), max_length=150)
    last_name = forms.CharField(label=_("Family name in Latin script"), max_length=150)
    native_name = forms.CharField(
        label=_("Full name in your own script"),
        max_length=150,
        required=False,
        help_text=_("For example ស៊ុន សុភា or ສົມພອນ. Leave empty if it is the same as above."),
    )
    country = forms.ChoiceField(label=_("Country or organisation"), choices=Country.choices)
    agency = forms.CharField(label=_("Agency"), max_length=200, required=False)
    unit = forms.CharField(label=_("Unit"), max_length=200, required=False)
    rank = forms.CharField(label=_("Rank or position"), max_length=120, required=False)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=LANGUAGES)


class ProfileSignupForm(ProfileFieldsMixin):
    """The profile questions asked at sign-up, added to allauth's own e-mail and password fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils.translation import get_language

        self.fields["preferred_language"].initial = get_language()

    def signup(self, request, user: User) -> None:
        update_profile(user, **{name: self.cleaned_data[name] for name in PROFILE_FIELDS})


class ProfileForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Certificates print the Latin name: it cannot be emptied.
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True

    class Meta:
        model = User
        fields = PROFILE_FIELDS
        labels = {
            "first_name": _("Given name(s) in Latin script"),
            "last_name": _("Family name in Latin script"),
        }


class VettingDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class DeleteAccountForm(forms.Form):
    """Asks for the password before an account is erased; checks it, nothing more."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password."), code="wrong_password")
        return password
