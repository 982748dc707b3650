import pytest
from wagtail.models import Revision

from ern_learning.core.i18n import set_translations
from ern_learning.core.services.publishing import publish_page
from tests.factories.courses import CourseIndexPageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(home_page):
    lesson = LessonPageFactory(parent=CourseIndexPageFactory(parent=home_page), title="Chain of custody")
    return publish_page(lesson)


def lesson_revisions(lesson) -> int:
    return Revision.objects.for_instance(lesson).count()


def test_publish_page_unchanged_page_makes_no_new_revision(lesson):
    before = (lesson_revisions(lesson), lesson.live_revision_id, lesson.last_published_at)

    published = publish_page(lesson)

    assert (lesson_revisions(published), published.live_revision_id, published.last_published_at) == before


def test_publish_page_same_body_built_again_makes_no_new_revision(lesson):
    revisions = lesson_revisions(lesson)
    # The demo builds its StreamField blocks anew on every run: same content, new block ids.
    lesson.body = [(block.block_type, block.value) for block in lesson.body]

    publish_page(lesson)

    assert lesson_revisions(lesson) == revisions


def test_publish_page_changed_text_publishes_a_new_revision(lesson):
    revisions = lesson_revisions(lesson)
    set_translations(lesson, "title", {"km": "ខ្សែសង្វាក់នៃការថែរក្សាភស្តុតាង"})

    published = publish_page(lesson)

    assert lesson_revisions(published) == revisions + 1
    assert published.live_revision.content["title_km"] == "ខ្សែសង្វាក់នៃការថែរក្សាភស្តុតាង"
    assert published.has_unpublished_changes is False


def test_publish_page_with_a_draft_waiting_publishes_it(lesson):
    lesson.save_revision()  # a draft saved in the admin since
    lesson.refresh_from_db()
    revisions = lesson_revisions(lesson)

    published = publish_page(lesson)

    assert lesson_revisions(published) == revisions + 1
    assert published.has_unpublished_changes is False
