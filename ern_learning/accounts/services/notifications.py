from django.template.loader import render_to_string
from django.utils import translation

from ern_learning.accounts.models import MembershipStatus, User
from ern_learning.core.services.mail import queue_email


def send_membership_decision(user: User) -> None:
    """Queue the e-mail telling the applicant the outcome of vetting, in their preferred language; one per
    decision (the key holds the decision's time), sent and retried by the e-mail queue."""
    with translation.override(user.preferred_language):
        context = {"user": user, "approved": user.membership_status == MembershipStatus.APPROVED}
        subject = render_to_string("accounts/email/membership_decision_subject.txt", context).strip()
        body = render_to_string("accounts/email/membership_decision.txt", context)
    decided = user.vetted_at.isoformat() if user.vetted_at else "undated"
    queue_email(
        to=user.email,
        subject=subject,
        body=body,
        idempotency_key=f"membership:{user.pk}:{user.membership_status}:{decided}",
    )
