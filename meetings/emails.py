"""The e-mails of the meetings workflow, written in the recipient's language, with calendar files."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from meetings import calendars
from meetings.formatting import format_instant, format_span, zone_label
from meetings.models import MeetingPage, Registration, RegistrationStatus

# Registration notices that put the meeting in the participant's calendar.
INVITING_KINDS = {"approved", "promoted"}


def _absolute(meeting: MeetingPage, path: str) -> str:
    page_url = meeting.get_full_url() or settings.WAGTAILADMIN_BASE_URL
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}{path}"


def _meeting_context(meeting: MeetingPage, *, private: bool) -> dict:
    return {
        "meeting": meeting,
        "when": format_span(meeting),
        "zone": zone_label(meeting),
        "page_url": meeting.get_full_url(),
        "my_meetings_url": _absolute(meeting, reverse("meetings:my_meetings")),
        "private": private,
        "cancellation_closes": format_instant(meeting.cancellation_closes, meeting),
    }


def _render(template: str, context: dict) -> tuple[str, str]:
    subject = render_to_string(f"meetings/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"meetings/email/{template}.txt", context)
    return " ".join(subject.split()), body


def _message(user, subject: str, body: str) -> EmailMessage:
    return EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email])


def _attach(message: EmailMessage, content: bytes, *, method: str) -> None:
    message.attach("meeting.ics", content, f"text/calendar; method={method}; charset=UTF-8")


def registration_notice(
    registration: Registration, *, kind: str, from_status: str = "", reason: str = "", waitlist_rank: int | None = None
) -> EmailMessage:
    """received, approved, promoted, waitlisted, declined or cancelled — with an .ics when it adds or removes the meeting."""
    user, meeting = registration.user, registration.meeting
    with translation.override(user.preferred_language):
        context = _meeting_context(meeting, private=kind in INVITING_KINDS)
        context.update({"user": user, "registration": registration, "reason": reason, "waitlist_rank": waitlist_rank})
        subject, body = _render(f"registration_{kind}", context)
        message = _message(user, subject, body)
        if kind in INVITING_KINDS:
            _attach(message, calendars.invitation(meeting, attendee=user), method="REQUEST")
        elif kind == "cancelled" and from_status == RegistrationStatus.APPROVED:
            # Removes the meeting from a calendar that accepted the earlier invitation.
            _attach(
                message, calendars.cancellation(meeting, attendee=user, sequence=meeting.calendar_sequence + 1), method="CANCEL"
            )
    return message


def meeting_notice(meeting: MeetingPage, *, user, kind: str, sequence: int, approved: bool, reason: str = "") -> EmailMessage:
    """changed (time or place), cancelled, or reminder, to one registrant; approved participants get the calendar update."""
    with translation.override(user.preferred_language):
        context = _meeting_context(meeting, private=approved and kind != "cancelled")
        context.update({"user": user, "reason": reason, "approved": approved})
        subject, body = _render(f"meeting_{kind}", context)
        message = _message(user, subject, body)
        if approved and kind == "changed":
            _attach(message, calendars.invitation(meeting, attendee=user, sequence=sequence), method="REQUEST")
        elif approved and kind == "cancelled":
            _attach(message, calendars.cancellation(meeting, attendee=user, sequence=sequence), method="CANCEL")
    return message


def participant_message(meeting: MeetingPage, *, user, subject: str, text: str, sender_name: str) -> EmailMessage:
    """An organiser's own words to participants, framed in the recipient's language."""
    with translation.override(user.preferred_language):
        context = _meeting_context(meeting, private=False)
        context.update({"user": user, "text": text, "sender_name": sender_name, "subject": subject})
        framed_subject, body = _render("participant_message", context)
    return _message(user, framed_subject, body)


def certificate_issued(certificate) -> EmailMessage:
    """Tells a participant their certificate of attendance is ready, with where to download and verify it."""
    from courses.services.certificates import verification_url

    user, meeting = certificate.holder, certificate.meeting
    with translation.override(user.preferred_language):
        context = _meeting_context(meeting, private=False)
        context.update(
            {
                "user": user,
                "certificate": certificate,
                "certificates_url": _absolute(meeting, reverse("certificates:mine")),
                "verification_url": verification_url(certificate),
            }
        )
        subject, body = _render("certificate_issued", context)
    return _message(user, subject, body)
