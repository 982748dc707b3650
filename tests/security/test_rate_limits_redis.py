"""The rate limits hold with the cache production uses (Redis, REDIS_URL): counters live in Redis,
so every web worker process sees the same count. CI starts Redis (.ci/run)."""

import pytest
import redis
from django.core.cache import caches

from tests.security.test_rate_limits import CLIENT, as_client, login

REDIS_URL = "redis://127.0.0.1:6379/15"  # a database of its own: the tests empty it


def redis_is_running() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


pytestmark = pytest.mark.skipif(not redis_is_running(), reason="Redis is not running at 127.0.0.1:6379")


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


def test_login_limit_is_counted_in_redis_and_refuses_the_31st_attempt(client, db, redis_cache):
    statuses = [login(client, f"nobody{n}@police.example", **as_client(CLIENT)).status_code for n in range(31)]

    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    assert redis.Redis.from_url(REDIS_URL).dbsize() > 0


def test_a_limit_reached_through_one_worker_holds_in_another(client, db, redis_cache):
    for n in range(30):
        login(client, f"nobody{n}@police.example", **as_client(CLIENT))
    caches.close_all()
    del caches["default"]  # the next request builds a fresh connection, as another worker process has

    assert login(client, "nobody@police.example", **as_client(CLIENT)).status_code == 429
