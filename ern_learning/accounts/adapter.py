import time
import uuid

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context as request_context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site

from ern_learning.core.services.mail import queue_message

from .middleware import APPLY_PREFERRED_LANGUAGE_SESSION_KEY


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's e-mails (address confirmation, password reset, security notices) are written now,
        in the reader's language, and go out through the outgoing queue like every other: sent in the
        background and retried if the mail server fails, so the page never waits on it or fails with it.
        They hold sign-in and password links, so they are confidential: staff never see their text."""
        request = context.get("request") or request_context.request
        # They greet with the site's name; ours is the platform's, not the host name.
        site = get_current_site(request)
        site.name = settings.WAGTAIL_SITE_NAME
        message = self.render_mail(template_prefix, email, {"request": request, "email": email, "current_site": site, **context})
        key = f"account:{template_prefix.rpartition('/')[2]}:{uuid.uuid4().hex}"
        queue_message(message, idempotency_key=key, confidential=True)

    def login(self, request, user):
        super().login(request, user)
        # The next redirect is rewritten into the person's preferred language (UserLocaleMiddleware).
        request.session[APPLY_PREFERRED_LANGUAGE_SESSION_KEY] = True

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Staff are sent to set up their first authenticator app right after signing in: asking
        them for the password they just typed would only be in the way. Later changes still ask."""
        request = request_context.request
        if app == "allauth.mfa" and request is not None and _signed_in_moments_ago_without_authenticator(request):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)


def _signed_in_moments_ago_without_authenticator(request) -> bool:
    user = request.user
    if not user.is_authenticated or Authenticator.objects.filter(user=user).exists():
        return False
    records = get_authentication_records(request, user)
    return bool(records) and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff roles must keep their authenticator app; officers may switch it off."""
        if authenticator.type == Authenticator.Type.TOTP and authenticator.user.requires_mfa:
            return False
        return super().can_delete_authenticator(authenticator)
