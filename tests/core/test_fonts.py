"""The shipped web fonts show every character our pages use, on a machine with no fonts of its own."""

import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from fontTools.ttLib import TTFont

STATIC = Path(settings.BASE_DIR) / "static"
FACE = re.compile(r"@font-face\s*{(?P<body>[^}]*)}")
LANGUAGES = ("km", "id", "lo", "ms", "fil", "th", "vi")


def parse_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for part in text.split(","):
        bounds = part.strip().removeprefix("U+").split("-")
        ranges.append((int(bounds[0], 16), int(bounds[-1], 16)))
    return ranges


@cache
def faces() -> list[tuple[int, list[tuple[int, int]], frozenset[int]]]:
    """(weight, unicode ranges, code points the file has glyphs for) for each @font-face."""
    found = []
    for match in FACE.finditer((STATIC / "css" / "fonts.css").read_text()):
        body = match["body"]
        source = re.search(r'url\("\.\./(?P<path>[^"]+)"\)', body)["path"]
        ranges = parse_ranges(re.search(r"unicode-range:\s*([^;]+);", body)[1])
        weight = int(re.search(r"font-weight:\s*(\d+)", body)[1])
        found.append((weight, ranges, frozenset(TTFont(STATIC / source).getBestCmap())))
    return found


def face_showing(character: str, weight: int):
    """The face a browser picks for this character: the last declared whose unicode-range holds it."""
    code = ord(character)
    for face_weight, ranges, glyphs in reversed(faces()):
        if face_weight == weight and any(low <= code <= high for low, high in ranges):
            return glyphs
    return None


def catalog_characters(language: str) -> set[str]:
    with open(Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po:
        catalog = read_po(po)
    text = "".join(
        "".join(message.string) if isinstance(message.string, tuple) else message.string for message in catalog if message.id
    )
    return {character for character in text if character.isprintable() and not character.isspace()}


def test_every_face_file_exists_and_is_declared_for_both_weights():
    assert {weight for weight, _, _ in faces()} == {400, 700}
    assert len(faces()) == 12


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("weight", (400, 700))
def test_shipped_faces_have_a_glyph_for_every_character_of_the_catalog(language, weight):
    missing = {
        f"U+{ord(character):04X} {character}"
        for character in catalog_characters(language)
        if not ((glyphs := face_showing(character, weight)) and ord(character) in glyphs)
    }

    assert missing == set()


def test_a_khmer_character_is_served_by_the_khmer_file_only():
    khmer = face_showing("ក", 400)

    assert ord("ក") in khmer and ord("ກ") not in khmer and ord("ก") not in khmer


def test_the_font_licence_ships_with_the_fonts():
    assert "SIL OPEN FONT LICENSE" in (STATIC / "fonts" / "OFL.txt").read_text().upper()


def test_site_pages_load_the_shipped_fonts(client, home_page):
    html = client.get("/km/").content.decode()

    assert '<link rel="stylesheet" href="/static/css/fonts.css">' in html


def test_the_wagtail_admin_loads_the_shipped_fonts_as_fallback(client, author):
    client.force_login(author)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert '<link rel="stylesheet" href="/static/css/fonts.css">' in html
    assert '<link rel="stylesheet" href="/static/css/admin.css">' in html
    assert '"Noto Sans ERN", sans-serif' in (STATIC / "css" / "admin.css").read_text()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("weight", ("Regular", "Bold"))
def test_pdf_font_has_a_glyph_for_every_character_of_the_catalog(language, weight):
    """The certificate and checklist PDFs use one merged font, cut down to the scripts of the network."""
    glyphs = TTFont(STATIC / "fonts" / "pdf" / f"NotoSansERN-{weight}.ttf").getBestCmap()

    missing = {f"U+{ord(c):04X} {c}" for c in catalog_characters(language) if ord(c) not in glyphs}

    assert missing == set()
