"""Writing course content outside the admin (the demo, imports): topics and publishing pages."""

from django.db import transaction
from wagtail.models import Page

from courses.models import Topic
from ern_learning.core.i18n import set_translations


def ensure_topic(slug: str, *, names: dict[str, str], descriptions: dict[str, str] | None = None) -> Topic:
    """Create or update the topic `slug` with its name (and description) in the given languages."""
    with transaction.atomic():
        topic = Topic.objects.filter(slug=slug).first() or Topic(slug=slug)
        set_translations(topic, "name", names)
        set_translations(topic, "description", descriptions or {})
        topic.save()
    return topic


def publish_page(page: Page, *, author=None, reviewer=None) -> Page:
    """Save a revision of `page` by `author` and publish it as `reviewer`, as an approved review would (translation records included)."""
    with transaction.atomic():
        revision = page.save_revision(user=author, log_action=True)
        revision.publish(user=reviewer)
    page.refresh_from_db()
    return page
