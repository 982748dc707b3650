"""Demo meetings for `seed_demo`: a hybrid coordination meeting in Bangkok with country quotas, a full online
session with a waitlist, and a past session with attendance marked. Safe to run twice; all through services."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from ern_learning.accounts.models import Country, User
from ern_learning.core.i18n import set_translations
from ern_learning.core.models import HomePage
from meetings.demo_content import (
    BANGKOK_AGENDA,
    BANGKOK_MEETING,
    DIGITAL_EVIDENCE_SESSION,
    FINANCIAL_INVESTIGATIONS_SESSION,
    INDEX,
)
from meetings.models import (
    AttendanceRecord,
    MeetingCountryQuota,
    MeetingIndexPage,
    MeetingKind,
    MeetingPage,
    Registration,
    RegistrationStatus,
)
from meetings.services.attendance import issue_attendance_certificates, mark_attendance
from meetings.services.registrations import approve_registration, nominate_attendee, register_attendee

TRANSLATED_FIELDS = ("title", "summary", "location_city")


def _index(home: HomePage) -> MeetingIndexPage:
    index = MeetingIndexPage.objects.child_of(home).first()
    if index is None:
        index = MeetingIndexPage(title=INDEX["title"]["en"], slug="events")
        set_translations(index, "title", INDEX["title"])
        set_translations(index, "intro", INDEX["intro"])
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _local(day: date, hour: int, minute: int, zone: str) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))


def _meeting(index: MeetingIndexPage, *, slug: str, content: dict, quotas: dict[str, int] | None = None, **fields) -> MeetingPage:
    """The demo meeting with this slug, created and published the first time only (its dates never move)."""
    existing = MeetingPage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        return existing
    meeting = MeetingPage(title=content["title"]["en"], slug=slug, **fields)
    for field in TRANSLATED_FIELDS:
        set_translations(meeting, field, content[field])
    meeting.quotas = [MeetingCountryQuota(country=country, seats=seats) for country, seats in (quotas or {}).items()]
    index.add_child(instance=meeting)
    meeting.save_revision().publish()
    return MeetingPage.objects.get(pk=meeting.pk)


def _agenda(first_day: date) -> list:
    blocks = []
    for block_type, item in BANGKOK_AGENDA:
        value = {key: value for key, value in item.items() if key != "day_offset"}
        value["day"] = first_day + timedelta(days=item["day_offset"])
        value["start_time"] = time.fromisoformat(item["start_time"])
        value["end_time"] = time.fromisoformat(item["end_time"])
        blocks.append((block_type, value))
    return blocks


def _register(meeting: MeetingPage, person: User, *, note: str = "", nominated_by: User | None = None, now=None) -> Registration:
    existing = Registration.objects.filter(meeting=meeting, user=person).first()
    if existing is not None:
        return existing
    if nominated_by is not None:
        return nominate_attendee(meeting, officer=person, by=nominated_by, note=note, now=now)
    return register_attendee(meeting, user=person, note=note, now=now)


def seed_meetings(*, people: dict[str, User], home: HomePage) -> list[str]:
    """Create the three demo meetings and their registrations (idempotent); returns summary lines."""
    organiser = people["organiser@ern.example"]
    officer = {key: people[f"officer.{key}@ern.example"] for key in ("kh", "th", "vn", "la", "id", "my", "ph")}
    ncb_th = people["ncb.th@ern.example"]
    today = timezone.now().astimezone(ZoneInfo("Asia/Bangkok")).date()

    with transaction.atomic():
        index = _index(home)

        # An upcoming hybrid coordination meeting in Bangkok, with seats shared out per country.
        first_day = today + timedelta(days=45)
        bangkok = _meeting(
            index,
            slug="ern-coordination-bangkok",
            content=BANGKOK_MEETING,
            kind=MeetingKind.COORDINATION,
            time_zone="Asia/Bangkok",
            start_at=_local(first_day, 9, 0, "Asia/Bangkok"),
            end_at=_local(first_day + timedelta(days=1), 16, 30, "Asia/Bangkok"),
            venue_name="United Nations Conference Centre (UNCC)",
            venue_address="Rajadamnern Nok Avenue, Bangkok 10200, Thailand\nMeeting room 3, second floor. Bring your badge.",
            online_url="https://meet.ern-learning.example/ern-coordination",
            online_instructions="Meeting ID 482 193 7750 · Passcode ERN2026",
            capacity=30,
            approval_required=True,
            registration_closes_at=_local(first_day - timedelta(days=14), 17, 0, "Asia/Bangkok"),
            cancellation_deadline=_local(first_day - timedelta(days=7), 17, 0, "Asia/Bangkok"),
            members_only=True,
            agenda_en=_agenda(first_day),
            quotas={
                Country.CAMBODIA: 4,
                Country.INDONESIA: 4,
                Country.LAO_PDR: 4,
                Country.MALAYSIA: 4,
                Country.PHILIPPINES: 4,
                Country.THAILAND: 4,
                Country.VIET_NAM: 4,
                Country.INTERPOL: 2,
            },
        )
        focal_kh = people["focal.kh@ern.example"]
        for registration in [
            _register(bangkok, officer["kh"], nominated_by=focal_kh, note="Leads the cybercrime office's scam-compound cases."),
            _register(bangkok, officer["th"], note="Will present two joint cases."),
            _register(bangkok, officer["vn"]),
            _register(bangkok, ncb_th, note="INTERPOL NCB Bangkok contact point."),
        ]:
            if registration.status == RegistrationStatus.PENDING:
                approve_registration(registration, by=organiser, reason="Nominated delegate.")
        _register(bangkok, officer["la"])
        _register(bangkok, officer["id"], note="Arriving on the morning of the first day.")

        # An online session on digital evidence: full, with people waiting.
        session_day = today + timedelta(days=20)
        digital = _meeting(
            index,
            slug="digital-evidence-session",
            content=DIGITAL_EVIDENCE_SESSION,
            kind=MeetingKind.CAPACITY_BUILDING,
            time_zone="Asia/Jakarta",
            start_at=_local(session_day, 13, 0, "Asia/Jakarta"),
            end_at=_local(session_day, 16, 0, "Asia/Jakarta"),
            online_url="https://meet.ern-learning.example/digital-evidence",
            online_instructions="Meeting ID 391 552 0184 · Passcode EVIDENCE",
            capacity=3,
            approval_required=False,
            members_only=True,
        )
        for key in ("id", "my", "ph", "kh", "vn", "la"):
            _register(digital, officer[key])

        # A past session, with attendance marked for each day.
        past_day = today - timedelta(days=20)
        financial = _meeting(
            index,
            slug="financial-investigations-session",
            content=FINANCIAL_INVESTIGATIONS_SESSION,
            kind=MeetingKind.CAPACITY_BUILDING,
            time_zone="Asia/Kuala_Lumpur",
            start_at=_local(past_day, 9, 0, "Asia/Kuala_Lumpur"),
            end_at=_local(past_day + timedelta(days=1), 17, 0, "Asia/Kuala_Lumpur"),
            venue_name="Royal Malaysia Police College",
            venue_address="Jalan Semarak, Kuala Lumpur, Malaysia",
            capacity=20,
            approval_required=False,
            members_only=True,
        )
        registered_then = financial.start_at - timedelta(days=10)
        registrations = {key: _register(financial, officer[key], now=registered_then) for key in ("my", "id", "ph", "th", "kh")}
        first, second = financial.days[0], financial.days[1]
        for day, present in [(first, ("my", "id", "ph", "th")), (second, ("my", "id", "th"))]:
            if not AttendanceRecord.objects.filter(registration__meeting=financial, date=day).exists():
                mark_attendance(financial, day=day, present={registrations[key].pk for key in present}, by=organiser)
        # Those present both days (Malaysia, Indonesia, Thailand) hold a certificate of attendance.
        issue_attendance_certificates(financial, by=organiser)

    def financial_certificates(meeting: MeetingPage) -> int:
        from courses.models import Certificate

        return Certificate.objects.filter(meeting=meeting).count()

    def count(meeting: MeetingPage, status: str) -> int:
        return Registration.objects.filter(meeting=meeting, status=status).count()

    return [
        f"Meeting: {bangkok.title} — {count(bangkok, 'approved')} approved, {count(bangkok, 'pending')} awaiting approval",
        f"Meeting: {digital.title} — {count(digital, 'approved')} approved (full), {count(digital, 'waitlisted')} on the waitlist",
        f"Meeting: {financial.title} (past) — attendance marked for {len(financial.days)} days, "
        f"{financial_certificates(financial)} certificates of attendance",
    ]
