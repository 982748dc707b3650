"""What staff may see of learners' records."""

from django.db.models import QuerySet

from courses.models import Enrolment
from ern_learning.accounts.roles import Role

# Roles that see every learner's records; a focal point sees those of their own country only.
ALL_RECORDS_ROLES = (Role.ADMINISTRATOR, Role.AUTHOR, Role.REVIEWER)
TRANSLATION_STATUS_ROLES = (Role.ADMINISTRATOR, Role.AUTHOR, Role.REVIEWER)


def can_see_translation_status(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.has_role(*TRANSLATION_STATUS_ROLES))


def learner_records_visible_to(user, queryset: QuerySet) -> QuerySet:
    """Enrolments, completed lessons or attempts the staff member may see."""
    if user.is_superuser or user.has_role(*ALL_RECORDS_ROLES):
        return queryset
    if user.has_role(Role.FOCAL_POINT):
        learner = "user" if queryset.model is Enrolment else "enrolment__user"
        return queryset.filter(**{f"{learner}__country": user.country})
    return queryset.none()
