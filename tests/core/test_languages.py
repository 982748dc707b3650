import datetime

import pytest
from django.conf import settings
from django.urls import reverse

from ern_learning.languages import LANGUAGE_CODES, NATIVE_NAMES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_home_page_in_each_language_sets_html_lang(client, home_page, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_root_without_prefix_follows_accept_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="km-KH,km;q=0.9,en;q=0.5")

    assert response.status_code == 302
    assert response["Location"] == "/km/"


@pytest.mark.parametrize("accept", ["tl", "tl-PH,tl;q=0.9,en;q=0.5", "fil-PH", "fil"])
def test_browsers_asking_for_tagalog_or_filipino_get_filipino(client, home_page, accept):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)

    assert response["Location"] == "/fil/"


def test_root_without_prefix_falls_back_to_english_for_unknown_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE")

    assert response["Location"] == "/en/"


def test_root_prefers_profile_language_of_signed_in_user(client, home_page, officer):
    officer.preferred_language = "lo"
    officer.save()
    client.force_login(officer)

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="th")

    assert response["Location"] == "/lo/"


def test_unknown_language_prefix_gets_translated_not_found_page(client, home_page):
    response = client.get("/xx/", HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 302

    response = client.get(response["Location"])

    assert response.status_code == 404
    assert '<html lang="th"' in response.content.decode()


def test_language_switcher_lists_each_language_in_its_own_script(client, home_page):
    content = client.get("/en/").content.decode()

    for code in LANGUAGE_CODES:
        assert f'value="{code}" lang="{code}"' in content
        assert NATIVE_NAMES[code] in content


def test_language_switcher_keeps_the_same_page(client, home_page):
    response = client.post(reverse("set_language"), {"language": "vi", "next": "/en/accounts/login/"})

    assert response.status_code == 302
    assert response["Location"] == "/vi/accounts/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "vi"


@pytest.mark.parametrize(
    ("headers", "cookie"),
    [({"HTTP_ACCEPT_LANGUAGE": "en"}, None), ({}, "km"), ({"HTTP_ACCEPT_LANGUAGE": "th"}, "vi")],
    ids=["browser-in-english", "cookie-in-khmer", "browser-thai-cookie-vietnamese"],
)
def test_language_switcher_keeps_the_page_whatever_the_browser_or_cookie_says(client, home_page, headers, cookie):
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie

    response = client.post(reverse("set_language"), {"language": "lo", "next": "/ms/courses/?topic=2"}, **headers)

    assert response["Location"] == "/lo/courses/?topic=2"


def test_language_switcher_saves_preference_of_signed_in_user(client, home_page, officer):
    client.force_login(officer)

    client.post(reverse("set_language"), {"language": "ms", "next": "/en/"})

    officer.refresh_from_db()
    assert officer.preferred_language == "ms"


def test_language_switcher_ignores_unknown_language(client, home_page, officer):
    client.force_login(officer)

    response = client.post(reverse("set_language"), {"language": "xx", "next": "/en/"})

    officer.refresh_from_db()
    assert response.status_code == 302
    assert officer.preferred_language == "en"


def test_language_switcher_refuses_foreign_redirect(client, home_page):
    response = client.post(reverse("set_language"), {"language": "th", "next": "https://evil.example/"})

    assert response["Location"] == "/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "th"


def test_login_redirects_to_preferred_language(client, home_page, officer):
    officer.preferred_language = "km"
    officer.save()

    response = client.post("/en/accounts/login/", {"login": officer.email, "password": "correct-horse-battery"})

    assert response.status_code == 302
    assert response["Location"].startswith("/km/")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "km"


def test_login_from_a_page_in_another_language_lands_in_the_preferred_language(client, home_page, officer):
    officer.preferred_language = "km"
    officer.save()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "th"

    response = client.post("/th/accounts/login/?next=/en/courses/", {"login": officer.email, "password": "correct-horse-battery"})

    assert response["Location"] == "/km/courses/"


def test_lao_and_filipino_have_language_info(settings):
    from django.utils.translation import get_language_info

    assert get_language_info("lo")["name_local"] == "ລາວ"
    assert get_language_info("fil")["name_local"] == "Filipino"
    assert get_language_info("km")["name_local"] == "ខ្មែរ"


@pytest.mark.parametrize(
    ("language", "long_date", "short_date_time"),
    [
        ("lo", "5 ທັນວາ 2026", "05/12/2026 14:30"),
        ("fil", "Disyembre 5, 2026", "12/05/2026 2:30 PM"),
        ("ms", "5 Dis 2026", "05/12/2026 2:30 ptg"),
        ("km", "5 ខែ ធ្នូ ឆ្នាំ 2026", "5 ធ្នូ 2026, 14:30"),
    ],
)
def test_dates_are_written_as_each_country_writes_them(language, long_date, short_date_time):
    from django.utils import translation
    from django.utils.formats import date_format

    moment = datetime.datetime(2026, 12, 5, 14, 30)
    with translation.override(language):
        assert date_format(moment, "DATE_FORMAT") == long_date
        assert date_format(moment, "SHORT_DATETIME_FORMAT") == short_date_time
