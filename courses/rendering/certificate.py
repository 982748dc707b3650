"""Certificate content → HTML → PDF. Pure presentation: the caller supplies every value."""

import base64
import datetime
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator

from .pdf import RenderedPDF, render_pdf
from .qr import qr_data_url
from .sanitize import clean_rich_text

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_NAME = "courses/certificates/pdf/certificate.html"
LAYOUT_STYLESHEET = Path(__file__).resolve().parent / "certificate.css"
USER_AGENT_STYLESHEET = Path(__file__).resolve().parent / "certificate-ua.css"
FONTS_STYLESHEET = "css/fonts-pdf.css"
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_PRIMARY_COLOUR = "#1d3557"
DEFAULT_ACCENT_COLOUR = "#c9a227"
# Longer text is cut (the body with an ellipsis). Up to these lengths, in the main language and in
# English at once, every box fits the page: the type shrinks by the steps below.
MAX_NAME_LENGTH = 300
MAX_TITLE_LENGTH = 255
MAX_BODY_LENGTH = 255
MAX_SIGNATORY_LENGTH = 200
# A box whose lines (main language and English, or native and Latin name, together) are longer than
# its n-th limit is printed at size step n + 1 (`.course--2`, ...; certificate.css sets the type sizes).
SIZE_LIMITS = {
    "heading": (60, 120, 220),
    "names": (40, 80, 160, 330),
    "body": (120, 240),
    "course": (100, 200, 360, 560),
    "signatory": (120, 240, 480),
}
# Capitals are about a third wider than small letters: a line in capitals counts as that much longer.
CAPITAL_WIDTH = 1.3
IMAGE_MIME_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif", b"RIFF": "image/webp"}


@dataclass(frozen=True)
class CertificateText:
    """The words of a certificate in one language."""

    language: str
    heading: str
    body_html: str
    course_title: str
    signatory_title: str = ""


@dataclass(frozen=True)
class CertificateContent:
    """Everything printed on one certificate; `texts[0]` is the main language, `texts[1]` the
    English version on a bilingual certificate."""

    texts: list[CertificateText]
    holder_name: str
    holder_native_name: str
    verification_code: str
    verification_url: str
    issued_on: datetime.date
    expires_on: datetime.date | None = None
    signatory_name: str = ""
    signature_image: bytes | None = None
    logo_image: bytes | None = None
    primary_colour: str = DEFAULT_PRIMARY_COLOUR
    accent_colour: str = DEFAULT_ACCENT_COLOUR


def image_data_url(content: bytes | None) -> str:
    """A `data:` URL for PNG, JPEG, GIF or WebP bytes; empty for anything else."""
    if not content:
        return ""
    for magic, mime_type in IMAGE_MIME_TYPES.items():
        if content.startswith(magic):
            return f"data:{mime_type};base64," + base64.b64encode(content).decode("ascii")
    return ""


def safe_colour(value: str, default: str) -> str:
    return value if value and HEX_COLOUR.match(value) else default


@lru_cache(maxsize=1)
def certificate_engine():
    """A template engine of its own: autoescaping, our filters built in, no request context and no
    other app's template overrides."""
    from django.template import Engine

    return Engine(
        dirs=[TEMPLATES_DIR],
        autoescape=True,
        libraries={"i18n": "django.templatetags.i18n"},
        builtins=["courses.rendering.templatetags"],
    )


def fonts_stylesheet() -> str:
    """The path of static/css/fonts-pdf.css (collected or source copy)."""
    from django.contrib.staticfiles import finders

    found = finders.find(FONTS_STYLESHEET)
    if found:
        return str(found)
    return str(Path(settings.STATIC_ROOT) / FONTS_STYLESHEET)


def certificate_render_options() -> dict:
    """How a certificate is rendered: the fonts and the layout (parsed once per renderer process; only
    the colours come with each certificate), and the short user-agent sheet of its closed set of elements."""
    return {"stylesheets": [fonts_stylesheet(), str(LAYOUT_STYLESHEET)], "user_agent_stylesheet": str(USER_AGENT_STYLESHEET)}


def size_step(lines: Iterable[str], limits: Sequence[int]) -> int:
    """0 for a box's largest type; one step smaller for each limit its lines' combined length exceeds."""
    length = sum(len(line) + (CAPITAL_WIDTH - 1) * sum(character.isupper() for character in line) for line in lines)
    return sum(length > limit for limit in limits)


def _cut_rich_text(body_html: str) -> SafeString:
    """Sanitised author text, cut with an ellipsis after MAX_BODY_LENGTH characters of text."""
    body = clean_rich_text(body_html)
    if len(_plain_text(body)) > MAX_BODY_LENGTH:
        body = clean_rich_text(Truncator(body).chars(MAX_BODY_LENGTH, html=True))
    return body


def _plain_text(rich_text: str) -> str:
    return html.unescape(strip_tags(rich_text))


def certificate_html(content: CertificateContent) -> str:
    """The certificate as HTML: names escaped, author text sanitised, line breaks for Khmer, Lao, Thai,
    and each box's type sized to the length of its text."""
    from django.template import Context

    main = content.texts[0]
    texts = [
        {
            "language": text.language,
            "heading": text.heading[:MAX_TITLE_LENGTH],
            "body": _cut_rich_text(text.body_html),
            "course_title": text.course_title[:MAX_TITLE_LENGTH],
            "signatory_title": text.signatory_title[:MAX_SIGNATORY_LENGTH],
        }
        for text in content.texts
    ]
    holder_name = content.holder_name[:MAX_NAME_LENGTH]
    native_name = content.holder_native_name[:MAX_NAME_LENGTH]
    if native_name == holder_name:
        native_name = ""
    signatory_name = content.signatory_name[:MAX_SIGNATORY_LENGTH]
    box_lines = {
        "heading": [text["heading"] for text in texts],
        "names": [native_name, holder_name],
        "body": [_plain_text(text["body"]) for text in texts],
        "course": [text["course_title"] for text in texts],
        "signatory": [signatory_name, *(text["signatory_title"] for text in texts)],
    }
    context = {
        "language": main.language,
        "main": texts[0],
        "others": texts[1:],
        "holder_name": holder_name,
        "native_name": native_name,
        "size": {box: size_step(lines, SIZE_LIMITS[box]) for box, lines in box_lines.items()},
        "verification_code": content.verification_code,
        "verification_url": content.verification_url,
        "qr_code": SafeString(qr_data_url(content.verification_url)),
        "issued_on": content.issued_on,
        "expires_on": content.expires_on,
        "signatory_name": signatory_name,
        "signature_image": SafeString(image_data_url(content.signature_image)),
        "logo_image": SafeString(image_data_url(content.logo_image)),
        "primary_colour": safe_colour(content.primary_colour, DEFAULT_PRIMARY_COLOUR),
        "accent_colour": safe_colour(content.accent_colour, DEFAULT_ACCENT_COLOUR),
    }
    return certificate_engine().get_template(TEMPLATE_NAME).render(Context(context, autoescape=True))


def render_certificate(content: CertificateContent, *, timeout: float | None = None) -> RenderedPDF:
    """The certificate as a one-page A4 landscape PDF with the project's embedded Noto fonts."""
    return render_pdf(certificate_html(content), **certificate_render_options(), timeout=timeout)
