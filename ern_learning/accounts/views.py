from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import PROFILE_FIELDS, ProfileForm, VettingDecisionForm
from .roles import Role
from .selectors.vetting import applicants_visible_to
from .services.profiles import update_profile
from .services.vetting import approve_membership, reject_membership


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        # The form only validates; the service writes.
        update_profile(request.user, **{name: form.cleaned_data[name] for name in PROFILE_FIELDS})
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    from allauth.mfa.models import Authenticator

    has_totp = Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "has_totp": has_totp,
            "roles": [Role(name).label for name in sorted(request.user.role_names) if name in Role.values],
            "can_vet": request.user.has_role(Role.ADMINISTRATOR, Role.FOCAL_POINT),
        },
    )


@login_required
def vetting_queue(request: HttpRequest) -> HttpResponse:
    if not request.user.has_role(Role.ADMINISTRATOR, Role.FOCAL_POINT):
        raise PermissionDenied
    return render(
        request,
        "accounts/vetting_queue.html",
        {"applicants": applicants_visible_to(request.user), "form": VettingDecisionForm()},
    )


@login_required
@require_POST
def vetting_decide(request: HttpRequest, user_id: int) -> HttpResponse:
    # Applicants outside the viewer's remit are indistinguishable from missing ones.
    applicant = get_object_or_404(applicants_visible_to(request.user), pk=user_id)
    form = VettingDecisionForm(request.POST)
    if not form.is_valid():
        if "decision" in form.errors:
            messages.error(request, _("Choose approve or reject."))
        else:
            messages.error(request, _("The note could not be saved: %(reason)s") % {"reason": form.errors["note"][0]})
        return redirect("accounts:vetting_queue")
    decide = approve_membership if form.cleaned_data["decision"] == "approve" else reject_membership
    decide(applicant, by=request.user, note=form.cleaned_data["note"])
    if form.cleaned_data["decision"] == "approve":
        messages.success(request, _("%(name)s is now an approved member.") % {"name": applicant.display_name})
    else:
        messages.success(request, _("The application of %(name)s was rejected.") % {"name": applicant.display_name})
    return redirect("accounts:vetting_queue")
