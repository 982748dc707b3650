"""Certificates are laid out with their own short user-agent stylesheet (courses/rendering/certificate-ua.css)
instead of WeasyPrint's HTML5 one: it must take effect, and change nothing on the page."""

import datetime
import io

import pypdf
import pytest
from PIL import Image

from courses.rendering.certificate import CertificateText, certificate_html, certificate_render_options
from courses.rendering.pdf import render_request
from courses.rendering.worker import render_document, render_pdf_bytes
from tests.courses.certificates.rendering import walk

LANGUAGES = ["en", "km", "id", "lo", "ms", "fil", "th", "vi"]
RICH_BODY = "<p>has <b>successfully</b> completed<br>the <i>online</i> course</p><p>with <em>distinction</em></p>"


def geometry(document) -> list[tuple]:
    """Every box of the first page: its kind, element, text, position and size (to 1/100 px)."""
    return [
        (
            type(box).__name__,
            box.element_tag,
            getattr(box, "text", None),
            *(round(value, 2) for value in (box.position_x, box.position_y, box.width, box.height)),
        )
        for box, _ancestors in walk(document.pages[0]._page_box)
    ]


def laid_out_both_ways(html: str):
    """`html` laid out with the certificate's user-agent sheet, and with WeasyPrint's HTML5 sheet."""
    options = certificate_render_options()
    ours, _ = render_document(**render_request(html, **options))
    weasyprints, _ = render_document(**render_request(html, **{**options, "user_agent_stylesheet": None}))
    return ours, weasyprints


def first_paragraph(document):
    return next(box for box, _ in walk(document.pages[0]._page_box) if box.element_tag == "p")


def test_certificate_user_agent_sheet_replaces_weasyprints_defaults():
    ours, weasyprints = laid_out_both_ways("<p>ERN Learning</p>")

    # WeasyPrint's HTML5 sheet gives a paragraph 1em margins (the body's 11pt); ours leaves every margin to certificate.css.
    assert first_paragraph(weasyprints).margin_top == pytest.approx(11 * 96 / 72)
    assert first_paragraph(ours).margin_top == 0


def png(size: tuple[int, int], colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("bilingual", [False, True], ids=["single", "bilingual"])
def test_certificate_user_agent_sheet_lays_out_every_box_as_the_html5_sheet(make_content, language, bilingual):
    content = make_content(
        language,
        bilingual=bilingual,
        expires_on=datetime.date(2028, 4, 22),
        logo_image=png((600, 200), "navy"),
        signature_image=png((480, 160), "black"),
    )

    ours, weasyprints = laid_out_both_ways(certificate_html(content))

    assert geometry(ours) == geometry(weasyprints)


def test_certificate_user_agent_sheet_keeps_author_formatting_and_line_breaks(make_content):
    text = CertificateText(language="en", heading="Certificate", body_html=RICH_BODY, course_title="Evidence")
    content = make_content(texts=[text])

    ours, weasyprints = laid_out_both_ways(certificate_html(content))
    styles = {
        box.element_tag: (box.style["font_weight"], box.style["font_style"])
        for box, _ in walk(ours.pages[0]._page_box)
        if box.element_tag in {"b", "i", "em"}
    }

    assert geometry(ours) == geometry(weasyprints)
    assert styles == {"b": (700, "normal"), "i": (400, "italic"), "em": (400, "italic")}


def test_certificate_pdf_outline_names_the_main_heading_only(make_content):
    html = certificate_html(make_content("km", bilingual=True))
    pdf = render_pdf_bytes(**render_request(html, **certificate_render_options()))["pdf"]

    outline = pypdf.PdfReader(io.BytesIO(pdf)).outline

    # Without the English heading below it, and without the zero-width spaces that let Khmer wrap.
    assert [entry.title for entry in outline] == ["វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា"]
