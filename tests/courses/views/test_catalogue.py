import pytest
from django.core.cache import cache
from django.urls import reverse

from courses.models import CourseLevel
from courses.services.progress import complete_lesson, enrol_user
from ern_learning.core.i18n import set_translations
from tests.factories.courses import CoursePageFactory, LessonPageFactory, TopicFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


def titles(response) -> list[str]:
    return [card["course"].title for card in response.context["listing"].cards]


def test_catalogue_url_redirects_to_the_index_page(client, catalogue):
    response = client.get(reverse("courses:catalogue") + "?level=advanced")

    assert response.status_code == 302
    assert response["Location"] == catalogue.url + "?level=advanced"


def test_catalogue_url_without_index_page_says_so(client, home_page):
    response = client.get(reverse("courses:catalogue"))

    assert response.status_code == 404
    assert "There are no courses yet." in response.content.decode()


def test_catalogue_lists_live_courses_only(client, officer, catalogue):
    CoursePageFactory(parent=catalogue, title="Published course")
    CoursePageFactory(parent=catalogue, title="Draft course", live=False)
    client.force_login(officer)

    response = client.get(catalogue.url)

    assert titles(response) == ["Published course"]


def test_catalogue_filters_by_topic_level_and_language(client, officer, catalogue):
    money = TopicFactory(slug="financial-investigations", name="Financial investigations")
    CoursePageFactory(parent=catalogue, title="Money basics", topic=money, level=CourseLevel.INTRODUCTORY, languages=["en", "km"])
    CoursePageFactory(parent=catalogue, title="Money advanced", topic=money, level=CourseLevel.ADVANCED, languages=["en"])
    CoursePageFactory(parent=catalogue, title="Phones", level=CourseLevel.ADVANCED, languages=["en", "km"])
    client.force_login(officer)

    assert titles(client.get(catalogue.url, {"topic": "financial-investigations"})) == ["Money basics", "Money advanced"]
    assert titles(client.get(catalogue.url, {"level": "advanced"})) == ["Money advanced", "Phones"]
    assert titles(client.get(catalogue.url, {"language": "km"})) == ["Money basics", "Phones"]
    assert titles(client.get(catalogue.url, {"topic": "financial-investigations", "language": "km"})) == ["Money basics"]


def test_catalogue_search_finds_learners_language_and_english(client, officer, catalogue):
    khmer = CoursePageFactory(parent=catalogue, title="Chain of custody", summary="Keep evidence admissible.")
    set_translations(khmer, "title", {"km": "ខ្សែសង្វាក់នៃការថែរក្សាភស្តុតាង"})
    khmer.save_revision().publish()
    CoursePageFactory(parent=catalogue, title="Crypto tracing", summary="Follow the blockchain.")
    client.force_login(officer)
    en_catalogue = catalogue.url
    km_catalogue = en_catalogue.replace("/en/", "/km/", 1)

    assert titles(client.get(km_catalogue, {"q": "ខ្សែសង្វាក់"})) == ["ខ្សែសង្វាក់នៃការថែរក្សាភស្តុតាង"]
    assert titles(client.get(km_catalogue, {"q": "blockchain"})) == ["Crypto tracing"]
    assert titles(client.get(en_catalogue, {"q": "ខ្សែសង្វាក់"})) == []


def test_catalogue_invalid_filter_shows_everything_not_an_error(client, officer, catalogue):
    CoursePageFactory(parent=catalogue, title="Phones")
    client.force_login(officer)

    response = client.get(catalogue.url, {"level": "expert", "topic": "nope"})

    assert response.status_code == 200
    assert titles(response) == ["Phones"]


def test_catalogue_shows_enrolled_learners_progress(client, officer, catalogue):
    course = CoursePageFactory(parent=catalogue)
    lessons = [LessonPageFactory(parent=course) for _ in range(4)]
    enrol_user(officer, course)
    complete_lesson(officer, lessons[0])
    client.force_login(officer)

    response = client.get(catalogue.url)

    assert response.context["listing"].cards[0]["progress"].percent == 25
    assert "25% complete" in response.content.decode()


@pytest.mark.parametrize("size", [1, 10])
def test_catalogue_queries_do_not_grow_with_courses(client, officer, catalogue, django_assert_num_queries, size):
    topic = TopicFactory()
    for _ in range(size):
        course = CoursePageFactory(parent=catalogue, topic=topic)
        lesson = LessonPageFactory(parent=course)
        enrol_user(officer, course)
        complete_lesson(officer, lesson)
    client.force_login(officer)
    client.get(catalogue.url)

    with django_assert_num_queries(CATALOGUE_QUERIES):
        response = client.get(catalogue.url)

    assert len(response.context["listing"].cards) == size


CATALOGUE_QUERIES = 15


@pytest.mark.parametrize("size", [1, 10])
def test_anonymous_catalogue_queries_do_not_grow_with_courses(client, catalogue, django_assert_num_queries, size):
    for _ in range(size):
        CoursePageFactory(parent=catalogue)
    cache.clear()

    with django_assert_num_queries(ANONYMOUS_CATALOGUE_QUERIES):
        response = client.get(catalogue.url)

    assert response.content.decode().count('class="card course-card"') == size


ANONYMOUS_CATALOGUE_QUERIES = 10


def test_anonymous_catalogue_is_served_from_cache_until_a_page_is_published(client, catalogue, django_assert_max_num_queries):
    course = CoursePageFactory(parent=catalogue, title="Phones")
    first = client.get(catalogue.url)
    course.title = "Mobile phones"
    course.save()  # a change that is not published does not show, and the cached list is still used

    cached = client.get(catalogue.url)
    course.save_revision().publish()
    fresh = client.get(catalogue.url)

    assert "Phones" in first.content.decode()
    assert "Phones" in cached.content.decode() and "Mobile phones" not in cached.content.decode()
    assert "Mobile phones" in fresh.content.decode()
