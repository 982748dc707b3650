from django.db.models import QuerySet

from ern_learning.accounts.models import MEMBER_COUNTRIES, MembershipStatus, User
from ern_learning.accounts.roles import Role


def applicants_visible_to(viewer: User) -> QuerySet[User]:
    """Pending applicants the viewer may vet: all for administrators, their own country for a focal point."""
    pending = User.objects.filter(membership_status=MembershipStatus.PENDING, is_active=True).exclude(pk=viewer.pk)
    if viewer.has_role(Role.ADMINISTRATOR):
        return pending.order_by("date_joined")
    if viewer.has_role(Role.FOCAL_POINT) and viewer.country in MEMBER_COUNTRIES:
        return pending.filter(country=viewer.country).order_by("date_joined")
    return User.objects.none()
