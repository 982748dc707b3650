"""A person's own data: see what is held, download it as JSON, and delete the account."""

import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from .forms import DeleteAccountForm
from .services.personal_data import AccountErasureRefused, erase_account, export_personal_data


@login_required
@require_GET
def personal_data(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/personal_data.html")


@never_cache
@login_required
@require_POST
def download_personal_data(request: HttpRequest) -> HttpResponse:
    data = export_personal_data(request.user, request=request)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="ern-learning-my-data-{timezone.localdate():%Y-%m-%d}.json"'
    return response


@never_cache
@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST":
        # Guessing the password here is limited like any other re-authentication.
        if not ratelimit.consume(request, action="reauthenticate", user=request.user):
            form.add_error(None, _("Too many attempts. Wait a minute and try again."))
        elif form.is_valid():
            try:
                erase_account(request.user, request=request)
            except AccountErasureRefused as refusal:
                messages.error(request, refusal.message)
                return redirect("accounts:personal_data")
            logout(request)
            return redirect("accounts:account_deleted")
    return render(request, "accounts/delete_account.html", {"form": form})


@require_GET
def account_deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account_deleted.html")
