"""The cache of what anonymous visitors see on the catalogue and course pages."""

import uuid

from django.core.cache import cache

from courses.selectors.catalog import PUBLIC_CACHE_VERSION_KEY


def invalidate_public_pages() -> str:
    """Make every cached catalogue and course fragment stale at once; returns the new version."""
    version = uuid.uuid4().hex
    cache.set(PUBLIC_CACHE_VERSION_KEY, version, None)
    return version
