"""axe-core on the public pages in all eight languages: no serious or critical violations."""

from contextlib import suppress

from axe_playwright_python.sync_playwright import Axe

from ern_learning.languages import LANGUAGE_CODES

BLOCKING = {"serious", "critical"}


def blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


def public_paths() -> list[str]:
    """The pages every visitor can open; grows with the site's content."""
    from django.urls import NoReverseMatch, reverse

    paths = ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
    for name in ("courses:catalogue", "meetings:list", "certificates:verify_form"):
        with suppress(NoReverseMatch):
            paths.append(reverse(name)[3:])  # strip the /en prefix
    return paths


def test_public_pages_have_no_serious_accessibility_violations(page, site):
    found = {}
    for language in LANGUAGE_CODES:
        for path in public_paths():
            page.goto(f"{site}/{language}{path}")
            assert page.locator("html").get_attribute("lang") == language
            violations = blocking_violations(page)
            if violations:
                found[f"/{language}{path}"] = violations

    assert found == {}
