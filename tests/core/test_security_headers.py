import pytest

pytestmark = pytest.mark.django_db


def test_pages_send_security_headers(client, home_page):
    response = client.get("/en/")

    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_session_and_csrf_cookies_are_http_only(client, home_page, officer):
    client.get("/en/accounts/login/")
    response = client.post("/en/accounts/login/", {"login": officer.email, "password": "correct-horse-battery"})

    assert response.cookies["sessionid"]["httponly"] is True
    assert client.cookies["csrftoken"]["httponly"] is True


def test_pages_load_nothing_from_other_hosts(client, home_page):
    content = client.get("/km/").content.decode()

    assert "http://" not in content.replace("http://www.w3.org", "")
    assert "https://" not in content.replace("https://www.w3.org", "")


def script_sources(response) -> list[str]:
    policy = response["Content-Security-Policy"]
    return next(part for part in policy.split(";") if part.strip().startswith("script-src")).split()[1:]


def test_officer_pages_never_allow_inline_scripts(client, home_page, officer):
    client.force_login(officer)

    for url in ("/en/", "/km/accounts/login/", "/en/certificates/verify/"):
        assert script_sources(client.get(url)) == ["'self'"], url


def test_the_signed_in_wagtail_admin_allows_its_inline_scripts_from_this_site_only(client, author):
    client.force_login(author)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert script_sources(response) == ["'self'", "'unsafe-inline'"]


def test_the_admin_asked_for_without_signing_in_keeps_the_strict_policy(client, db):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert script_sources(response) == ["'self'"]
