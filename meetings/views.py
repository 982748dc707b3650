"""Pages for participants and focal points. Organisers work in the Wagtail admin (admin_views.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ern_learning.accounts.models import User
from ern_learning.core.ratelimit import hit
from meetings import calendars
from meetings.errors import RegistrationError
from meetings.forms import CalendarFeedForm, CancelRegistrationForm, NominationForm, RegistrationForm
from meetings.models import MeetingPage, RegistrationStatus
from meetings.selectors.access import focal_point_country
from meetings.selectors.calendars import active_calendar_feed, calendar_feed_owner, feed_meetings
from meetings.selectors.meetings import meeting_listing, visible_meetings
from meetings.selectors.registrations import my_meetings as my_meetings_overview
from meetings.selectors.registrations import nomination_overview, registrations_visible_to
from meetings.services.calendars import create_calendar_feed, revoke_calendar_feed
from meetings.services.registrations import cancel_registration, nominate_attendee, register_attendee


def _outcome_message(status: str) -> str:
    return {
        RegistrationStatus.PENDING: _("Thank you: your registration was received. The organisers will confirm it by e-mail."),
        RegistrationStatus.APPROVED: _(
            "You are registered: your seat is confirmed, and a calendar invitation is on its way by e-mail."
        ),
        RegistrationStatus.WAITLISTED: _(
            "The meeting is full, so you are on the waitlist. We will e-mail you if a seat frees up."
        ),
    }.get(status, _("Your registration was saved."))


def _meeting_url(request: HttpRequest, meeting: MeetingPage) -> str:
    return meeting.get_url(request) or "/"


@require_GET
def meeting_list(request: HttpRequest) -> HttpResponse:
    return render(request, "meetings/meeting_list.html", {"listing": meeting_listing(request.user)})


# A person registers for a meeting a handful of times at most; scripted bursts are refused.
REGISTRATION_LIMIT_PER_MINUTE = 20


@login_required
@require_POST
def register(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(visible_meetings(request.user), pk=meeting_id)
    if not hit(request, action="meeting-register", limit=REGISTRATION_LIMIT_PER_MINUTE, period=60, key=f"user:{request.user.pk}"):
        message = _("Too many registration attempts. Please wait a minute and try again.")
        return render(request, "429.html", {"message": message}, status=429)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your note is too long: 500 characters at most."))
        return redirect(_meeting_url(request, meeting))
    try:
        registration = register_attendee(meeting, user=request.user, note=form.cleaned_data["note"])
    except RegistrationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _outcome_message(registration.status))
    return redirect(_meeting_url(request, meeting))


@login_required
@require_POST
def cancel(request: HttpRequest, registration_id: int) -> HttpResponse:
    # Registrations outside the viewer's need to know are indistinguishable from missing ones.
    registration = get_object_or_404(registrations_visible_to(request.user), pk=registration_id)
    form = CancelRegistrationForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        cancel_registration(registration, by=request.user, reason=reason)
    except RegistrationError as error:
        messages.error(request, error.message)
    except PermissionDenied:
        raise Http404
    else:
        if registration.user_id == request.user.pk:
            messages.success(request, _("Your registration was cancelled."))
        else:
            messages.success(request, _("The registration of %(name)s was cancelled.") % {"name": registration.user.display_name})
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)
    return redirect("meetings:my_meetings")


@login_required
@require_GET
def my_meetings(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "meetings/my_meetings.html",
        {"overview": my_meetings_overview(request.user), "cancel_form": CancelRegistrationForm()},
    )


@login_required
@require_GET
def meeting_calendar_file(request: HttpRequest, meeting_id: int) -> HttpResponse:
    """The .ics of one meeting, for its approved participants only."""
    meeting = get_object_or_404(
        MeetingPage.objects.live().select_related("state"),
        pk=meeting_id,
        registrations__user=request.user,
        registrations__status=RegistrationStatus.APPROVED,
    )
    if meeting.is_cancelled:
        raise Http404
    response = HttpResponse(calendars.single_event(meeting), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """A person's approved meetings as a subscribed calendar; the secret token in the address is the only key."""
    owner = calendar_feed_owner(token)
    if owner is None:
        raise Http404
    response = HttpResponse(calendars.personal_feed(owner, feed_meetings(owner)), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="ern-meetings.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def calendar_feed_settings(request: HttpRequest) -> HttpResponse:
    new_feed_url = None
    if request.method == "POST":
        form = CalendarFeedForm(request.POST)
        if form.is_valid() and form.cleaned_data["action"] == "create":
            token = create_calendar_feed(request.user)
            # Shown once, right here: only a digest of the token is stored.
            new_feed_url = request.build_absolute_uri(reverse("meetings:calendar_feed", args=[token]))
        elif form.is_valid():
            revoke_calendar_feed(request.user)
            messages.success(request, _("Your calendar feed is turned off; the old address no longer works."))
            return redirect("meetings:calendar_feed_settings")
    return render(
        request,
        "meetings/calendar_feed.html",
        {"feed": active_calendar_feed(request.user), "new_feed_url": new_feed_url},
    )


@login_required
@require_GET
def nominations(request: HttpRequest) -> HttpResponse:
    """A focal point's page: upcoming meetings open to their country, their officers' registrations, and nominating."""
    if focal_point_country(request.user) is None:
        raise PermissionDenied
    return render(
        request,
        "meetings/nominations.html",
        {"overview": nomination_overview(request.user), "cancel_form": CancelRegistrationForm()},
    )


@login_required
@require_POST
def nominate(request: HttpRequest, meeting_id: int) -> HttpResponse:
    country = focal_point_country(request.user)
    if country is None:
        raise PermissionDenied
    meeting = get_object_or_404(visible_meetings(request.user), pk=meeting_id)
    # Any approved officer may be ticked; the service refuses other countries with a clear message.
    form = NominationForm(request.POST, officers=User.objects.filter(is_active=True))
    if not form.is_valid():
        messages.error(request, _("Tick at least one officer to nominate."))
        return redirect("meetings:nominations")
    for officer in form.cleaned_data["officers"]:
        try:
            registration = nominate_attendee(meeting, officer=officer, by=request.user, note=form.cleaned_data["note"])
        except RegistrationError as error:
            messages.error(request, _("%(name)s: %(problem)s") % {"name": officer.display_name, "problem": error.message})
        else:
            messages.success(
                request,
                _("%(name)s is nominated (%(status)s).")
                % {"name": officer.display_name, "status": registration.get_status_display()},
            )
    return redirect("meetings:nominations")
