"""Why a person may not register for a meeting, in words they can act on."""

from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from ern_learning.accounts.models import User
from meetings.errors import RegistrationError
from meetings.formatting import format_instant
from meetings.models import MeetingPage, Registration, RegistrationStatus


def registration_problem(
    meeting: MeetingPage, person: User, *, existing: Registration | None = None, now: datetime | None = None
) -> RegistrationError | None:
    """The first reason `person` cannot register now, or None; `existing` is their registration, if any."""
    now = now or timezone.now()
    if meeting.is_cancelled:
        return RegistrationError(_("This meeting has been cancelled."), code="meeting_cancelled")
    if not meeting.live:
        return RegistrationError(_("This meeting is not open for registration."), code="not_published")
    if not person.is_approved_member:
        return RegistrationError(
            _("Only approved members of the network can register; this account is still awaiting approval."),
            code="account_not_approved",
        )
    if existing is not None and existing.is_active:
        return RegistrationError(
            _("Already registered for this meeting (status: %(status)s).") % {"status": existing.get_status_display()},
            code="already_registered",
        )
    if existing is not None and existing.status == RegistrationStatus.DECLINED:
        return RegistrationError(
            _("The organisers declined this registration; please contact them if you think this is a mistake."),
            code="declined",
        )
    if meeting.registration_opens_at and now < meeting.registration_opens_at:
        return RegistrationError(
            _("Registration opens on %(date)s.") % {"date": format_instant(meeting.registration_opens_at, meeting)},
            code="not_open_yet",
        )
    if now >= meeting.registration_closes:
        return RegistrationError(
            _("Registration closed on %(date)s.") % {"date": format_instant(meeting.registration_closes, meeting)},
            code="closed",
        )
    if meeting.eligible_countries and person.country not in meeting.eligible_countries:
        return RegistrationError(
            _("This meeting is open only to participants from: %(countries)s.")
            % {"countries": ", ".join(meeting.eligible_country_labels)},
            code="wrong_country",
        )
    if meeting.eligible_roles and not person.has_role(*meeting.eligible_roles):
        return RegistrationError(
            _("This meeting is open only to: %(roles)s.") % {"roles": ", ".join(meeting.eligible_role_labels)},
            code="wrong_role",
        )
    return _prerequisite_problem(meeting, person)


def _prerequisite_problem(meeting: MeetingPage, person: User) -> RegistrationError | None:
    if meeting.prerequisite_course_id is None:
        return None
    from courses.selectors.progress import has_completed_course

    if has_completed_course(person, meeting.prerequisite_course_id):
        return None
    course = meeting.prerequisite_course
    return RegistrationError(
        _("The course “%(course)s” must be completed before registering.") % {"course": course.title},
        code="missing_prerequisite",
    )
