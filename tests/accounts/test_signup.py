import re

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.core import mail
from django.urls import reverse
from django.utils import translation

from ern_learning.accounts.models import MembershipStatus, User
from ern_learning.core.models import OutboundEmail, OutboundEmailStatus
from ern_learning.core.services.mail import retry_email
from tests.doubles.mail import REFUSING_BACKEND
from tests.factories.accounts import OfficerFactory

pytestmark = pytest.mark.django_db

VALID_SIGNUP = {
    "email": "sophea.sok@police.gov.kh",
    "password1": "Phnom-Penh-2026!",
    "password2": "Phnom-Penh-2026!",
    "first_name": "Sophea",
    "last_name": "Sok",
    "native_name": "សុខ សុភា",
    "country": "KH",
    "agency": "Cambodian National Police",
    "unit": "Cybercrime Office",
    "rank": "Captain",
    "preferred_language": "km",
}


def signup(client, language="en", **overrides):
    with translation.override(language):
        url = reverse("account_signup")
    return client.post(url, {**VALID_SIGNUP, **overrides})


def test_signup_creates_pending_member_with_profile_and_sends_confirmation(client, home_page, on_commit):
    with on_commit():
        response = signup(client)

    assert response.status_code == 302
    user = User.objects.get(email="sophea.sok@police.gov.kh")
    assert (user.first_name, user.last_name, user.native_name) == ("Sophea", "Sok", "សុខ សុភា")
    assert (user.country, user.agency, user.unit, user.rank) == (
        "KH",
        "Cambodian National Police",
        "Cybercrime Office",
        "Captain",
    )
    assert user.preferred_language == "km"
    assert user.membership_status == MembershipStatus.PENDING
    assert list(user.groups.all()) == []
    assert len(mail.outbox) == 1
    assert EmailAddress.objects.get(user=user).verified is False


def test_signup_confirmation_email_is_in_the_visitors_language(client, home_page, on_commit):
    with on_commit():
        signup(client, language="th")

    assert mail.outbox[0].subject.startswith("[ERN Learning]")
    assert re.search("[\u0e00-\u0e7f]", mail.outbox[0].body)


def test_signup_with_email_already_used_creates_nothing_new(client, home_page):
    OfficerFactory(email="sophea.sok@police.gov.kh")

    response = signup(client)

    # Enumeration prevention: the page looks the same, but no second account exists.
    assert User.objects.filter(email="sophea.sok@police.gov.kh").count() == 1
    assert response.status_code in (200, 302)


def test_signup_with_malformed_email_shows_translated_error(client, home_page):
    response = signup(client, language="vi", email="not-an-email")

    assert response.status_code == 200
    assert User.objects.count() == 0
    with translation.override("vi"):
        from django.core.validators import EmailValidator

        assert str(EmailValidator.message) in response.content.decode()


def test_signup_with_missing_profile_fields_creates_nothing(client, home_page):
    response = signup(client, first_name="", country="")

    assert response.status_code == 200
    assert User.objects.count() == 0
    assert response.context["form"].errors.keys() >= {"first_name", "country"}


def test_signup_with_unknown_country_or_language_is_refused(client, home_page):
    response = signup(client, country="XX", preferred_language="de")

    assert response.status_code == 200
    assert User.objects.count() == 0
    assert response.context["form"].errors.keys() >= {"country", "preferred_language"}


def test_email_confirmation_link_verifies_address(client, home_page):
    signup(client)
    address = EmailAddress.objects.get(email="sophea.sok@police.gov.kh")
    key = EmailConfirmationHMAC(address).key

    response = client.post(reverse("account_confirm_email", args=[key]))

    address.refresh_from_db()
    assert response.status_code == 302
    assert address.verified is True


def test_expired_or_forged_confirmation_link_shows_clear_message(client, home_page):
    response = client.get(reverse("account_confirm_email", args=["forged-or-expired-key"]))

    assert response.status_code == 200
    assert "This email confirmation link expired or is invalid." in response.content.decode()


def test_unverified_user_cannot_sign_in(client, home_page):
    signup(client)
    client.logout()

    response = client.post(reverse("account_login"), {"login": VALID_SIGNUP["email"], "password": VALID_SIGNUP["password1"]})

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_wrong_password_shows_message_and_does_not_sign_in(client, home_page, officer):
    response = client.post(reverse("account_login"), {"login": officer.email, "password": "wrong"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "The email address and/or password you specified are not correct." in response.content.decode()


def test_login_is_rate_limited_after_repeated_failures(client, home_page, officer):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": officer.email, "password": "wrong"})

    response = client.post(reverse("account_login"), {"login": officer.email, "password": "correct-horse-battery"})

    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_forged_forwarded_for_header_does_not_bypass_rate_limit(client, home_page, officer):
    for n in range(5):
        client.post(reverse("account_login"), {"login": officer.email, "password": "wrong"}, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")

    client.post(
        reverse("account_login"),
        {"login": officer.email, "password": "correct-horse-battery"},
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )

    assert "_auth_user_id" not in client.session


def test_password_reset_sends_email_in_visitors_language(client, home_page, officer, on_commit):
    with translation.override("km"):
        url = reverse("account_reset_password")

    with on_commit():
        response = client.post(url, {"email": officer.email})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert re.search("[\u1780-\u17ff]", mail.outbox[0].body)


def test_password_reset_while_the_mail_server_is_down_is_kept_and_sent_on_retry(client, home_page, officer, on_commit, settings):
    settings.EMAIL_BACKEND = REFUSING_BACKEND
    with translation.override("km"):
        url = reverse("account_reset_password")

    with on_commit():
        response = client.post(url, {"email": officer.email})

    # The officer is told to check their mail, not shown an error; the message waits for the server.
    assert response.status_code == 302
    email = OutboundEmail.objects.get(to=[officer.email])
    assert email.status == OutboundEmailStatus.FAILED
    assert email.next_attempt_at is not None
    assert email.confidential is True
    assert re.search("[\u1780-\u17ff]", email.body)
    assert mail.outbox == []
    written = email.body

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with on_commit():
        retry_email(email)

    email.refresh_from_db()
    assert (email.status, email.body) == (OutboundEmailStatus.SENT, "")
    assert [message.to for message in mail.outbox] == [[officer.email]]
    assert mail.outbox[0].body == written


def test_two_password_resets_are_two_messages(client, home_page, officer, on_commit):
    url = reverse("account_reset_password")

    with on_commit():
        client.post(url, {"email": officer.email})
        client.post(url, {"email": officer.email})

    assert OutboundEmail.objects.filter(to=[officer.email]).count() == 2
    assert len(mail.outbox) == 2


def test_pending_member_can_read_public_pages(client, home_page, pending_user):
    client.force_login(pending_user)

    response = client.get("/en/account/")

    assert response.status_code == 200
    assert "Pending approval" in response.content.decode()
