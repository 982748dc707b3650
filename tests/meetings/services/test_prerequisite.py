import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment
from meetings.errors import RegistrationError
from meetings.models import Registration
from meetings.services.registrations import nominate_attendee, register_attendee
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory


@pytest.fixture
def course(home_page):
    catalogue = CourseIndexPageFactory(parent=home_page)
    return CoursePageFactory(parent=catalogue, title="Digital evidence basics", slug="digital-evidence-basics")


@pytest.fixture
def session(make_meeting, course):
    return make_meeting(title="Advanced digital evidence session", prerequisite_course=course)


def test_register_attendee_without_the_prerequisite_course_is_refused(session, officer):
    with pytest.raises(RegistrationError) as error:
        register_attendee(session, user=officer)

    assert error.value.code == "missing_prerequisite"
    assert str(error.value) == "The course “Digital evidence basics” must be completed before registering."
    assert not Registration.objects.exists()


def test_register_attendee_enrolled_but_not_finished_is_refused(session, course, officer):
    Enrolment.objects.create(user=officer, course=course)

    with pytest.raises(RegistrationError) as error:
        register_attendee(session, user=officer)

    assert error.value.code == "missing_prerequisite"


def test_register_attendee_after_completing_the_course(session, course, officer):
    Enrolment.objects.create(user=officer, course=course, completed_at=timezone.now())

    registration = register_attendee(session, user=officer)

    assert registration.status == "approved"


def test_nominate_attendee_without_the_prerequisite_course_is_refused(session, focal_point, officer):
    with pytest.raises(RegistrationError) as error:
        nominate_attendee(session, officer=officer, by=focal_point)

    assert error.value.code == "missing_prerequisite"


def test_meeting_page_names_the_course_to_complete(client, session, officer):
    client.force_login(officer)

    response = client.get(session.url)

    assert "The course “Digital evidence basics” must be completed before registering." in response.content.decode()
    assert response.context["can_register"] is False


def test_deleting_the_course_removes_the_prerequisite(session, course, officer):
    course.delete()
    session.refresh_from_db()

    assert session.prerequisite_course is None
    assert register_attendee(session, user=officer).status == "approved"


def test_register_view_without_the_prerequisite_explains(client, session, officer):
    client.force_login(officer)

    client.post(reverse("meetings:register", args=[session.pk]))

    assert not Registration.objects.exists()
