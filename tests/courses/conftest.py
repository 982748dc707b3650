import pytest

from courses.services.progress import enrol_user
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory, QuizPageFactory


@pytest.fixture
def catalogue(home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def course(catalogue):
    return CoursePageFactory(parent=catalogue, title="Digital evidence basics", slug="digital-evidence-basics")


@pytest.fixture
def lessons(course):
    return [LessonPageFactory(parent=course, title=f"Lesson {n}", slug=f"lesson-{n}") for n in (1, 2, 3)]


@pytest.fixture
def quiz(course, lessons):
    return QuizPageFactory(parent=course)


@pytest.fixture
def enrolment(officer, course, lessons, quiz):
    return enrol_user(officer, course)
