"""One small world for the security tests: people of every role, and one object of each kind that
a URL can name (course, lesson, quiz attempt, certificate, meeting, registration, calendar feed,
membership application), all owned by the same Cambodian officer.

Building it takes seconds (Wagtail pages and revisions), and the matrix runs hundreds of cases, so
it is built once per module inside a transaction that is rolled back at the end, the way Django's
TestCase.setUpTestData works; each test runs in its own savepoint on top of it, so what a test
changes is undone before the next one.
"""

from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings

from ern_learning.accounts.models import Country, User

FAKE_PDF = b"%PDF-1.4\n% stored certificate for the security tests\n%%EOF\n"


@dataclass
class World:
    people: dict[str, User | None]
    course: object
    lessons: list
    quiz: object
    enrolment: object
    attempt: object
    certificate: object
    meeting_certificate: object
    meeting: object
    registration: object
    calendar_token: str
    applicant: User

    @property
    def owner(self) -> User:
        return self.people["owner"]


@pytest.fixture(scope="session")
def security_media(tmp_path_factory):
    return tmp_path_factory.mktemp("security-media")


@pytest.fixture(autouse=True)
def _media_root(settings, security_media):
    """The world's stored PDFs live in one folder for the whole module (overrides the suite's per-test folder)."""
    settings.MEDIA_ROOT = security_media


def build_world() -> World:
    from courses.services.progress import complete_lesson, enrol_user
    from courses.services.quizzes import grade_attempt, start_attempt
    from ern_learning.core.demo import seed_home_page
    from meetings.services.calendars import create_calendar_feed
    from meetings.services.registrations import register_attendee
    from tests.factories.accounts import (
        AdministratorFactory,
        AuthorFactory,
        FocalPointFactory,
        OfficerFactory,
        OrganizerFactory,
        PendingUserFactory,
        ReviewerFactory,
        give_totp,
    )
    from tests.factories.certificates import CertificateFactory
    from tests.factories.courses import (
        CourseIndexPageFactory,
        CoursePageFactory,
        LessonPageFactory,
        QuizPageFactory,
        wrong_answers,
    )
    from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory

    owner = OfficerFactory(country=Country.CAMBODIA, first_name="Sophea", last_name="Sokunthearith", email="owner@police.example")
    people = {
        "owner": owner,
        "other_officer": OfficerFactory(country=Country.CAMBODIA, first_name="Vannak", last_name="Pich"),
        "focal_point": FocalPointFactory(country=Country.CAMBODIA),
        "foreign_focal_point": FocalPointFactory(country=Country.THAILAND),
        "organizer": OrganizerFactory(),
        "administrator": AdministratorFactory(),
        "author": AuthorFactory(),
        "reviewer": ReviewerFactory(),
        "anonymous": None,
    }
    for name in ("focal_point", "foreign_focal_point", "organizer", "administrator", "author", "reviewer"):
        give_totp(people[name])

    home_page = seed_home_page()
    catalogue = CourseIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=catalogue, title="Digital evidence basics", slug="digital-evidence-basics")
    lessons = [LessonPageFactory(parent=course, title=f"Lesson {n}", slug=f"lesson-{n}") for n in (1, 2)]
    quiz = QuizPageFactory(parent=course, max_attempts=3)
    enrolment = enrol_user(owner, course)
    complete_lesson(owner, lessons[1])  # the second lesson: the matrix completes the first one itself
    attempt = grade_attempt(start_attempt(owner, quiz), answers=wrong_answers(quiz))

    certificate = CertificateFactory(holder=owner, course=course)
    certificate.pdf.save("security-test.pdf", ContentFile(FAKE_PDF), save=True)

    meetings_index = MeetingIndexPageFactory(parent=home_page)
    meeting = MeetingPageFactory(parent=meetings_index, title="ERN coordination meeting", slug="ern-coordination")
    registration = register_attendee(meeting, user=owner)
    meeting_certificate = CertificateFactory(
        holder=owner, course=None, meeting=meeting, title=meeting.title, title_english=meeting.title
    )
    meeting_certificate.pdf.save("security-test-meeting.pdf", ContentFile(FAKE_PDF), save=True)

    return World(
        people=people,
        course=course,
        lessons=lessons,
        quiz=quiz,
        enrolment=enrolment,
        attempt=attempt,
        certificate=certificate,
        meeting_certificate=meeting_certificate,
        meeting=meeting,
        registration=registration,
        calendar_token=create_calendar_feed(owner),
        applicant=PendingUserFactory(country=Country.CAMBODIA, first_name="Dara", last_name="Chanthavong"),
    )


@pytest.fixture(scope="module")
def module_world(django_db_setup, django_db_blocker, security_media):
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=security_media):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def world(module_world, db):
    """The module's world, inside this test's savepoint; objects are re-read so no test sees another's edits."""
    for name in (
        "course",
        "quiz",
        "enrolment",
        "attempt",
        "certificate",
        "meeting_certificate",
        "meeting",
        "registration",
        "applicant",
    ):
        getattr(module_world, name).refresh_from_db()
    for user in module_world.people.values():
        if user is not None:
            user.refresh_from_db()
    return module_world
