"""Writing course content outside the admin (the demo, imports): topics."""

from django.db import transaction

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
