import pytest
from django.utils import translation

from tests.factories.accounts import (
    AdministratorFactory,
    AuthorFactory,
    FocalPointFactory,
    OfficerFactory,
    OrganizerFactory,
    PendingUserFactory,
    ReviewerFactory,
    give_totp,
)


@pytest.fixture(autouse=True)
def _english_by_default():
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def officer(db):
    return OfficerFactory()


@pytest.fixture
def other_officer(db):
    return OfficerFactory()


@pytest.fixture
def pending_user(db):
    return PendingUserFactory()


@pytest.fixture
def focal_point(db):
    user = FocalPointFactory()
    give_totp(user)
    return user


@pytest.fixture
def author(db):
    user = AuthorFactory()
    give_totp(user)
    return user


@pytest.fixture
def reviewer(db):
    user = ReviewerFactory()
    give_totp(user)
    return user


@pytest.fixture
def organizer(db):
    user = OrganizerFactory()
    give_totp(user)
    return user


@pytest.fixture
def administrator(db):
    user = AdministratorFactory()
    give_totp(user)
    return user


@pytest.fixture
def home_page(db):
    from ern_learning.core.demo import seed_home_page

    return seed_home_page()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached pages must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


_MIGRATED_DATA: dict[str, str] = {}


@pytest.fixture(scope="session", autouse=True)
def _migrated_data(django_db_setup):
    """Keep what the data migrations created (roles, permissions, workflow, collections, the root
    page), serialized by pytest-django once the test database was built."""
    from django.db import connection

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents is not None:
        _MIGRATED_DATA[connection.alias] = contents


def put_migrated_data_on_connections() -> bool:
    """Put the snapshot back on connection objects that lack it; True when one did. Playwright's
    event loop (browser tests) gives later code fresh connection objects without it, and then a
    transactional test would start from a flushed database without the root page or the roles."""
    from django.db import connections

    restored = False
    for alias, contents in _MIGRATED_DATA.items():
        if not hasattr(connections[alias], "_test_serialized_contents"):
            connections[alias]._test_serialized_contents = contents
            restored = True
    return restored


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    put_migrated_data_on_connections()  # before any fixture sets up the database


@pytest.fixture(autouse=True)
def _restore_migrated_data_after_transactional_tests(django_db_serialized_rollback):
    """Transactional tests (browser, concurrency, backups) flush the database; with serialized
    rollback every test starts from the migrated data, for them and for the tests that follow."""


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (queued e-mails) as a real commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
