from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from .middleware import APPLY_PREFERRED_LANGUAGE_SESSION_KEY


class AccountAdapter(DefaultAccountAdapter):
    def login(self, request, user):
        super().login(request, user)
        # The next redirect is rewritten into the person's preferred language (UserLocaleMiddleware).
        request.session[APPLY_PREFERRED_LANGUAGE_SESSION_KEY] = True


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff roles must keep their authenticator app; officers may switch it off."""
        if authenticator.type == Authenticator.Type.TOTP and authenticator.user.requires_mfa:
            return False
        return super().can_delete_authenticator(authenticator)
