from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _

from ern_learning.core.i18n import translate_local_url

APPLY_PREFERRED_LANGUAGE_SESSION_KEY = "ern_apply_preferred_language"

# Paths a staff member without a second factor may still open: the MFA set-up itself and leaving.
MFA_SETUP_ALLOWED_URL_NAMES = (
    "mfa_activate_totp",
    "mfa_index",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes",
    "mfa_reauthenticate",
    "account_logout",
    "account_reauthenticate",
    "account_email",
    "account_confirm_email",
    "set_language",
    "healthz",
)


class UserLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, where a signed-in person's preferred language beats the browser's.

    The URL prefix always wins; a cookie set by the language switcher comes next; then the profile;
    then Accept-Language. Right after login, the redirect goes to the preferred language.
    """

    def process_request(self, request):
        super().process_request(request)
        if get_language_from_path(request.path_info) or settings.LANGUAGE_COOKIE_NAME in request.COOKIES:
            return
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.preferred_language:
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = user.preferred_language

    def process_response(self, request, response):
        response = super().process_response(request, response)
        session = getattr(request, "session", None)
        if session is None or not session.get(APPLY_PREFERRED_LANGUAGE_SESSION_KEY):
            return response
        if not isinstance(response, HttpResponseRedirect):
            return response
        del session[APPLY_PREFERRED_LANGUAGE_SESSION_KEY]
        language = request.user.preferred_language if request.user.is_authenticated else None
        if language:
            location = response["Location"]
            if urlsplit(location).netloc in ("", request.get_host()):
                response["Location"] = translate_local_url(location, language)
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            )
        return response


class RequireStaffMFAMiddleware:
    """Staff roles cannot use the site or the admin until they have set up an authenticator app."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and self._requires_mfa(request, user) and not self._is_allowed_path(request):
            from allauth.mfa.models import Authenticator

            if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
                return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _requires_mfa(request, user) -> bool:
        # A permission given to the person directly, not through a group, also opens the admin.
        return user.requires_mfa or (request.path_info.startswith("/admin/") and user.has_perm("wagtailadmin.access_admin"))

    @staticmethod
    def _is_allowed_path(request) -> bool:
        path = request.path_info
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return True
        match = getattr(request, "resolver_match", None)
        if match is None:
            from django.urls import Resolver404, resolve

            try:
                match = resolve(path)
            except Resolver404:
                return True
        return match.url_name in MFA_SETUP_ALLOWED_URL_NAMES


class AdminAccessMiddleware:
    """A signed-in person without admin access gets a clear 403 in the admin, not a loop through sign-in.

    (Wagtail sends such users to the login page, which sends signed-in users straight back.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path_info.startswith("/admin/")
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
            and not request.path_info.startswith(("/admin/login/", "/admin/logout/"))
        ):
            raise PermissionDenied(_("Your account has no access to the administration."))
        return self.get_response(request)
