"""Security events of accounts written to the audit log: sign-ins, failures, MFA and password changes.

These receivers only observe what allauth and Django report; they never change state elsewhere.
"""

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from django.contrib.auth import signals as auth_signals

from ern_learning.core.services.audit import record_event


def _on_login(sender, request, user, **kwargs):
    record_event("auth.login", actor=user, target=user, request=request)


def _on_logout(sender, request, user, **kwargs):
    if user is not None:
        record_event("auth.logout", actor=user, target=user, request=request)


def _on_login_failed(sender, credentials, request=None, **kwargs):
    # Django has already replaced the password in `credentials`; keep only who was tried.
    attempted = credentials.get("email") or credentials.get("username") or ""
    record_event("auth.login_failed", request=request, details={"login": str(attempted)[:254]})


def _on_signup(sender, request, user, **kwargs):
    record_event("auth.signup", actor=user, target=user, request=request)


def _on_password_changed(sender, request, user, **kwargs):
    record_event("auth.password_changed", actor=user, target=user, request=request)


def _on_password_reset(sender, request, user, **kwargs):
    record_event("auth.password_reset", actor=user, target=user, request=request)


def _on_email_confirmed(sender, request, email_address, **kwargs):
    record_event("auth.email_confirmed", actor=email_address.user, target=email_address.user, request=request)


def _mfa_event(action):
    def receiver(sender, request, user, authenticator, **kwargs):
        record_event(action, actor=user, target=user, request=request, details={"type": authenticator.type})

    receiver.__name__ = f"on_{action.replace('.', '_')}"
    return receiver


_MFA_RECEIVERS = {
    mfa_signals.authenticator_added: _mfa_event("mfa.added"),
    mfa_signals.authenticator_removed: _mfa_event("mfa.removed"),
    mfa_signals.authenticator_reset: _mfa_event("mfa.reset"),
    mfa_signals.authentication_failed: _mfa_event("mfa.failed"),
}


def connect() -> None:
    auth_signals.user_logged_in.connect(_on_login, dispatch_uid="audit_login")
    auth_signals.user_logged_out.connect(_on_logout, dispatch_uid="audit_logout")
    auth_signals.user_login_failed.connect(_on_login_failed, dispatch_uid="audit_login_failed")
    account_signals.user_signed_up.connect(_on_signup, dispatch_uid="audit_signup")
    account_signals.password_changed.connect(_on_password_changed, dispatch_uid="audit_password_changed")
    account_signals.password_reset.connect(_on_password_reset, dispatch_uid="audit_password_reset")
    account_signals.email_confirmed.connect(_on_email_confirmed, dispatch_uid="audit_email_confirmed")
    for signal, receiver in _MFA_RECEIVERS.items():
        signal.connect(receiver, dispatch_uid=f"audit_{receiver.__name__}")
