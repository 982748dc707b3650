"""The site's own rate limiter (certificate lookups, meeting registrations): a sliding window."""

import pytest
from django.test import RequestFactory

from ern_learning.core import ratelimit

PERIOD = 60
WINDOW_EDGE = 1_800_000_000 - 1_800_000_000 % PERIOD + PERIOD  # a multiple of the period: a window starts here


@pytest.fixture
def clock(monkeypatch):
    """The limiter's clock, set by the test (the only outside thing the limiter reads)."""
    now = {"value": float(WINDOW_EDGE)}
    monkeypatch.setattr(ratelimit.time, "time", lambda: now["value"])
    return now


def hits(count: int, *, limit: int = 3) -> list[bool]:
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9")
    return [ratelimit.hit(request, action="lookup", limit=limit, period=PERIOD) for _n in range(count)]


def test_attempts_past_the_limit_are_refused(clock):
    assert hits(4) == [True, True, True, False]


def test_a_burst_across_a_window_edge_is_still_one_burst(clock):
    clock["value"] = WINDOW_EDGE - 1
    first = hits(3)
    clock["value"] = WINDOW_EDGE + 1

    assert first == [True, True, True]
    assert hits(1) == [False]


def test_attempts_are_allowed_again_once_the_period_has_passed(clock):
    clock["value"] = WINDOW_EDGE - 1
    hits(3)
    clock["value"] = WINDOW_EDGE - 1 + PERIOD

    assert hits(1) == [True]


def test_clients_are_counted_apart(clock):
    hits(3)
    other = RequestFactory().get("/", REMOTE_ADDR="198.51.100.4")

    assert ratelimit.hit(other, action="lookup", limit=3, period=PERIOD) is True
