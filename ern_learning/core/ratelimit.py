"""A small fixed-window rate limiter on the shared cache, keyed by client address.

allauth's own limiter reads its rates from ACCOUNT_RATE_LIMITS and is meant for allauth's
actions; this one serves the rest of the site (e.g. certificate verification).
"""

import hashlib
import time

from django.core.cache import cache
from django.http import HttpRequest

from ern_learning.core.services.audit import client_ip


def hit(request: HttpRequest, *, action: str, limit: int, period: int, key: str | None = None) -> bool:
    """Count one attempt at `action` for this client (or `key`); False once more than `limit` were made
    within the current `period` seconds."""
    who = key if key is not None else (client_ip(request) or "unknown")
    digest = hashlib.sha256(who.encode()).hexdigest()[:32]
    window = int(time.time() // period)
    cache_key = f"ratelimit:{action}:{digest}:{window}"
    # add() is atomic: only the first attempt of a window creates the counter.
    cache.add(cache_key, 0, timeout=period + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add() and incr()
        cache.set(cache_key, 1, timeout=period + 1)
        count = 1
    return count <= limit
