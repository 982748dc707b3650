"""Meetings as Wagtail pages: the index, the meeting itself, its seat quotas and documents."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ern_learning.accounts.models import Country
from ern_learning.accounts.roles import Role
from meetings.blocks import AgendaStreamBlock
from meetings.page_forms import MeetingPageForm

DEFAULT_TIME_ZONE = "Asia/Bangkok"


def validate_time_zone(value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value}, code="time_zone")


class MeetingKind(models.TextChoices):
    COORDINATION = "coordination", _("Coordination meeting")
    CAPACITY_BUILDING = "capacity_building", _("Capacity-building session")
    WEBINAR = "webinar", _("Webinar")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class MeetingIndexPage(Page):
    """The meetings section: lists the meetings below it that the viewer may see."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["meetings.MeetingPage"]

    class Meta:
        verbose_name = _("meeting index page")

    def get_context(self, request, *args, **kwargs):
        from meetings.selectors.meetings import meeting_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = meeting_listing(request.user, index=self)
        return context


class MeetingPage(Page):
    """One coordination meeting, capacity-building session or webinar, with its registration rules.

    Every date and time is entered and shown in the meeting's own time zone and stored in UTC.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.COORDINATION)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences: who the meeting is for and why.")
    )
    agenda = StreamField(AgendaStreamBlock(), verbose_name=_("agenda"), blank=True)

    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Where the meeting takes place; every date and time on this page is in this zone."),
    )
    start_at = models.DateTimeField(_("starts"))
    end_at = models.DateTimeField(_("ends"))

    location_city = models.CharField(
        _("city"), max_length=120, blank=True, help_text=_("Shown to everyone, for example: Bangkok, Thailand.")
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("Shown only to approved participants."))
    venue_address = models.TextField(_("venue address and directions"), blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True, help_text=_("Shown only to approved participants."))
    online_instructions = models.TextField(
        _("online joining instructions"), blank=True, help_text=_("Meeting ID, passcode, dial-in numbers.")
    )

    capacity = models.PositiveIntegerField(_("seats"), validators=[MinValueValidator(1)], default=30)
    approval_required = models.BooleanField(
        _("organisers approve each registration"),
        default=True,
        help_text=_("When off, registrations are approved at once while seats remain."),
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"), null=True, blank=True, help_text=_("Leave empty to open registration when published.")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Leave empty to accept registrations until the start.")
    )
    cancellation_deadline = models.DateTimeField(
        _("participants can cancel until"), null=True, blank=True, help_text=_("Leave empty to allow cancelling until the start.")
    )
    eligible_countries = models.JSONField(
        _("open to officers of"),
        default=list,
        blank=True,
        help_text=_("Leave all unticked to open the meeting to every country."),
    )
    eligible_roles = models.JSONField(
        _("open to roles"),
        default=list,
        blank=True,
        help_text=_("Leave all unticked to open the meeting to every approved member."),
    )
    prerequisite_course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course to complete first"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only people who completed this course can register."),
    )
    members_only = models.BooleanField(
        _("listed for network members only"),
        default=True,
        help_text=_("When off, the title, summary, dates and agenda are public; venue, link and documents never are."),
    )

    attendance_certificates = models.BooleanField(
        _("attendance certificates"),
        default=True,
        help_text=_("Organisers can issue a certificate of attendance to the participants who attended."),
    )
    certificate_attendance_percent = models.PositiveSmallIntegerField(
        _("attendance needed for a certificate (%)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of the meeting's days a participant must attend; 100 means every day."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("start_at")]

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("time_zone"), FieldPanel("start_at"), FieldPanel("end_at")],
            heading=_("When"),
            help_text=_("Enter dates and times as they are where the meeting takes place."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("location_city"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("online_url"),
                FieldPanel("online_instructions"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("approval_required"),
                FieldPanel("registration_opens_at"),
                FieldPanel("registration_closes_at"),
                FieldPanel("cancellation_deadline"),
                FieldPanel("eligible_countries"),
                FieldPanel("eligible_roles"),
                FieldPanel("prerequisite_course"),
                FieldPanel("members_only"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("quotas", heading=_("Seats per country"), label=_("Country quota")),
        MultiFieldPanel(
            [FieldPanel("attendance_certificates"), FieldPanel("certificate_attendance_percent")],
            heading=_("Certificates"),
        ),
        InlinePanel("documents", heading=_("Documents for participants"), label=_("Document")),
    ]

    parent_page_types = ["meetings.MeetingIndexPage"]
    subpage_types: list[str] = []
    base_form_class = MeetingPageForm

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    # --- Cheap properties --------------------------------------------------------------------

    @property
    def tz(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(DEFAULT_TIME_ZONE)

    @property
    def local_start(self) -> datetime:
        return self.start_at.astimezone(self.tz)

    @property
    def local_end(self) -> datetime:
        return self.end_at.astimezone(self.tz)

    @property
    def days(self) -> list[date]:
        """Each calendar day of the meeting, in its own time zone."""
        first, last = self.local_start.date(), self.local_end.date()
        return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]

    @property
    def is_multi_day(self) -> bool:
        return self.local_start.date() != self.local_end.date()

    @property
    def mode(self) -> str:
        if self.venue_name and self.online_url:
            return AttendanceMode.HYBRID
        if self.online_url:
            return AttendanceMode.ONLINE
        return AttendanceMode.IN_PERSON

    @property
    def mode_label(self) -> str:
        return AttendanceMode(self.mode).label

    @property
    def registration_closes(self) -> datetime:
        return self.registration_closes_at or self.start_at

    @property
    def cancellation_closes(self) -> datetime:
        return self.cancellation_deadline or self.start_at

    @cached_property
    def is_cancelled(self) -> bool:
        try:
            return self.state.cancelled_at is not None
        except MeetingState.DoesNotExist:
            return False

    @property
    def calendar_sequence(self) -> int:
        try:
            return self.state.sequence
        except MeetingState.DoesNotExist:
            return 0

    @property
    def eligible_country_labels(self) -> list[str]:
        return [str(Country(code).label) for code in self.eligible_countries if code in Country.values]

    @property
    def eligible_role_labels(self) -> list[str]:
        return [str(Role(name).label) for name in self.eligible_roles if name in Role.values]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            errors["end_at"] = _("The meeting must end after it starts.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if self.registration_closes_at and self.end_at and self.registration_closes_at > self.end_at:
            errors["registration_closes_at"] = _("Registration cannot close after the meeting ends.")
        if self.cancellation_deadline and self.end_at and self.cancellation_deadline > self.end_at:
            errors["cancellation_deadline"] = _("The cancellation deadline cannot be after the meeting ends.")
        if not self.venue_name and not self.online_url:
            errors["venue_name"] = _("Give a venue, an online meeting link, or both.")
        unknown_countries = set(self.eligible_countries or []) - set(Country.values)
        if unknown_countries:
            errors["eligible_countries"] = _("Unknown country codes: %(codes)s") % {"codes": ", ".join(sorted(unknown_countries))}
        unknown_roles = set(self.eligible_roles or []) - set(Role.values)
        if unknown_roles:
            errors["eligible_roles"] = _("Unknown roles: %(roles)s") % {"roles": ", ".join(sorted(unknown_roles))}
        if errors:
            raise ValidationError(errors)

    # --- Presentation ------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        from meetings.selectors.meetings import can_view_meeting

        if not can_view_meeting(request.user, self):
            if not request.user.is_authenticated:
                from django.contrib.auth.views import redirect_to_login

                return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from meetings.selectors.meetings import meeting_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(meeting_detail(self, viewer=request.user))
        return context


class MeetingCountryQuota(Orderable):
    """At most this many approved seats go to participants from one country."""

    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="quotas", verbose_name=_("meeting"))
    country = models.CharField(_("country or organisation"), max_length=10, choices=Country.choices)
    seats = models.PositiveIntegerField(_("seats"), validators=[MinValueValidator(1)])

    panels = [FieldPanel("country"), FieldPanel("seats")]

    class Meta(Orderable.Meta):
        verbose_name = _("country quota")
        verbose_name_plural = _("country quotas")
        constraints = [models.UniqueConstraint(fields=["meeting", "country"], name="meetings_quota_one_per_country")]

    def __str__(self) -> str:
        return f"{self.get_country_display()}: {self.seats}"


class MeetingDocumentKind(models.TextChoices):
    AGENDA = "agenda", _("Agenda")
    MINUTES = "minutes", _("Minutes")
    PRESENTATION = "presentation", _("Presentation")
    OTHER = "other", _("Other document")


class MeetingDocument(Orderable):
    """A file for participants (agenda, minutes, slides); served only to approved participants and organisers."""

    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="documents", verbose_name=_("meeting"))
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("document"))
    kind = models.CharField(_("kind"), max_length=20, choices=MeetingDocumentKind.choices, default=MeetingDocumentKind.AGENDA)

    panels = [FieldPanel("kind"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.document}"


class MeetingState(models.Model):
    """What happens to a meeting outside its editable content: calendar sequence and cancellation.

    Kept apart from the page, because publishing a revision overwrites every page field.
    """

    meeting = models.OneToOneField(
        MeetingPage, on_delete=models.CASCADE, primary_key=True, related_name="state", verbose_name=_("meeting")
    )
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    schedule_fingerprint = models.CharField(_("announced time and place"), max_length=64, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancellation_reason = models.CharField(_("reason for cancelling"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("meeting state")
        verbose_name_plural = _("meeting states")

    def __str__(self) -> str:
        return f"{self.meeting_id} #{self.sequence}"
