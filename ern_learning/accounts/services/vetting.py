from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ern_learning.accounts.models import MEMBER_COUNTRIES, MembershipStatus, User
from ern_learning.accounts.roles import Role
from ern_learning.accounts.services.notifications import send_membership_decision
from ern_learning.core.services.audit import record_event


def can_vet(vetter: User, applicant: User) -> bool:
    """Administrators vet anyone; a focal point vets the applicants of their own member country."""
    if vetter.pk == applicant.pk or not vetter.is_approved_member:
        return False
    if vetter.has_role(Role.ADMINISTRATOR):
        return True
    return vetter.has_role(Role.FOCAL_POINT) and vetter.country == applicant.country and applicant.country in MEMBER_COUNTRIES


def approve_membership(applicant: User, *, by: User, note: str = "") -> User:
    """Make the applicant an approved Officer, once; tells them by e-mail in their language."""
    return _decide(applicant, by=by, status=MembershipStatus.APPROVED, note=note)


def reject_membership(applicant: User, *, by: User, note: str = "") -> User:
    """Refuse the application; the person keeps access to public pages only."""
    return _decide(applicant, by=by, status=MembershipStatus.REJECTED, note=note)


def _decide(applicant: User, *, by: User, status: str, note: str) -> User:
    if not can_vet(by, applicant):
        raise PermissionDenied(_("You cannot decide on this application."))
    with transaction.atomic():
        applicant = User.objects.select_for_update().get(pk=applicant.pk)
        if applicant.membership_status == status:
            return applicant
        applicant.membership_status = status
        applicant.vetted_by = by
        applicant.vetted_at = timezone.now()
        applicant.vetting_note = note[:500]
        applicant.save(update_fields=["membership_status", "vetted_by", "vetted_at", "vetting_note"])
        if status == MembershipStatus.APPROVED:
            applicant.groups.add(Group.objects.get(name=Role.OFFICER))
        record_event("membership." + status, actor=by, target=applicant, details={"note": note[:500]})
        send_membership_decision(applicant)  # queued; sent once this decision commits
    return applicant


def assign_role(user: User, *, role: Role, by: User) -> None:
    """Give a role (group) to an approved member; only administrators may."""
    if not by.has_role(Role.ADMINISTRATOR):
        raise PermissionDenied(_("Only administrators can change roles."))
    with transaction.atomic():
        user.groups.add(Group.objects.get(name=role))
        record_event("role.assigned", actor=by, target=user, details={"role": str(role)})
