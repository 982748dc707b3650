"""Abuse limits: sign-in, sign-up, password reset, certificate verification and meeting registration
are rate limited per client address, and the address is the one the trusted proxy saw, never one a
client wrote into X-Forwarded-For."""

import itertools

import pytest
from django.urls import reverse

from tests.factories.accounts import PASSWORD, OfficerFactory

TOO_MANY_FAILED = "Too many failed login attempts. Try again later."
PROXY = "10.0.0.1"
CLIENT = "203.0.113.7"


def as_client(address: str, *, forged: str | None = None, via_proxy: bool = False) -> dict:
    """Request META for a client: direct, or behind our one reverse proxy (which appends the address it saw)."""
    if not via_proxy:
        return {"REMOTE_ADDR": address, **({"HTTP_X_FORWARDED_FOR": forged} if forged else {})}
    chain = f"{forged}, {address}" if forged else address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": chain}


def forged_addresses():
    for n in itertools.count(1):
        yield f"198.51.100.{n % 250 + 1}"


def login(client, email: str, password: str = "wrong-password", **meta):
    return client.post(reverse("account_login"), {"login": email, "password": password}, **meta)


def signup(client, n: int, **meta):
    return client.post(
        reverse("account_signup"),
        {
            "email": f"applicant{n}@police.example",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "first_name": "Dara",
            "last_name": "Chan",
            "country": "KH",
            "preferred_language": "en",
        },
        **meta,
    )


def reset_password(client, email: str, **meta):
    return client.post(reverse("account_reset_password"), {"email": email}, **meta)


# --- Sign-in -------------------------------------------------------------------------------------


def test_login_of_one_address_is_refused_with_429_after_30_attempts_a_minute(client, db):
    statuses = [login(client, f"nobody{n}@police.example", **as_client(CLIENT)).status_code for n in range(31)]

    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429


def test_login_failures_of_one_address_stop_after_10_a_minute(client, db):
    officer = OfficerFactory()
    for n in range(10):
        login(client, f"nobody{n}@police.example", **as_client(CLIENT))

    response = login(client, officer.email, PASSWORD, **as_client(CLIENT))

    assert response.status_code == 200
    assert TOO_MANY_FAILED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_failures_on_one_account_stop_after_5_from_any_address(client, db):
    officer = OfficerFactory()
    for n in range(5):
        login(client, officer.email, **as_client(f"192.0.2.{n + 1}"))

    response = login(client, officer.email, PASSWORD, **as_client("192.0.2.99"))

    assert TOO_MANY_FAILED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_success_does_not_count_as_a_failure(client, db):
    officer = OfficerFactory()
    for _ in range(6):
        response = login(client, officer.email, PASSWORD, **as_client(CLIENT))
        client.logout()

    assert response.status_code == 302


# --- Sign-up and password reset --------------------------------------------------------------------


def test_signup_of_one_address_is_refused_with_429_after_20_a_minute(client, db):
    statuses = [signup(client, n, **as_client(CLIENT)).status_code for n in range(21)]

    assert 429 not in statuses[:20]
    assert statuses[20] == 429


def test_password_reset_of_one_address_is_refused_with_429_after_20_a_minute(client, db):
    statuses = [reset_password(client, f"nobody{n}@police.example", **as_client(CLIENT)).status_code for n in range(21)]

    assert statuses[:20] == [302] * 20
    assert statuses[20] == 429


def test_password_reset_of_one_account_is_refused_after_5_a_minute_from_any_address(client, db, mailoutbox, on_commit):
    officer = OfficerFactory()

    with on_commit():
        statuses = [reset_password(client, officer.email, **as_client(f"192.0.2.{n + 1}")).status_code for n in range(6)]

    assert statuses == [302] * 5 + [429]
    assert len(mailoutbox) == 5


def test_delete_account_password_guessing_is_limited(client, db):
    officer = OfficerFactory()
    client.force_login(officer)

    pages = [client.post(reverse("accounts:delete_account"), {"password": f"guess-{n}"}).content.decode() for n in range(11)]

    assert "Too many attempts. Wait a minute and try again." not in pages[0]
    assert "Too many attempts. Wait a minute and try again." in pages[10]
    officer.refresh_from_db()
    assert officer.is_active is True


# --- Certificate verification ------------------------------------------------------------------------


def verify(client, code: str, **meta):
    return client.get(reverse("certificates:verify", args=[code]), **meta)


def random_codes():
    for n in itertools.count():
        yield f"{n:05d}-ZZZZZ"


# The verification limiter counts in fixed one-minute windows: 41 lookups within a minute cross at
# most one window boundary, so at least one of them is over the limit wherever the boundary falls.
OVER_TWO_WINDOWS = 41


def test_verify_of_one_address_is_refused_with_429_after_20_lookups_a_minute(client, db):
    codes = random_codes()

    statuses = [verify(client, next(codes), **as_client(CLIENT)).status_code for _ in range(OVER_TWO_WINDOWS)]

    assert statuses[:20] == [404] * 20
    assert 429 in statuses
    assert set(statuses) == {404, 429}


def test_verify_when_limited_reveals_nothing_even_for_a_valid_code(client, db):
    from ern_learning.core.demo import seed_home_page
    from tests.factories.certificates import CertificateFactory
    from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory

    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=seed_home_page()))
    certificate = CertificateFactory(course=course, holder=OfficerFactory(last_name="Sokunthearith"))
    codes = random_codes()
    statuses = [verify(client, next(codes), **as_client(CLIENT)).status_code for _ in range(OVER_TWO_WINDOWS)]
    assert statuses[-1] == 429 or statuses.count(429) > 0

    response = verify(client, certificate.display_code, **as_client(CLIENT))

    if response.status_code == 429:
        assert "Sokunthearith" not in response.content.decode()
    else:  # a new window began just now; the limit is counted again
        assert statuses.count(429) >= 1


def test_verify_limit_of_one_address_leaves_other_addresses_alone(client, db):
    codes = random_codes()
    for _ in range(OVER_TWO_WINDOWS):
        verify(client, next(codes), **as_client(CLIENT))

    response = verify(client, next(codes), **as_client("192.0.2.50"))

    assert response.status_code == 404


def test_verify_limits_come_from_settings(client, db, settings):
    settings.CERTIFICATE_VERIFY_LIMITS = ((3, 60),)
    codes = random_codes()

    statuses = [verify(client, next(codes), **as_client(CLIENT)).status_code for _ in range(7)]

    assert statuses[:3] == [404, 404, 404]
    assert 429 in statuses


# --- Meeting registration ------------------------------------------------------------------------------


def test_meeting_registration_of_one_person_is_rate_limited(client, db):
    from ern_learning.core.demo import seed_home_page
    from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory

    index = MeetingIndexPageFactory(parent=seed_home_page())
    meeting = MeetingPageFactory(parent=index)
    client.force_login(OfficerFactory())
    url = reverse("meetings:register", args=[meeting.pk])

    statuses = [client.post(url, {"note": f"attempt {n}"}, **as_client(CLIENT)).status_code for n in range(100)]

    assert 429 in statuses


# --- Behind the reverse proxy ----------------------------------------------------------------------------


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def test_login_behind_proxy_rotating_forged_prefix_is_still_limited(client, db, behind_one_proxy):
    forged = forged_addresses()

    statuses = [
        login(client, f"nobody{n}@police.example", **as_client(CLIENT, forged=next(forged), via_proxy=True)).status_code
        for n in range(31)
    ]

    assert statuses[30] == 429


def test_login_behind_proxy_counts_each_client_the_proxy_saw(client, db, behind_one_proxy):
    for n in range(30):
        login(client, f"nobody{n}@police.example", **as_client(CLIENT, via_proxy=True))

    response = login(client, "someone@police.example", **as_client("192.0.2.77", via_proxy=True))

    assert response.status_code == 200


def test_login_without_trusted_proxy_ignores_forged_header(client, db, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    forged = forged_addresses()

    statuses = [
        login(client, f"nobody{n}@police.example", **as_client(CLIENT, forged=next(forged))).status_code for n in range(31)
    ]

    assert statuses[30] == 429


def test_signup_behind_proxy_rotating_forged_prefix_is_still_limited(client, db, behind_one_proxy):
    forged = forged_addresses()

    statuses = [signup(client, n, **as_client(CLIENT, forged=next(forged), via_proxy=True)).status_code for n in range(21)]

    assert statuses[20] == 429


def test_password_reset_behind_proxy_rotating_forged_prefix_is_still_limited(client, db, behind_one_proxy):
    forged = forged_addresses()

    statuses = [
        reset_password(client, f"nobody{n}@police.example", **as_client(CLIENT, forged=next(forged), via_proxy=True)).status_code
        for n in range(21)
    ]

    assert statuses[20] == 429


def test_verify_behind_proxy_rotating_forged_prefix_is_still_limited(client, db, behind_one_proxy):
    forged, codes = forged_addresses(), random_codes()

    statuses = [
        verify(client, next(codes), **as_client(CLIENT, forged=next(forged), via_proxy=True)).status_code
        for _ in range(OVER_TWO_WINDOWS)
    ]

    assert 429 in statuses


def test_verify_without_trusted_proxy_ignores_forged_header(client, db, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    forged, codes = forged_addresses(), random_codes()

    statuses = [
        verify(client, next(codes), **as_client(CLIENT, forged=next(forged))).status_code for _ in range(OVER_TWO_WINDOWS)
    ]

    assert 429 in statuses


def test_verify_behind_proxy_counts_each_client_the_proxy_saw(client, db, behind_one_proxy):
    codes = random_codes()
    for _ in range(OVER_TWO_WINDOWS):
        verify(client, next(codes), **as_client(CLIENT, via_proxy=True))

    response = verify(client, next(codes), **as_client("192.0.2.77", via_proxy=True))

    assert response.status_code == 404


def test_meeting_registration_behind_proxy_rotating_forged_prefix_is_still_limited(client, db, behind_one_proxy):
    from ern_learning.core.demo import seed_home_page
    from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory

    meeting = MeetingPageFactory(parent=MeetingIndexPageFactory(parent=seed_home_page()))
    forged = forged_addresses()
    url = reverse("meetings:register", args=[meeting.pk])
    client.force_login(OfficerFactory())

    statuses = [
        client.post(url, {"note": ""}, **as_client(CLIENT, forged=next(forged), via_proxy=True)).status_code for _ in range(100)
    ]

    assert 429 in statuses
