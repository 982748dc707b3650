import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from tests.factories.accounts import AuthorFactory, OfficerFactory, OrganizerFactory, give_totp

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [AuthorFactory, OrganizerFactory])
def test_staff_without_authenticator_is_sent_to_mfa_setup(client, home_page, factory):
    client.force_login(factory())

    response = client.get("/en/account/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_without_authenticator_cannot_open_wagtail_admin(client, home_page):
    client.force_login(AuthorFactory())

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/2fa/totp/activate/" in response["Location"]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_member_of_a_wagtail_admin_group_must_set_up_an_authenticator(client, home_page, group):
    user = OfficerFactory()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)

    for path in ("/admin/", "/admin/pages/", "/en/account/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == reverse("mfa_activate_totp")


def test_a_directly_granted_admin_permission_also_needs_an_authenticator(client, home_page):
    user = OfficerFactory()
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(user)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_staff_first_sign_in_goes_straight_to_authenticator_setup(client, home_page):
    user = AuthorFactory()

    response = client.post("/en/accounts/login/", {"login": user.email, "password": "correct-horse-battery"}, follow=True)

    assert [url for url, _status in response.redirect_chain][-1] == reverse("mfa_activate_totp")
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_authenticator_setup_without_a_fresh_sign_in_asks_for_the_password_again(client, home_page):
    client.force_login(AuthorFactory())  # a session with no record of a password just typed

    response = client.get(reverse("mfa_activate_totp"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))


def test_staff_with_authenticator_opens_admin(client, author):
    client.force_login(author)

    assert client.get("/admin/").status_code == 200


def test_officer_without_authenticator_is_not_forced(client, home_page):
    client.force_login(OfficerFactory())

    assert client.get("/en/account/").status_code == 200


def test_staff_cannot_switch_off_their_authenticator(author):
    from allauth.mfa.adapter import get_adapter

    authenticator = Authenticator.objects.get(user=author, type=Authenticator.Type.TOTP)

    assert get_adapter().can_delete_authenticator(authenticator) is False


def test_officer_can_switch_off_their_authenticator(officer):
    from allauth.mfa.adapter import get_adapter

    give_totp(officer)
    authenticator = Authenticator.objects.get(user=officer, type=Authenticator.Type.TOTP)

    assert get_adapter().can_delete_authenticator(authenticator) is True


def test_login_with_totp_asks_for_code_and_refuses_wrong_one(client, author):
    response = client.post(reverse("account_login"), {"login": author.email, "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})

    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_with_correct_totp_code_signs_in(client, author):
    from allauth.mfa.adapter import get_adapter
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    client.post(reverse("account_login"), {"login": author.email, "password": "correct-horse-battery"})
    authenticator = Authenticator.objects.get(user=author, type=Authenticator.Type.TOTP)
    secret = get_adapter().decrypt(authenticator.data["secret"])
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))

    response = client.post(reverse("mfa_authenticate"), {"code": code})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == author.pk
