"""axe-core on the public pages, and on the course, lesson, quiz, My learning, meeting and verification pages, in
all eight languages: no serious or critical violations."""

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


def violations_in_every_language(page, site, paths) -> dict[str, list[str]]:
    """Blocking violations by path, for the paths `paths()` gives with each language active in turn."""
    found = {}
    for language in LANGUAGE_CODES:
        with translation.override(language):
            language_paths = paths()
        for path in language_paths:
            response = page.goto(f"{site}{path}")
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language
            violations = blocking_violations(page)
            if violations:
                found[path] = violations
    return found


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

    def paths():
        return [
            course.get_url(),
            lesson.get_url(),
            meeting.get_url(),
            reverse("certificates:verify", kwargs={"code": certificate.display_code}),
        ]

    assert violations_in_every_language(page, site, paths) == {}


def test_quiz_and_my_learning_pages_have_no_serious_accessibility_violations(page, site):
    """What a signed-in officer sees while taking quizzes: an open attempt (radio buttons and checkboxes), the result of
    a failed attempt with feedback, the result of a passed one with every answer shown, and the My learning dashboard
    with a course in progress, a completed course and both results, in all eight languages."""
    from wagtail.models import Site

    from courses.models import QuestionKind
    from courses.services.progress import complete_lesson, enrol_user
    from courses.services.quizzes import grade_attempt, start_attempt
    from tests.e2e.helpers import sign_in
    from tests.factories.accounts import PASSWORD, OfficerFactory
    from tests.factories.courses import (
        CourseIndexPageFactory,
        CoursePageFactory,
        LessonPageFactory,
        QuizPageFactory,
        correct_answers,
        make_question,
        wrong_answers,
    )

    home = Site.objects.get(is_default_site=True).root_page.specific
    catalogue = CourseIndexPageFactory(parent=home)
    questions = [
        make_question("Which step comes first at the scene?"),
        make_question(
            "Which details belong in the exhibit record?",
            kind=QuestionKind.MULTIPLE,
            choices=[("Date and place of seizure", True), ("The IMEI", True), ("An opinion on guilt", False)],
        ),
        make_question(
            "A passcode given voluntarily is recorded.", kind=QuestionKind.TRUE_FALSE, choices=[("True", True), ("False", False)]
        ),
    ]
    in_progress = CoursePageFactory(parent=catalogue, languages=list(LANGUAGE_CODES))
    LessonPageFactory(parent=in_progress)
    open_quiz = QuizPageFactory(parent=in_progress, questions=questions, max_attempts=3)
    finished = CoursePageFactory(parent=catalogue, languages=list(LANGUAGE_CODES))
    finished_lesson = LessonPageFactory(parent=finished)
    passed_quiz = QuizPageFactory(parent=finished, questions=1)
    officer = OfficerFactory()
    enrol_user(officer, in_progress)
    failed = grade_attempt(start_attempt(officer, open_quiz), answers=wrong_answers(open_quiz))
    start_attempt(officer, open_quiz)
    enrol_user(officer, finished)
    complete_lesson(officer, finished_lesson)
    passed = grade_attempt(start_attempt(officer, passed_quiz), answers=correct_answers(passed_quiz))
    assert (failed.passed, passed.passed) == (False, True)

    sign_in(page, site, officer, password=PASSWORD, language="en")

    def paths():
        return [
            reverse("courses:take_quiz", args=[open_quiz.pk]),
            reverse("courses:attempt", args=[failed.pk]),
            reverse("courses:attempt", args=[passed.pk]),
            reverse("courses:my_learning"),
        ]

    assert violations_in_every_language(page, site, paths) == {}
