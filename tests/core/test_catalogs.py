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
