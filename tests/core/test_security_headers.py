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
