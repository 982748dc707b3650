"""A person's own data: everything the platform holds about them as JSON, and erasing their account.

Each domain app contributes through a ``personal_data`` module of its own (``courses/personal_data.py``,
``meetings/personal_data.py``, ``ern_learning/core/personal_data.py``) with:

- ``USER_FIELDS``: every field of its models that points at a user, mapped to what erasure does with it
  (a test fails when a new field pointing at users is not listed anywhere);
- ``export(user) -> dict``: that app's part of the download;
- ``erase(user, *, pseudonym)``: remove the person from that app's records, keeping what statistics need.

This module covers the account itself and the third-party records attached to it (allauth, Wagtail).
"""

import secrets
import unicodedata
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext as _

from ern_learning.accounts.models import User
from ern_learning.accounts.roles import Role
from ern_learning.core.services.audit import record_event

EXPORT_FORMAT = "ern-learning-personal-data/1"
# RFC 2606 reserves .invalid: mail to these addresses can never be delivered.
ERASED_EMAIL_DOMAIN = "erased.invalid"

EDITORIAL_RECORD = "kept: editorial history of the site, now showing the erased account"

# What erasing an account does with each field that points at a user, outside the domain apps.
USER_FIELDS = {
    "accounts.User.vetted_by": "kept: who vetted other members, now showing the erased account",
    "accounts.User_groups.user": "removed: the account has no roles any more",
    "accounts.User_user_permissions.user": "removed",
    "account.EmailAddress.user": "deleted",
    "mfa.Authenticator.user": "deleted",
    "wagtailusers.UserProfile.user": "deleted, with the avatar",
    "wagtailadmin.EditingSession.user": "deleted",
    "wagtailadmin.FormState.user": "deleted",
    "wagtailcore.APIToken.user": "deleted",
    "wagtailcore.PageSubscription.user": "deleted",
    "wagtaildocs.Document.uploaded_by_user": EDITORIAL_RECORD,
    "wagtailimages.Image.uploaded_by_user": EDITORIAL_RECORD,
    "wagtailcore.UploadedFile.uploaded_by_user": EDITORIAL_RECORD,
    "wagtailcore.Page.owner": EDITORIAL_RECORD,
    "wagtailcore.Page.locked_by": EDITORIAL_RECORD,
    "wagtailcore.Revision.user": EDITORIAL_RECORD,
    "wagtailcore.PageLogEntry.user": EDITORIAL_RECORD,
    "wagtailcore.ModelLogEntry.user": EDITORIAL_RECORD,
    "wagtailcore.WorkflowState.requested_by": EDITORIAL_RECORD,
    "wagtailcore.TaskState.finished_by": EDITORIAL_RECORD,
    "wagtailcore.Comment.user": EDITORIAL_RECORD,
    "wagtailcore.Comment.resolved_by": EDITORIAL_RECORD,
    "wagtailcore.CommentReply.user": EDITORIAL_RECORD,
    "admin.LogEntry.user": EDITORIAL_RECORD,
}


class AccountErasureRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Pseudonym:
    """What records show instead of an erased person: a unique address that cannot receive mail, and
    the initials certificates keep."""

    email: str
    initials: str


def initials_of(name: str) -> str:
    """ "Sophea Sok" → "S. S."; each word's first letter, so that a certificate stays recognisable to its holder."""
    letters = []
    for word in name.split():
        letter = next((char for char in word if unicodedata.category(char).startswith("L")), "")
        if letter:
            letters.append(f"{letter.upper()}.")
    return " ".join(letters)


def personal_data_modules() -> dict[str, ModuleType]:
    """The ``personal_data`` module of every installed app that has one, by app label, in INSTALLED_APPS order."""
    return {
        config.label: import_module(f"{config.name}.personal_data")
        for config in apps.get_app_configs()
        if module_has_submodule(config.module, "personal_data")
    }


def user_fields_covered() -> dict[str, str]:
    """Every field pointing at users that erasure knows about, with what it does to it."""
    covered = dict(USER_FIELDS)
    for module in personal_data_modules().values():
        covered.update(module.USER_FIELDS)
    return covered


def is_erased(user: User) -> bool:
    return user.email.endswith("@" + ERASED_EMAIL_DOMAIN)


# --- Export --------------------------------------------------------------------------------------


def export_personal_data(user: User, *, request: HttpRequest | None = None) -> dict:
    """Everything held about `user` (never a password hash, secret or another person's data), recorded in
    the audit log as exported."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    data = {
        "format": EXPORT_FORMAT,
        "exported_at": timezone.now(),
        "account": {
            "id": user.pk,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "native_name": user.native_name,
            "country": user.country,
            "agency": user.agency,
            "unit": user.unit,
            "rank": user.rank,
            "preferred_language": user.preferred_language,
            "membership_status": user.membership_status,
            "vetted_at": user.vetted_at,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "two_factor_authentication": [
            {"type": authenticator.type, "created_at": authenticator.created_at, "last_used_at": authenticator.last_used_at}
            for authenticator in Authenticator.objects.filter(user=user).order_by("created_at", "pk")
        ],
    }
    for label, module in personal_data_modules().items():
        data[label] = module.export(user)
    record_event("personal_data.exported", actor=user, target=user, request=request)
    return data


# --- Erasure -------------------------------------------------------------------------------------


def erase_account(user: User, *, request: HttpRequest | None = None) -> User:
    """Erase the person behind `user`, all or nothing: personal fields cleared, e-mail replaced by a unique
    address that cannot receive mail, sign-in, sessions and second factors gone, the account inactive.
    Enrolments, completions, attendance and issued certificates stay (certificates showing initials), so
    statistics and verification keep working. Refused for the last administrator."""
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if is_erased(user):
            return user
        if _is_last_administrator(user):
            raise AccountErasureRefused(
                _("You are the only administrator. Give another person the Administrator role before deleting your account.")
            )
        pseudonym = Pseudonym(
            email=f"erased-{user.pk}-{secrets.token_hex(4)}@{ERASED_EMAIL_DOMAIN}",
            initials=initials_of(user.get_full_name()),
        )
        for module in personal_data_modules().values():
            module.erase(user, pseudonym=pseudonym)
        _erase_account_records(user)
        user.email = pseudonym.email
        for name in ("first_name", "last_name", "native_name", "agency", "unit", "rank", "vetting_note"):
            setattr(user, name, "")
        user.is_active = user.is_staff = user.is_superuser = False
        user.last_login = None
        user.set_unusable_password()
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        record_event("account.erased", actor=user, target=user, request=request)
    return user


def _is_last_administrator(user: User) -> bool:
    if not (user.is_superuser or user.has_role(Role.ADMINISTRATOR)):
        return False
    others = User.objects.filter(Q(is_superuser=True) | Q(groups__name=Role.ADMINISTRATOR), is_active=True).exclude(pk=user.pk)
    return not others.exists()


def _erase_account_records(user: User) -> None:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from wagtail.admin.models import EditingSession
    from wagtail.models import PageSubscription
    from wagtail.users.models import UserProfile

    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    EditingSession.objects.filter(user=user).delete()
    PageSubscription.objects.filter(user=user).delete()
    apps.get_model("wagtailadmin", "FormState").objects.filter(user=user).delete()
    apps.get_model("wagtailcore", "APIToken").objects.filter(user=user).delete()
    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None:
        if profile.avatar:
            name, storage = profile.avatar.name, profile.avatar.storage
            transaction.on_commit(lambda: storage.delete(name))
        profile.delete()
    _end_sessions(user)


def _end_sessions(user: User) -> None:
    """Sign the person out everywhere. (The unusable password already invalidates every session's
    authentication hash; deleting the stored sessions also removes what they held.)"""
    if settings.SESSION_ENGINE not in ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"):
        return
    from django.contrib.sessions.models import Session

    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
