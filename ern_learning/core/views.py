from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language

from ern_learning.accounts.services.profiles import update_profile
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


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, which also remembers the choice on a signed-in person's profile."""
    language = request.POST.get("language", "")
    if language in LANGUAGE_CODES and request.user.is_authenticated and request.user.preferred_language != language:
        update_profile(request.user, preferred_language=language)
    return set_language(request)
