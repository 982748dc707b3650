"""Who may open which report, and which rows of it they see."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from ern_learning.accounts.models import MEMBER_COUNTRIES, User
from ern_learning.accounts.roles import Role


class ReportKind(models.TextChoices):
    LEARNING = "learning", _("Learning")
    ASSESSMENT = "assessment", _("Assessment")
    MEETINGS = "meetings", _("Meetings")


# The roles that see every row of a report; a country focal point sees their own country's rows.
FULL_ACCESS_ROLES = {
    ReportKind.LEARNING: (Role.ADMINISTRATOR, Role.AUTHOR),
    ReportKind.ASSESSMENT: (Role.ADMINISTRATOR, Role.AUTHOR),
    ReportKind.MEETINGS: (Role.ADMINISTRATOR, Role.ORGANIZER),
}


@dataclass(frozen=True)
class ReportScope:
    """The rows of a report a person may see: every country's (country is None) or one country's."""

    country: str | None = None

    @property
    def is_country(self) -> bool:
        return self.country is not None


def report_scope(user: User, kind: str) -> ReportScope | None:
    """What `user` may see of the `kind` report; None when they may not open it at all.

    Administrators and authors see the learning and assessment reports whole, administrators and
    organisers the meetings report; an approved focal point of a member country sees any of the
    three limited to that country; everyone else sees none.
    """
    if not (user.is_authenticated and user.is_active) or kind not in FULL_ACCESS_ROLES:
        return None
    if user.has_role(*FULL_ACCESS_ROLES[kind]):
        return ReportScope()
    if user.has_role(Role.FOCAL_POINT) and user.is_approved_member and user.country in MEMBER_COUNTRIES:
        return ReportScope(country=user.country)
    return None


def available_reports(user: User) -> list[str]:
    """The reports `user` may open, in menu order."""
    return [kind for kind in ReportKind.values if report_scope(user, kind) is not None]
