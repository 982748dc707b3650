"""Publishing pages outside the admin (the demo, imports), as an approved review would."""

import json

from django.db import transaction
from wagtail.models import Page

# What Wagtail records about a page's place in the tree and its publishing, not its content.
BOOKKEEPING_FIELDS = frozenset(
    {
        "pk",
        "path",
        "depth",
        "numchild",
        "url_path",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "wagtail_admin_comments",
    }
)


def publish_page(page: Page, *, author=None, reviewer=None) -> Page:
    """Save a revision of `page` by `author` and publish it as `reviewer`, as an approved review would
    (translation records included). A live page whose content is that of its live revision (the demo
    built again) is left as it is: no new revision, no new publication."""
    with transaction.atomic():
        if page.pk and page.live and not page.has_unpublished_changes and _same_content(page, page.live_revision):
            return page
        revision = page.save_revision(user=author, log_action=True)
        revision.publish(user=reviewer)
    page.refresh_from_db()
    return page


def _same_content(page: Page, revision) -> bool:
    return revision is not None and _content(page.serializable_data()) == _content(revision.content)


def _content(data: dict) -> dict:
    """A page's serialised fields without bookkeeping, StreamFields parsed and their block ids (new
    each time blocks are built) left out."""
    return {name: without_block_ids(_parsed(value)) for name, value in data.items() if name not in BOOKKEEPING_FIELDS}


def _parsed(value):
    if isinstance(value, str) and value.startswith("[{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def without_block_ids(value):
    """StreamField data without its blocks' ids, which are new each time blocks are built."""
    if isinstance(value, list):
        return [without_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: without_block_ids(item) for key, item in value.items() if key != "id"}
    return value
