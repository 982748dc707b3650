"""A small sliding-window rate limiter on the shared cache, keyed by client address.

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
    within the last `period` seconds.

    Counts per clock window of `period` seconds, and weighs the previous window's count by the part of
    it still inside the last `period` seconds, so a burst cannot slip through twice around a window's
    edge (as a plain fixed window allows) and the cache still only ever adds and increments."""
    who = key if key is not None else (client_ip(request) or "unknown")
    digest = hashlib.sha256(who.encode()).hexdigest()[:32]
    now = time.time()
    window = int(now // period)
    current_key = f"ratelimit:{action}:{digest}:{window}"
    # add() is atomic: only the first attempt of a window creates the counter.
    cache.add(current_key, 0, timeout=2 * period + 1)
    try:
        count = cache.incr(current_key)
    except ValueError:  # evicted between add() and incr()
        cache.set(current_key, 1, timeout=2 * period + 1)
        count = 1
    previous = cache.get(f"ratelimit:{action}:{digest}:{window - 1}", 0)
    still_inside = 1 - (now - window * period) / period
    return previous * still_inside + count <= limit
