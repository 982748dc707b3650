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


@pytest.fixture(autouse=True)
def _restore_migrated_data_after_transactional_tests(django_db_serialized_rollback):
    """Transactional tests (browser, concurrency, backups) flush the database; restore what the data
    migrations created (roles, permissions, workflow, collections) for the tests that follow."""
