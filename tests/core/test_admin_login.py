import pytest

pytestmark = pytest.mark.django_db


def test_wagtail_admin_login_goes_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_wagtail_admin_login_form_cannot_sign_in_directly(client, author):
    response = client.post("/admin/login/", {"username": author.email, "password": "correct-horse-battery"})

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_wagtail_admin_login_refuses_foreign_next(client):
    response = client.get("/admin/login/?next=https://evil.example/")

    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2F"


def test_django_admin_login_goes_to_allauth(client):
    response = client.get("/django-admin/login/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_django_admin_refuses_signed_in_non_staff(client, officer):
    client.force_login(officer)

    assert client.get("/django-admin/login/").status_code == 403


def test_wagtail_private_page_login_goes_to_allauth(client, officer):
    response = client.post("/en/_util/login/?next=/en/", {"username": officer.email, "password": "correct-horse-battery"})

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fen%2F"
    assert "_auth_user_id" not in client.session
