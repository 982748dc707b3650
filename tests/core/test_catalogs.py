"""Every string an officer sees is translated: no empty, fuzzy or malformed catalog entry."""

import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from ern_learning.languages import LANGUAGE_CODES

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGS = sorted(LOCALE.glob("*/LC_MESSAGES/django.po")) + sorted(LOCALE.glob("vendor/*/LC_MESSAGES/django.po"))


def test_every_language_but_english_has_both_catalogs():
    expected = {code for code in LANGUAGE_CODES if code != "en"}

    assert {path.parts[-3] for path in LOCALE.glob("*/LC_MESSAGES/django.po")} >= expected
    assert {path.parts[-3] for path in LOCALE.glob("vendor/*/LC_MESSAGES/django.po")} == expected


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(LOCALE)))
def test_catalog_is_complete_and_well_formed(path):
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

    with path.open("rb") as handle:
        catalog = read_po(handle)
    missing = [
        message.id
        for message in catalog
        if message.id and (message.fuzzy or not (all(message.string) if isinstance(message.string, tuple) else message.string))
    ]

    assert missing == []


# Entries whose translation may be the English text itself; anything else left equal to its msgid is
# untranslated English. Keep this short: add a string only when the language really writes it so.
# Proper names, acronyms, file formats, bare placeholders and punctuation, the same in every language.
SAME_EVERYWHERE = {
    "ERN Learning",
    "ERN Learning — UNODC Emergency Response Network",
    "ERN Learning — Emergency Response Network",
    "INTERPOL",
    "UNODC",
    "PDF",
    "Excel (.xlsx)",
    "CSV (.csv)",
    "%(name)s: %(problem)s",
    "MFA",
    "WebAuthn",
    "IPv4",
    "IPv6",
    ":",
}
# Words each language writes as English does (its own loanwords, its CLDR names of these countries).
SAME_IN_LANGUAGE = {
    "fil": {
        # CLDR fil names of the countries and languages, as Filipino government texts write them.
        *("Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Thailand", "Viet Nam"),
        *("Khmer", "Lao", "Malay", "Filipino", "Thai", "Vietnamese"),
        # Loanwords Filipino uses untranslated; the catalog's own sentences use them ("mga quiz", "mga user").
        *("Video", "logo", "quiz", "token", "slug", "user", "Webinar", "Online", "Code", "Menu:"),
        *("Email", "Email address", "email address", "Password", "Username"),
        # CLDR fil month abbreviations (Marso, Mayo) and day periods.
        *("mar", "may", "a.m.", "p.m.", "AM", "PM"),
    },
    # Indonesian and Malay words spelt as in English (KBBI, DBP), and their names of these countries.
    "id": {
        *("Indonesia", "Malaysia", "Thailand"),
        *("Video", "logo", "status", "Status", "token", "slug", "Unit", "unit", "Administrator", "Admin"),
        *("Label", "Agenda", "agenda", "Webinar", "Filter", "Format", "Email", "Menu:"),
    },
    "ms": {
        *("Indonesia", "Malaysia", "Thailand"),
        *("Video", "logo", "status", "Status", "token", "slug", "Unit", "unit", "Label", "Agenda", "agenda"),
        *("Webinar", "Format", "Menu:"),
    },
    # Vietnamese names of these countries, and loanwords Vietnamese writes in Latin letters.
    "vi": {"Indonesia", "Malaysia", "Philippines", "Video", "logo", "token", "slug", "Email", "Menu:"},
    "km": set(),
    "lo": set(),
    "th": set(),
}


def test_every_language_has_an_allowlist_of_identical_strings():
    assert set(SAME_IN_LANGUAGE) == {code for code in LANGUAGE_CODES if code != "en"}


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(LOCALE)))
def test_no_entry_is_left_in_english(path):
    allowed = SAME_EVERYWHERE | SAME_IN_LANGUAGE[path.parts[-3]]
    with path.open("rb") as handle:
        catalog = read_po(handle)
    identical = []
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if ids[0] and ids[0] not in allowed and any(string in ids for string in strings if string):
            identical.append(f"{message.context}|{ids[0]}" if message.context else ids[0])

    assert identical == []


@pytest.mark.parametrize("language", sorted(SAME_IN_LANGUAGE))
def test_allowlist_of_identical_strings_has_no_stale_entry(language):
    kept = set()
    for path in CATALOGS:
        if path.parts[-3] == language:
            with path.open("rb") as handle:
                kept |= {message.id for message in read_po(handle) if message.id and message.string == message.id}

    assert SAME_IN_LANGUAGE[language] - kept == set()
