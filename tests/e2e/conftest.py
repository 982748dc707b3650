"""Browser tests: the project's own server on 127.0.0.1, driven by Debian's Chromium through Playwright."""

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session", autouse=True)
def _allow_orm_beside_playwright(django_db_setup):
    """Playwright's sync API runs an event loop in this thread; the tests' own ORM calls (arranging
    data, flushing the database) stay synchronous and safe. Set up the database first."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs it (apt-get install chromium).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A phone on a slow link is the officers' usual device.
    return {**browser_context_args, "viewport": {"width": 390, "height": 844}, "locale": "en-US"}


@pytest.fixture
def screenshot(page, request):
    """Save a full-page screenshot as a test artifact (not committed)."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 1000))

    def take(name: str) -> Path:
        path = folder / f"{next(counter):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def site(live_server, transactional_db):
    """The live server with the home page in place; returns its base URL."""
    from django.db import connection

    from ern_learning.core.demo import seed_home_page
    from tests.conftest import put_migrated_data_on_connections

    if put_migrated_data_on_connections():
        # The first browser test started Playwright after the snapshot was put back, on the old
        # connection object: load the migrated data now, as pytest-django would have.
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    seed_home_page()
    return live_server.url
