"""A meeting organiser in Bangkok, in English: create a two-seat meeting in the page editor, decide on three
registrations, see a seat freed and refilled from the waitlist, export the participants, mark attendance and
issue certificates of attendance."""

import csv
import io
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate
from ern_learning.accounts.models import Country
from meetings.models import MeetingPage, Registration, RegistrationStatus
from tests.e2e.helpers import sign_in
from tests.factories.accounts import PASSWORD, OfficerFactory, OrganizerFactory, give_totp
from tests.factories.meetings import MeetingIndexPageFactory

BANGKOK = ZoneInfo("Asia/Bangkok")
TITLE = "Regional coordination on scam compounds"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


@pytest.fixture
def officer_pages(page, browser_context_args):
    """Opens a browser of its own (a phone, as the officers use) for each officer; closes them at the end."""
    contexts = []

    def open_browser():
        context = page.context.browser.new_context(**browser_context_args)
        contexts.append(context)
        return context.new_page()

    yield open_browser
    for context in contexts:
        context.close()


@pytest.fixture
def officer_screenshot(request):
    """Screenshots of the officers' own browsers, saved beside the `screenshot` fixture's (which covers `page`)."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)

    def take(officer_page, name: str) -> Path:
        path = folder / f"officer-{name}.png"
        officer_page.screenshot(path=str(path), full_page=True)
        return path

    return take


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=BANGKOK)


def messages_shown(page) -> str:
    return page.locator(".messages").inner_text()


def seats_at_a_glance(page) -> dict[str, str]:
    """The organisers' seats table, heading -> number."""
    table = page.locator("section[aria-labelledby=seats-heading] table").first
    headings = table.locator("thead th").all_inner_texts()
    cells = table.locator("tbody tr").first.locator("td").all_inner_texts()
    return dict(zip([h.strip() for h in headings], [c.strip() for c in cells], strict=True))


def mails_to(user, subject_start: str) -> list:
    return [m for m in mail.outbox if user.email in m.to and m.subject.startswith(subject_start)]


def register(officer_page, site, meeting_url: str, officer) -> None:
    sign_in(officer_page, site, officer, password=PASSWORD, language="en")
    officer_page.goto(f"{site}{meeting_url}")
    assert officer_page.locator("h1").inner_text() == TITLE
    officer_page.fill("#id_note", f"{officer.agency}, {officer.get_country_display()}")
    officer_page.locator("form[action*='/register/'] button[type=submit]").click()
    officer_page.wait_for_load_state()


def test_organiser_runs_a_meeting_from_creation_to_certificates(
    page, site, screenshot, officer_pages, officer_screenshot, tmp_path
):
    from wagtail.models import Site

    index = MeetingIndexPageFactory(parent=Site.objects.get(is_default_site=True).root_page.specific)
    organiser = OrganizerFactory(first_name="Napat", last_name="Srisuk", email="napat.srisuk@unodc.example")
    give_totp(organiser)
    sokha = OfficerFactory(first_name="Sokha", last_name="Chan", country=Country.CAMBODIA, agency="Cambodian National Police")
    maria = OfficerFactory(
        first_name="Maria", last_name="Santos", country=Country.PHILIPPINES, agency="Philippine National Police"
    )
    somchai = OfficerFactory(first_name="Somchai", last_name="Wongsakul", country=Country.THAILAND, agency="Royal Thai Police")

    # --- The organiser creates a two-seat meeting in the page editor, on a desktop. ---------------------
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, site, organiser, password=PASSWORD, language="en")
    meeting_day = timezone.now().astimezone(BANGKOK).date() + timedelta(days=30)
    page.goto(f"{site}/admin/pages/add/meetings/meetingpage/{index.pk}/")
    page.fill("input[name=title_en]", TITLE)
    page.select_option("select[name=kind]", "coordination")
    page.fill("textarea[name=summary_en]", "Officers of the network compare cases of forced criminality in scam compounds.")
    page.select_option("select[name=time_zone]", "Asia/Bangkok")
    # Typed as the existing form tests post them; each click elsewhere closes the previous date picker.
    page.locator("input[name=start_at]").click()
    page.fill("input[name=start_at]", f"{meeting_day:%Y-%m-%d} 09:00")
    page.locator("input[name=end_at]").click()
    page.fill("input[name=end_at]", f"{meeting_day:%Y-%m-%d} 17:00")
    page.locator("input[name=location_city_en]").click()
    page.fill("input[name=location_city_en]", "Bangkok, Thailand")
    page.fill("input[name=venue_name_en]", "United Nations Conference Centre")
    page.fill("input[name=capacity]", "2")
    assert page.locator("input[name=approval_required]").is_checked()  # the default: organisers approve each one
    assert page.locator("input[name=attendance_certificates]").is_checked()
    page.locator("input[name=capacity]").scroll_into_view_if_needed()
    screenshot("editor-new-meeting")
    page.locator("footer .w-dropdown__toggle").click()
    page.locator("footer button[name=action-publish]").click()
    page.wait_for_load_state()
    assert f"Page '{TITLE}' created and published." in messages_shown(page), messages_shown(page)
    screenshot("meeting-published")
    meeting = MeetingPage.objects.get(title=TITLE)
    assert meeting.live
    assert meeting.capacity == 2
    assert meeting.approval_required
    assert meeting.slug == "regional-coordination-on-scam-compounds"  # filled in from the title
    assert (meeting.start_at, meeting.end_at) == (at(meeting_day, 9), at(meeting_day, 17))
    meeting_url = meeting.get_url()
    assert meeting_url.startswith("/en/")

    # --- Three officers, each on their own phone, register. ---------------------------------------------
    officers = {}
    for officer in (sokha, maria, somchai):
        officer_page = officer_pages()
        register(officer_page, site, meeting_url, officer)
        assert "Thank you: your registration was received. The organisers will confirm it by e-mail." in (
            officer_page.locator(".messages").inner_text()
        )
        assert officer_page.locator(".meeting__registration .badge").inner_text() == "Awaiting approval"
        officers[officer.pk] = officer_page
    officer_screenshot(officers[somchai.pk], "registered")
    assert Registration.objects.filter(meeting=meeting, status=RegistrationStatus.PENDING).count() == 3
    registration = {r.user_id: r for r in Registration.objects.filter(meeting=meeting)}

    # --- The organiser approves two; the third, with no seat left, goes to the waitlist. ---------------
    page.goto(f"{site}{reverse('meetings_admin:registrations', args=[meeting.pk])}")
    assert page.locator("caption").first.inner_text() == "3 registrations"
    for person in (sokha, maria, somchai):
        assert person.get_full_name() in page.locator("table.listing").last.inner_text()
    screenshot("registrations-pending")
    page.check(f"#reg-{registration[sokha.pk].pk}")
    page.check(f"#reg-{registration[maria.pk].pk}")
    page.select_option("select[name=action]", "approve")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state()
    assert "2 registration(s) now: Approved." in messages_shown(page)

    page.check(f"#reg-{registration[somchai.pk].pk}")
    page.select_option("select[name=action]", "approve")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state()
    assert "1 registration(s) now: On the waitlist." in messages_shown(page)
    seats = seats_at_a_glance(page)
    assert (seats["Capacity"], seats["Approved"], seats["Free"], seats["On the waitlist"]) == ("2", "2", "0", "1")
    assert "On the waitlist (#1)" in page.locator("table.listing").last.inner_text()
    screenshot("registrations-full")
    for person in (sokha, maria):
        assert len(mails_to(person, f"Your seat is confirmed: {TITLE}")) == 1
    assert len(mails_to(somchai, f"You are on the waitlist: {TITLE}")) == 1

    somchai_page = officers[somchai.pk]
    somchai_page.reload()
    assert somchai_page.locator(".meeting__registration .badge").inner_text() == "On the waitlist"
    assert "You are number 1 on the waitlist." in somchai_page.locator(".meeting__registration").inner_text()
    assert "2 of 2 taken" in somchai_page.locator(".meeting__registration").inner_text()

    # --- Sokha cannot come after all and cancels from the meeting page: Somchai gets the seat. ----------
    sokha_page = officers[sokha.pk]
    sokha_page.reload()
    assert sokha_page.locator(".meeting__registration .badge").inner_text() == "Approved"
    sokha_page.fill("#cancel-reason", "A court hearing the same week.")
    sokha_page.get_by_role("button", name="Cancel my registration").click()
    sokha_page.wait_for_load_state()
    assert "Your registration was cancelled." in sokha_page.locator(".messages").inner_text()
    assert sokha_page.locator(".meeting__registration .badge").inner_text() == "Cancelled"
    officer_screenshot(sokha_page, "cancelled")

    assert Registration.objects.get(pk=registration[somchai.pk].pk).status == RegistrationStatus.APPROVED
    promoted = mails_to(somchai, f"A seat is now yours: {TITLE}")
    assert len(promoted) == 1
    assert "you have moved from the waitlist to the list of participants" in promoted[0].body
    somchai_page.reload()
    assert somchai_page.locator(".meeting__registration .badge").inner_text() == "Approved"
    assert "United Nations Conference Centre" in somchai_page.locator(".meeting__private").inner_text()
    officer_screenshot(somchai_page, "promoted")
    somchai_page.goto(f"{site}/en/meetings/my/")
    upcoming = somchai_page.locator("table.data-table tbody tr", has_text=TITLE)
    assert upcoming.locator(".badge").inner_text() == "Approved"

    page.reload()
    seats = seats_at_a_glance(page)
    assert (seats["Approved"], seats["Free"], seats["On the waitlist"], seats["Cancelled"]) == ("2", "0", "0", "1")

    # --- The organiser exports the participants as CSV, with the columns the venue asked for. -----------
    page.get_by_role("link", name="Export", exact=True).click()
    page.wait_for_load_state()
    for column in ("native_name", "agency", "rank"):
        page.uncheck(f"input[name=columns][value={column}]")
    page.check("input[name=file_format][value=csv]")
    assert page.locator("input[name=statuses][value=approved]").is_checked()
    screenshot("export")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.suffix == ".csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Name (Latin script)", "E-mail", "Country or organisation", "Status"]
    assert sorted(rows[1:]) == [
        ["Maria Santos", maria.email, "Philippines", "Approved"],
        ["Somchai Wongsakul", somchai.email, "Thailand", "Approved"],
    ]

    # --- The meeting takes place. Nobody can fast-forward a browser's clock into the server, so the ORM
    # --- moves the meeting's dates three days into the past, as if the organiser came back afterwards.
    held_on = timezone.now().astimezone(BANGKOK).date() - timedelta(days=3)
    MeetingPage.objects.filter(pk=meeting.pk).update(start_at=at(held_on, 9), end_at=at(held_on, 17))

    page.get_by_role("link", name="Attendance", exact=True).click()
    page.wait_for_load_state()
    assert "Qualifying: 0 of 2 participants. Certificates issued: 0." in page.locator("main").inner_text()
    page.check(f"#present-{registration[maria.pk].pk}")
    page.check(f"#present-{registration[somchai.pk].pk}")
    page.get_by_role("button", name="Save attendance").click()
    page.wait_for_load_state()
    assert "Attendance saved: 2 present, 0 absent." in messages_shown(page)
    assert "Qualifying: 2 of 2 participants. Certificates issued: 0." in page.locator("main").inner_text()
    screenshot("attendance")

    page.get_by_role("button", name="Issue 2 certificates").click()
    page.wait_for_load_state()
    assert "2 certificates of attendance issued; their holders are being told by e-mail." in messages_shown(page)
    assert "Qualifying: 2 of 2 participants. Certificates issued: 2." in page.locator("main").inner_text()
    assert page.get_by_role("button", name="Issue 2 certificates").count() == 0
    assert page.get_by_role("button", name="Download all as a ZIP file").count() == 1
    screenshot("certificates-issued")

    certificates = Certificate.objects.filter(meeting=meeting)
    assert sorted(certificates.values_list("holder__email", flat=True)) == sorted([maria.email, somchai.email])
    for attendee in (maria, somchai):
        assert len(mails_to(attendee, f"Your certificate of attendance: {TITLE}")) == 1
    assert not mails_to(sokha, "Your certificate of attendance")

    page.get_by_role("link", name="Registrations", exact=True).click()
    page.wait_for_load_state()
    for attendee in (maria, somchai):
        row = page.locator("table.listing tbody tr", has_text=attendee.email)
        assert row.locator("td").nth(7).inner_text() == "1"  # days attended

    # --- Maria follows the link in her e-mail and finds the certificate among hers. ----------------------
    (certificate_mail,) = mails_to(maria, f"Your certificate of attendance: {TITLE}")
    link = next(url for url in re.findall(r"https?://\S+", certificate_mail.body) if "/verify/" not in url)
    assert urlsplit(link).path == "/en/certificates/"
    maria_page = officers[maria.pk]
    maria_page.goto(f"{site}{urlsplit(link).path}")
    card = maria_page.locator(".card", has_text=TITLE)
    assert card.count() == 1
    assert card.locator(".badge--valid").inner_text() == "Valid"
    officer_screenshot(maria_page, "my-certificates")
