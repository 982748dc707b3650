from django.db import transaction

from ern_learning.accounts.models import User

EDITABLE_PROFILE_FIELDS = frozenset(
    {"first_name", "last_name", "native_name", "country", "agency", "unit", "rank", "preferred_language"}
)


def update_profile(user: User, **fields: str) -> User:
    """Save the given profile fields, and only those; the caller validated them."""
    unknown = set(fields) - EDITABLE_PROFILE_FIELDS
    if unknown:
        raise ValueError(f"Not profile fields: {sorted(unknown)}")
    with transaction.atomic():
        for name, value in fields.items():
            setattr(user, name, value.strip() if isinstance(value, str) else value)
        if user.pk:
            user.save(update_fields=sorted(fields))
        else:
            user.save()
    return user
