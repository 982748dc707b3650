"""axe-core on the public pages, and on the course, lesson, meeting and verification pages, in all eight languages:
no serious or critical violations."""

from contextlib import suppress

from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation

from ern_learning.languages import LANGUAGE_CODES

BLOCKING = {"serious", "critical"}


def blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


def public_paths() -> list[str]:
    """The pages every visitor can open; grows with the site's content."""
    from django.urls import NoReverseMatch, reverse

    paths = ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
    for name in ("courses:catalogue", "meetings:list", "certificates:verify_form"):
        with suppress(NoReverseMatch):
            paths.append(reverse(name)[3:])  # strip the /en prefix
    return paths


def test_public_pages_have_no_serious_accessibility_violations(page, site):
    found = {}
    for language in LANGUAGE_CODES:
        for path in public_paths():
            page.goto(f"{site}/{language}{path}")
            assert page.locator("html").get_attribute("lang") == language
            violations = blocking_violations(page)
            if violations:
                found[f"/{language}{path}"] = violations

    assert found == {}


def test_learning_meeting_and_verification_pages_have_no_serious_accessibility_violations(page, site):
    """What an officer reads once signed in: a course, a lesson (enrolled, with its blocks), a meeting they
    registered for, and a certificate's public verification page, in all eight languages."""
    from wagtail.models import Site

    from courses.services.progress import enrol_user
    from meetings.services.registrations import register_attendee
    from tests.e2e.helpers import sign_in
    from tests.factories.accounts import PASSWORD, OfficerFactory
    from tests.factories.certificates import CertificateFactory, CompletedEnrolmentFactory
    from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
    from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory

    home = Site.objects.get(is_default_site=True).root_page.specific
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), languages=list(LANGUAGE_CODES))
    lesson = LessonPageFactory(parent=course)
    finished = CoursePageFactory(parent=course.get_parent().specific, languages=["en"])
    meeting = MeetingPageFactory(parent=MeetingIndexPageFactory(parent=home))
    officer = OfficerFactory()
    enrol_user(officer, course)
    register_attendee(meeting, user=officer)
    CompletedEnrolmentFactory(user=officer, course=finished)
    certificate = CertificateFactory(holder=officer, course=finished)

    sign_in(page, site, officer, password=PASSWORD, language="en")
    found = {}
    for language in LANGUAGE_CODES:
        with translation.override(language):
            paths = [
                course.get_url(),
                lesson.get_url(),
                meeting.get_url(),
                reverse("certificates:verify", kwargs={"code": certificate.display_code}),
            ]
        for path in paths:
            response = page.goto(f"{site}{path}")
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language
            violations = blocking_violations(page)
            if violations:
                found[path] = violations

    assert found == {}
