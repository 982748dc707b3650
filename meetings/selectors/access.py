"""Who may see and do what with meetings and registrations (need to know)."""

from ern_learning.accounts.models import MEMBER_COUNTRIES, User
from ern_learning.accounts.roles import Role


def can_manage_registrations(user: User) -> bool:
    """Organisers (and administrators) decide on registrations of every meeting."""
    return bool(user.is_authenticated and user.is_active and user.has_perm("meetings.change_registration"))


def can_view_registrations(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm("meetings.view_registration"))


def can_mark_attendance(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm("meetings.change_attendancerecord"))


def can_issue_attendance_certificates(user: User) -> bool:
    """The staff who manage meeting certificates (organisers and administrators)."""
    from courses.selectors.certificates import MEETING_CERTIFICATE_ROLES

    return bool(user.is_authenticated and user.is_active and user.has_role(*MEETING_CERTIFICATE_ROLES))


def focal_point_country(user: User) -> str | None:
    """The member country whose officers this person nominates, if they are an approved focal point."""
    if user.is_authenticated and user.is_approved_member and user.has_role(Role.FOCAL_POINT) and user.country in MEMBER_COUNTRIES:
        return user.country
    return None


def can_view_meeting(user: User, meeting) -> bool:
    """Public meetings are for everyone; members-only ones for approved members and organisers."""
    if not meeting.members_only:
        return True
    if not user.is_authenticated:
        return False
    return user.is_approved_member or can_view_registrations(user)
