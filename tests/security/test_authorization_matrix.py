"""Every URL of the project is in the authorization matrix (tests/security/matrix.py), and every case
of the matrix holds: the owner, another officer, a focal point of another country, an organiser and
an anonymous visitor each get the answer a security reviewer expects."""

import re
from urllib.parse import urlsplit

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern

from tests.security.matrix import (
    ADMIN_DENIED,
    ADMIN_NO_ACCESS,
    DJANGO_ADMIN_LOGIN,
    LOGIN,
    MATRIX,
    NOT_FOUND_ANYWHERE,
    OWNER_EMAIL,
    OWNER_NAME,
    REDIRECT,
    Case,
)

ACTORS_FOR_OBJECT_VIEWS = {"owner", "other_officer", "foreign_focal_point", "organizer", "anonymous"}


def url_patterns(resolver=None, prefix: str = "", namespace: str = ""):
    """(key, route, has_arguments) of every pattern; the key is the namespaced name, or "route:<route>" when unnamed."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            part = "<lang>/" if isinstance(pattern.pattern, LocalePrefixPattern) else str(pattern.pattern)
            inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else (pattern.namespace or namespace)
            yield from url_patterns(pattern, prefix + part, inner)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            key = f"{namespace}:{pattern.name}" if namespace and pattern.name else (pattern.name or f"route:{route}")
            has_arguments = bool(pattern.pattern.regex.groupindex) or "<" in str(pattern.pattern)
            yield key, route, has_arguments


def entry_matches(entry_key: str, url_key: str) -> bool:
    """Exact names; "ns:*" for a whole namespace; "prefix*" for un-namespaced names with that prefix."""
    if entry_key == url_key:
        return True
    if entry_key.endswith(":*"):
        return url_key.startswith(entry_key[:-1])
    if entry_key.endswith("*") and (entry_key.startswith("route:") or ":" not in url_key):
        return url_key.startswith(entry_key[:-1])
    return False


def entry_for(url_key: str):
    if url_key in MATRIX:
        return url_key, MATRIX[url_key]
    matching = [key for key in MATRIX if entry_matches(key, url_key)]
    if not matching:
        return None, None
    key = max(matching, key=len)  # the most specific glob
    return key, MATRIX[key]


def test_matrix_covers_every_url_pattern():
    uncovered = sorted({key for key, _route, _args in url_patterns() if entry_for(key)[1] is None})

    assert uncovered == [], "Add these URL names to tests/security/matrix.py: " + ", ".join(uncovered)


def test_matrix_has_no_stale_entries():
    keys = {key for key, _route, _args in url_patterns()}

    stale = sorted(entry for entry in MATRIX if not any(entry_matches(entry, key) for key in keys))

    assert stale == []


def test_views_taking_an_object_are_checked_for_every_kind_of_visitor():
    missing = {}
    for key, _route, has_arguments in url_patterns():
        entry_key, entry = entry_for(key)
        if not has_arguments or entry is None or entry.delegated_to or entry_key != key:
            continue
        actors = {case.actor for case in entry.cases}
        if not actors >= ACTORS_FOR_OBJECT_VIEWS:
            missing[key] = sorted(ACTORS_FOR_OBJECT_VIEWS - actors)

    assert missing == {}


def test_every_checked_view_is_tried_anonymously():
    never_anonymous = sorted(
        key for key, entry in MATRIX.items() if not entry.delegated_to and not any(c.actor == "anonymous" for c in entry.cases)
    )

    assert never_anonymous == []


def _case_id(key: str, case: Case) -> str:
    name = case.url_name if case.url_name and case.url_name != key else key
    return f"{name}[{case.label or case.actor}-{case.method}]"


CASES = [(key, case) for key, entry in MATRIX.items() for case in entry.cases]


def _url(key: str, case: Case, world) -> str:
    name = case.url_name or key
    if name.startswith("route:"):
        return "/" + name.removeprefix("route:").replace("<lang>/", "en/")
    arguments = case.kwargs(world)
    if isinstance(arguments, tuple):
        return reverse(name, args=arguments)
    return reverse(name, kwargs=arguments)


def _matches(client, response, expected, url: str) -> bool:
    location = response.get("Location", "")
    if isinstance(expected, int):
        return response.status_code == expected
    if expected == LOGIN:
        return response.status_code == 302 and location.startswith("/en/accounts/login/?next=")
    if expected == ADMIN_NO_ACCESS:
        return response.status_code in (302, 403) and (response.status_code == 403 or location.startswith("/en/accounts/login/"))
    if expected == ADMIN_DENIED:
        return response.status_code == 403 or (response.status_code == 302 and urlsplit(location).path == "/admin/")
    if expected == DJANGO_ADMIN_LOGIN:
        return response.status_code == 302 and location.startswith("/django-admin/login/")
    if expected == REDIRECT:
        return response.status_code == 302 and "/accounts/login/" not in location
    if expected == NOT_FOUND_ANYWHERE:
        if response.status_code == 404:
            return True
        # Django's LocaleMiddleware answers a 404 under /admin/ with a redirect to /en/admin/..., itself a 404.
        return response.status_code == 302 and location == f"/en{url}" and client.get(location).status_code == 404
    raise AssertionError(f"unknown expectation {expected!r}")


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@pytest.mark.parametrize(("key", "case"), CASES, ids=[_case_id(key, case) for key, case in CASES])
def test_authorization(client, world, key, case):
    user = world.people[case.actor]
    if user is not None:
        client.force_login(user)
    if case.arrange is not None:
        case.arrange(world)
    url = _url(key, case, world)

    response = getattr(client, case.method.lower())(url + case.query, case.data(world))

    expected = case.expected if isinstance(case.expected, tuple) else (case.expected,)
    assert any(_matches(client, response, option, url) for option in expected), (
        f"{case.actor} {case.method} {url}: got {response.status_code} {response.get('Location', '')}, expected {case.expected}"
    )
    body = _body(response)
    for text in case.absent:
        assert (text(world) if callable(text) else text) not in body
    for text in case.present:
        assert (text(world) if callable(text) else text) in body
    if case.check is not None:
        case.check(world, response)


# --- Follow-ups of the matrix: things a single request does not show -----------------------------------


@pytest.mark.parametrize("url", ["/admin/", "/admin/meetings/", "/admin/audit_log/", "/admin/users/"])
def test_admin_officer_without_admin_access_ends_on_a_page_not_a_redirect_loop(client, world, url):
    client.force_login(world.owner)

    response = client.get(url, follow=True)  # raises RedirectCycleError on a loop

    assert response.status_code in (200, 403)
    assert not response.request["PATH_INFO"].startswith("/admin/") or response.status_code == 403


def test_admin_officer_without_admin_access_cannot_reach_django_admin_either(client, world):
    client.force_login(world.owner)

    response = client.get("/django-admin/", follow=True)

    assert response.status_code in (200, 403)


def test_wagtail_users_list_of_foreign_focal_point_shows_only_their_country(client, world):
    client.force_login(world.people["foreign_focal_point"])

    response = client.get(reverse("wagtailusers_users:index"))

    body = response.content.decode()
    assert (response.status_code, OWNER_EMAIL in body, OWNER_NAME in body) in {(200, False, False), (302, False, False)}


EXPORTS = ["enrolments", "lesson_completions", "quiz_attempts", "certificate_admin"]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
@pytest.mark.parametrize("namespace", EXPORTS)
def test_admin_export_of_administrator_lists_the_officer(client, world, namespace, file_format):
    client.force_login(world.people["administrator"])

    response = client.get(reverse(f"{namespace}:index") + f"?export={file_format}")

    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if file_format == "csv":
        assert OWNER_NAME in content.decode()
    else:
        assert content[:2] == b"PK"


@pytest.mark.parametrize("namespace", ["enrolments", "lesson_completions", "quiz_attempts"])
def test_learning_records_export_of_foreign_focal_point_leaves_out_other_countries(client, world, namespace):
    client.force_login(world.people["foreign_focal_point"])

    response = client.get(reverse(f"{namespace}:index") + "?export=csv")

    assert response.status_code == 200
    assert OWNER_NAME not in _body(response)


@pytest.mark.parametrize("namespace", ["enrolments", "lesson_completions", "quiz_attempts"])
def test_learning_records_export_of_same_country_focal_point_includes_the_officer(client, world, namespace):
    client.force_login(world.people["focal_point"])

    response = client.get(reverse(f"{namespace}:index") + "?export=csv")

    assert response.status_code == 200
    assert OWNER_NAME in _body(response)


def test_admin_bulk_action_next_parameter_never_leaves_the_site(client, world):
    client.force_login(world.people["organizer"])

    response = client.post(
        reverse("meetings_admin:registrations", args=[world.meeting.pk]),
        {"registrations": [world.registration.pk], "action": "waitlist", "next": "https://evil.example/phish"},
    )

    assert response.status_code == 302
    assert urlsplit(response["Location"]).netloc == ""
    assert not response["Location"].startswith("//")


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", "/\\evil.example/", "/\\/evil.example/"])
def test_cancel_next_parameter_never_leaves_the_site(client, world, next_url):
    client.force_login(world.owner)

    response = client.post(reverse("meetings:cancel", args=[world.registration.pk]), {"next": next_url})

    location = response["Location"]
    assert response.status_code == 302
    assert re.match(r"^/(?![/\\])", location), location


def test_calendar_feed_of_revoked_token_is_not_found(client, world):
    from meetings.services.calendars import revoke_calendar_feed

    revoke_calendar_feed(world.owner)

    response = client.get(reverse("meetings:calendar_feed", args=[world.calendar_token]))

    assert response.status_code == 404


def test_revoked_certificate_pdf_is_refused_to_its_holder(client, world):
    from courses.services.certificates import revoke_certificate

    revoke_certificate(world.certificate, by=world.people["administrator"], reason="Issued by mistake")
    client.force_login(world.owner)

    response = client.get(reverse("certificates:download", args=[world.certificate.pk]))

    assert (response.status_code, response["Location"]) == (302, reverse("certificates:mine"))


def test_pending_member_cannot_enrol_in_a_members_only_course(client, world):
    from courses.models import Enrolment
    from tests.factories.accounts import PendingUserFactory

    pending = PendingUserFactory()
    client.force_login(pending)

    response = client.post(reverse("courses:enrol", args=[world.course.pk]))

    assert response.status_code == 403
    assert Enrolment.objects.filter(user=pending).count() == 0


def test_pending_member_cannot_register_for_a_members_only_meeting(client, world):
    from meetings.models import Registration
    from tests.factories.accounts import PendingUserFactory

    pending = PendingUserFactory()
    client.force_login(pending)

    response = client.post(reverse("meetings:register", args=[world.meeting.pk]))

    assert response.status_code == 404
    assert Registration.objects.filter(user=pending).count() == 0
