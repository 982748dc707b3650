"""Organisers' tools in the Wagtail admin: registrations, seats, attendance, exports, e-mails, cancelling."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from meetings.errors import RegistrationError
from meetings.forms import (
    AttendanceForm,
    BulkActionForm,
    CancelMeetingForm,
    EmailParticipantsForm,
    ExportForm,
    RegistrationFilterForm,
)
from meetings.models import MeetingPage, Registration
from meetings.selectors.access import (
    can_issue_attendance_certificates,
    can_manage_registrations,
    can_mark_attendance,
    can_view_registrations,
)
from meetings.selectors.attendance import attendance_counts, attendance_sheet, certificate_summary
from meetings.selectors.meetings import seat_summary
from meetings.selectors.registrations import (
    agencies_registered,
    registration_history,
    registrations_for_organisers,
)
from meetings.services.attendance import issue_attendance_certificates, mark_attendance
from meetings.services.exports import export_participants
from meetings.services.meetings import cancel_meeting
from meetings.services.notifications import email_participants
from meetings.services.registrations import apply_bulk_action

REGISTRATIONS_PER_PAGE = 100


class OrganiserView(WagtailAdminTemplateMixin, TemplateView):
    """Base of the organisers' views: permission check and the meeting from the URL."""

    header_icon = "date"
    write_permission = staticmethod(can_manage_registrations)

    def dispatch(self, request, *args, **kwargs):
        if not can_view_registrations(request.user):
            raise PermissionDenied
        if request.method == "POST" and not self.write_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def meeting(self) -> MeetingPage:
        return get_object_or_404(MeetingPage.objects.select_related("state"), pk=self.kwargs["meeting_id"])

    def get_page_subtitle(self):
        return self.meeting.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("meetings_admin:index"), "label": _("Meetings")},
            {"url": reverse("meetings_admin:registrations", args=[self.meeting.pk]), "label": self.meeting.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["meeting"] = self.meeting
        context["can_manage"] = can_manage_registrations(self.request.user)
        context["can_mark_attendance"] = can_mark_attendance(self.request.user)
        return context

    def back(self):
        return redirect("meetings_admin:registrations", self.meeting.pk)


class MeetingIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "meetings/admin/index.html"
    page_title = gettext_lazy("Meetings")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_registrations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": _("Meetings")}]

    def get_context_data(self, **kwargs):
        from meetings.selectors.meetings import organiser_overview

        context = super().get_context_data(**kwargs)
        context.update(organiser_overview())
        return context


class RegistrationsView(OrganiserView):
    template_name = "meetings/admin/registrations.html"
    page_title = gettext_lazy("Registrations")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("meetings_admin:index"), "label": _("Meetings")},
            {"url": "", "label": self.meeting.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = RegistrationFilterForm(self.request.GET or None, agencies=agencies_registered(self.meeting))
        criteria = filters.cleaned_data if filters.is_valid() else {}
        registrations = registrations_for_organisers(
            self.meeting,
            status=criteria.get("status", ""),
            country=criteria.get("country", ""),
            agency=criteria.get("agency", ""),
            search=criteria.get("q", ""),
        )
        page = Paginator(registrations, REGISTRATIONS_PER_PAGE).get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            {
                "filters": filters,
                "page_obj": page,
                "registrations": page.object_list,
                "query_string": query.urlencode(),
                "seats": seat_summary(self.meeting),
                "bulk_form": kwargs.get("bulk_form") or BulkActionForm(),
                "has_filters": any(criteria.values()),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = BulkActionForm(request.POST)
        if not form.is_valid():
            if "registrations" in form.errors:
                messages.error(request, _("Select at least one registration."))
            else:
                messages.error(request, _("Choose what to do with the selected registrations."))
            return self.back()
        try:
            outcome = apply_bulk_action(
                self.meeting,
                registration_ids=form.cleaned_data["registrations"],
                action=form.cleaned_data["action"],
                by=request.user,
                reason=form.cleaned_data["reason"],
                override_capacity=form.cleaned_data["override_capacity"],
            )
        except RegistrationError as error:
            messages.error(request, error.message)
            return self.back()
        changed = {}
        for registration in outcome.changed:
            changed[registration.get_status_display()] = changed.get(registration.get_status_display(), 0) + 1
        for label, count in changed.items():
            messages.success(request, _("%(count)s registration(s) now: %(status)s.") % {"count": count, "status": label})
        if outcome.unchanged:
            messages.info(
                request, _("%(count)s registration(s) were already in that status.") % {"count": len(outcome.unchanged)}
            )
        for registration, problem in outcome.failed:
            messages.error(request, _("%(name)s: %(problem)s") % {"name": registration.user.display_name, "problem": problem})
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            next_url = reverse("meetings_admin:registrations", args=[self.meeting.pk])
        return redirect(next_url)


class RegistrationDetailView(OrganiserView):
    template_name = "meetings/admin/registration_detail.html"
    page_title = gettext_lazy("Registration history")

    @cached_property
    def registration(self) -> Registration:
        return get_object_or_404(
            Registration.objects.select_related("user", "nominated_by"), pk=self.kwargs["registration_id"], meeting=self.meeting
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["registration"] = self.registration
        context["history"] = registration_history(self.registration)
        context["bulk_form"] = BulkActionForm()
        return context


class AttendanceView(OrganiserView):
    template_name = "meetings/admin/attendance.html"
    page_title = gettext_lazy("Attendance")
    write_permission = staticmethod(can_mark_attendance)

    def selected_day(self) -> date:
        days = self.meeting.days
        requested = self.request.GET.get("day") or self.request.POST.get("day")
        if requested:
            try:
                day = date.fromisoformat(requested)
            except ValueError:
                day = None
            if day in days:
                return day
        today = timezone.now().astimezone(self.meeting.tz).date()
        return today if today in days else days[0]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        day = self.selected_day()
        context.update(
            {
                "day": day,
                "day_tabs": list(attendance_counts(self.meeting).items()),
                "sheet": attendance_sheet(self.meeting, day=day),
                "day_has_come": day <= timezone.now().astimezone(self.meeting.tz).date(),
                "certificates": certificate_summary(self.meeting),
                "certificates_open": self.meeting.days[-1] <= timezone.now().astimezone(self.meeting.tz).date(),
                "can_issue_certificates": can_issue_attendance_certificates(self.request.user),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = AttendanceForm(request.POST, meeting=self.meeting)
        if not form.is_valid():
            messages.error(request, _("Choose a day of the meeting."))
            return redirect("meetings_admin:attendance", self.meeting.pk)
        day = form.cleaned_data["day"]
        try:
            counts = mark_attendance(self.meeting, day=day, present=set(form.cleaned_data["present"]), by=request.user)
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Attendance saved: %(present)s present, %(absent)s absent.") % counts)
        return redirect(reverse("meetings_admin:attendance", args=[self.meeting.pk]) + f"?day={day.isoformat()}")


class AttendanceCertificatesView(OrganiserView):
    """Issues the certificates of attendance, or starts the ZIP download of all of them (POST only)."""

    http_method_names = ["post"]
    write_permission = staticmethod(can_issue_attendance_certificates)

    def post(self, request, *args, **kwargs):
        from courses.models import BulkJobKind
        from courses.services.certificates import CertificateRefused, start_bulk_job

        attendance_page = redirect("meetings_admin:attendance", self.meeting.pk)
        if request.POST.get("action") == "zip":
            try:
                job = start_bulk_job(BulkJobKind.ZIP, meeting=self.meeting, by=request.user)
            except CertificateRefused as refusal:
                messages.error(request, refusal.message)
                return attendance_page
            messages.success(request, _("The ZIP file is being prepared; this page shows its progress."))
            return redirect("certificate_jobs:inspect", job.pk)
        try:
            result = issue_attendance_certificates(self.meeting, by=request.user)
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            if result["issued"]:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s certificate of attendance issued; its holder is being told by e-mail.",
                        "%(count)s certificates of attendance issued; their holders are being told by e-mail.",
                        result["issued"],
                    )
                    % {"count": result["issued"]},
                )
            else:
                messages.info(request, _("Everyone who qualifies already has a certificate."))
        return attendance_page


class ExportView(OrganiserView):
    template_name = "meetings/admin/export.html"
    page_title = gettext_lazy("Export participants")
    write_permission = staticmethod(can_view_registrations)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or ExportForm()
        return context

    def post(self, request, *args, **kwargs):
        form = ExportForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            export = export_participants(
                self.meeting,
                columns=form.cleaned_data["columns"],
                statuses=form.cleaned_data["statuses"],
                file_format=form.cleaned_data["file_format"],
                by=request.user,
                request=request,
            )
        except RegistrationError as error:
            messages.error(request, error.message)
            return self.render_to_response(self.get_context_data(form=form))
        response = HttpResponse(export.content, content_type=export.content_type)
        response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
        response["Cache-Control"] = "no-store"
        return response


class EmailParticipantsView(OrganiserView):
    template_name = "meetings/admin/email.html"
    page_title = gettext_lazy("E-mail participants")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or EmailParticipantsForm()
        return context

    def post(self, request, *args, **kwargs):
        form = EmailParticipantsForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        count = email_participants(
            self.meeting,
            statuses=form.cleaned_data["statuses"],
            subject=form.cleaned_data["subject"],
            message=form.cleaned_data["message"],
            by=request.user,
        )
        messages.success(request, _("Your message is being sent to %(count)s people.") % {"count": count})
        return self.back()


class CancelMeetingView(OrganiserView):
    template_name = "meetings/admin/cancel.html"
    page_title = gettext_lazy("Cancel the meeting")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or CancelMeetingForm()
        context["seats"] = seat_summary(self.meeting)
        return context

    def post(self, request, *args, **kwargs):
        form = CancelMeetingForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            cancel_meeting(self.meeting, by=request.user, reason=form.cleaned_data["reason"])
        except RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The meeting is cancelled and every registrant is being told."))
        return self.back()
