from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from ern_learning.accounts.models import MembershipStatus, User


def send_membership_decision(user: User) -> None:
    """E-mail the applicant the outcome of vetting, in their preferred language."""
    with translation.override(user.preferred_language):
        context = {"user": user, "approved": user.membership_status == MembershipStatus.APPROVED}
        subject = render_to_string("accounts/email/membership_decision_subject.txt", context).strip()
        body = render_to_string("accounts/email/membership_decision.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
