from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from ern_learning.accounts.models import MembershipStatus, User
from ern_learning.accounts.roles import Role


def create_member(
    email: str,
    *,
    password: str,
    first_name: str,
    last_name: str,
    native_name: str = "",
    country: str,
    agency: str = "",
    unit: str = "",
    rank: str = "",
    preferred_language: str = "en",
    roles: tuple[Role, ...] = (Role.OFFICER,),
    approved: bool = True,
    is_superuser: bool = False,
) -> User:
    """Create (or update) a member with a verified e-mail address; used by administrators' tools and the demo."""
    email = email.strip().lower()
    with transaction.atomic():
        user, _created = User.objects.update_or_create(
            email=email,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "native_name": native_name,
                "country": country,
                "agency": agency,
                "unit": unit,
                "rank": rank,
                "preferred_language": preferred_language,
                "membership_status": MembershipStatus.APPROVED if approved else MembershipStatus.PENDING,
                "is_superuser": is_superuser,
                "is_staff": is_superuser,
            },
        )
        user.set_password(password)
        user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        user.groups.set(Group.objects.filter(name__in=[str(role) for role in roles]))
    return user
