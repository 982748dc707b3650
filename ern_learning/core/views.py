from urllib.parse import urlencode

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language

from ern_learning.accounts.services.profiles import update_profile
from ern_learning.core.i18n import translate_local_url
from ern_learning.languages import LANGUAGE_CODES


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def admin_login(request: HttpRequest) -> HttpResponse:
    """Wagtail's own login forms (admin and private pages) would skip MFA and rate limits: use allauth's."""
    default_next = "/admin/" if request.path_info.startswith("/admin/") else "/"
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = default_next
    if request.user.is_authenticated:
        return redirect(next_url)
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, which also remembers the choice on a signed-in person's profile."""
    language = request.POST.get("language", "")
    if language in LANGUAGE_CODES and request.user.is_authenticated and request.user.preferred_language != language:
        update_profile(request.user, preferred_language=language)
    response = set_language(request)
    location = response.get("Location", "")
    if language in LANGUAGE_CODES and location and url_has_allowed_host_and_scheme(location, allowed_hosts=None):
        # set_language translates `next` only when it is in the active language (cookie, profile or
        # browser), not necessarily the language of the page the person was reading.
        response["Location"] = translate_local_url(location, language)
    return response
