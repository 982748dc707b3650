import datetime
import http.server
import io
import re
import threading
import time

import pypdf
import pytest
from fontTools.ttLib import TTFont

from courses.rendering.certificate import CertificateText, certificate_html, render_certificate
from courses.rendering.linebreaks import ZERO_WIDTH_SPACE, insert_line_breaks
from courses.rendering.pdf import RenderTimeout, render_pdf
from tests.courses.certificates.rendering import laid_out, walk
from tests.factories.certificates import SAMPLE_NATIVE_NAMES, SAMPLE_TEXTS, VERIFY_URL

LANGUAGES = ["en", "km", "id", "lo", "ms", "fil", "th", "vi"]
LONG_KHMER_NAME = ("សុខសុភាព្រះរាជាណាចក្រកម្ពុជាជាតិសាសនាព្រះមហាក្សត្រ" * 5)[:200]


@pytest.fixture
def http_server():
    """A local web server that records every request made to it."""
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()


def name_lines(html: str) -> tuple[list[str], list[float], float]:
    """Lay `html` out in-process and return the text, width and box width of the name's lines."""
    from weasyprint.formatting_structure import boxes

    for box, _ancestors in walk(laid_out(html).pages[0]._page_box):
        if isinstance(box, boxes.BlockBox) and box.element is not None and "name" in (box.element.get("class") or "").split():
            texts = ["".join(text.text for text, _ in walk(line) if isinstance(text, boxes.TextBox)) for line in box.children]
            return texts, [line.width for line in box.children], box.width
    raise AssertionError("no name box")


def comparable(text: str) -> str:
    """Extracted text as far as the PDF's text layer keeps it: without spaces or zero-width spaces, and
    with Thai and Lao AM as AA (their glyph AA maps back to one of the two only)."""
    text = re.sub(r"[\s\u200b]", "", text)
    return text.translate({0x0E33: 0x0E32, 0x0E4D: None, 0x0EB3: 0x0EB2, 0x0ECD: None})


def embedded_fonts(content: bytes) -> dict[str, bool]:
    """Each font of the PDF's first page, and whether its font file is embedded."""
    page = pypdf.PdfReader(io.BytesIO(content)).pages[0]
    fonts = {}
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor_owner = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descriptor_owner["/FontDescriptor"].get_object()
        name = str(font["/BaseFont"]).split("+", 1)[-1]
        fonts[name] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


# The PDF's text layer does not give back Khmer vowels written before or around their consonant (េ, ើ:
# "មេសា" reads "មសា"), so the Khmer title is one without them; the other headings and titles are the samples.
EXTRACTABLE_KHMER_TITLE = "ភស្តុតាងឌីជីថលសម្រាប់ការជួញដូរមនុស្ស"
PRINTED_DATES = {
    "en": "March 22, 2026",
    "km": "22 មីនា 2026",
    "id": "22 Maret 2026",
    "lo": "22 ມີນາ 2026",
    "ms": "22 Mac 2026",
    "fil": "Marso 22, 2026",
    "th": "22 มีนาคม พ.ศ. 2569",
    "vi": "22 tháng 3, 2026",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_render_certificate_each_language_one_a4_landscape_page_in_that_language_with_noto_only(
    make_content, pdf_facts, language
):
    heading, body, course_title = SAMPLE_TEXTS[language]
    if language == "km":
        course_title = EXTRACTABLE_KHMER_TITLE
    text = CertificateText(language, heading, f"<p>{body}</p>", course_title)
    content = make_content(language, texts=[text], issued_on=datetime.date(2026, 3, 22))

    pdf = render_certificate(content)

    facts = pdf_facts(pdf.content)
    printed = comparable(facts.text)
    assert (facts.pages, facts.width_mm, facts.height_mm) == (1, 297, 210)
    assert embedded_fonts(pdf.content) == {"Noto-Sans-ERN": True, "Noto-Sans-ERN-Bold": True}
    assert comparable(heading) in printed
    assert comparable(course_title) in printed
    assert comparable(PRINTED_DATES[language]) in printed
    assert "Sophea Sok" in facts.text
    assert "7K3QD-M9XWT" in facts.text
    assert pdf.refused == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_pdf_font_covers_every_character_of_each_language(language):
    from django.contrib.staticfiles import finders

    sample = "".join(SAMPLE_TEXTS[language]) + SAMPLE_NATIVE_NAMES.get(language, "")
    for weight in ("Regular", "Bold"):
        cmap = TTFont(finders.find(f"fonts/pdf/NotoSansERN-{weight}.ttf")).getBestCmap()

        missing = {char for char in sample if not char.isspace() and ord(char) not in cmap}

        assert missing == set(), weight


@pytest.mark.parametrize("language", ["en", "id", "ms", "fil", "vi"])
def test_render_certificate_latin_script_text_is_extractable(make_content, pdf_facts, language):
    heading, body, course_title = SAMPLE_TEXTS[language]

    facts = pdf_facts(render_certificate(make_content(language)).content)

    assert heading in facts.text
    assert body in facts.text
    assert course_title in facts.text


def test_render_certificate_thai_dates_in_buddhist_era(make_content, pdf_facts):
    content = make_content("th", issued_on=datetime.date(2026, 4, 22), expires_on=datetime.date(2028, 4, 21))

    facts = pdf_facts(render_certificate(content).content)

    # Month names are checked in test_certificate_dates: text extraction maps a glyph shared by
    # า and ำ to only one of them, so Thai words do not always come back verbatim.
    assert "22 เม" in facts.text
    assert "พ.ศ. 2569" in facts.text
    assert "พ.ศ. 2571" in facts.text
    assert "2026" not in facts.text


def test_render_certificate_bilingual_has_both_languages(make_content, pdf_facts):
    facts = pdf_facts(render_certificate(make_content("vi", bilingual=True)).content)

    assert "Giấy chứng nhận hoàn thành" in facts.text
    assert "Certificate of completion" in facts.text
    assert "22 tháng 4, 2026 · April 22, 2026" in facts.text


def test_render_certificate_qr_code_decodes_to_verification_url(make_content, pdf_facts):
    facts = pdf_facts(render_certificate(make_content("km")).content, decode_qr=True)

    assert facts.qr_codes == [VERIFY_URL]


def test_certificate_html_escapes_html_in_names(make_content, pdf_facts):
    content = make_content(holder_name='<img src="file:///etc/passwd"><script>alert(1)</script>', holder_native_name="<b>x</b>")

    html = certificate_html(content)
    facts = pdf_facts(render_certificate(content).content)

    assert "<script>" not in html
    assert "<img src=&quot;file" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<img src="file:///etc/passwd"><script>alert(1)</script>' in facts.text
    assert "<b>x</b>" in facts.text
    assert "root:" not in facts.text


def test_certificate_html_sanitises_author_text(make_content, http_server):
    base_url, hits = http_server
    content = make_content()
    text = content.texts[0]
    hostile = (
        f'<p onclick="x()">Well done <img src="file:///etc/passwd"><img src="{base_url}/pixel.png">'
        '<a href="http://169.254.169.254/latest/meta-data/">link</a><script>alert(1)</script>'
        f'<style>@import url("{base_url}/x.css");</style><b>bold</b></p>'
    )
    content.texts[0] = type(text)(text.language, text.heading, hostile, text.course_title)

    html = certificate_html(content)
    pdf = render_certificate(content)

    assert "<p>Well done link<b>bold</b></p>" in html
    assert pdf.refused == []
    assert hits == []


def test_render_pdf_with_forbidden_resources_fetches_nothing_and_succeeds(pdf_facts, http_server):
    base_url, hits = http_server
    html = f"""<html><head><link rel="stylesheet" href="{base_url}/style.css">
        <style>@import url("{base_url}/import.css"); body {{ background: url("http://169.254.169.254/bg.png"); }}</style></head>
        <body><p>Safe text</p><img src="file:///etc/passwd"><img src="{base_url}/pixel.png">
        <img src="http://169.254.169.254/latest/meta-data/"><a href="{base_url}/link">link</a>
        <iframe src="file:///etc/shadow"></iframe><object data="file:///etc/hostname"></object></body></html>"""

    pdf = render_pdf(html)

    facts = pdf_facts(pdf.content)
    assert facts.pages == 1
    assert "Safe text" in facts.text
    assert "root:" not in facts.text
    assert hits == []
    assert set(pdf.refused) >= {"file:///etc/passwd", f"{base_url}/pixel.png", f"{base_url}/style.css"}


def test_render_certificate_long_khmer_name_wraps_at_word_boundaries_inside_its_box(make_content, pdf_facts):
    content = make_content("km", holder_native_name=LONG_KHMER_NAME)

    html = certificate_html(content)
    lines, widths, box_width = name_lines(html)
    facts = pdf_facts(render_certificate(content).content)

    assert len(lines) == 2
    assert "".join(lines).replace(ZERO_WIDTH_SPACE, "") == LONG_KHMER_NAME
    # Each line ends where ICU allows a break, and none is wider than the box.
    words = insert_line_breaks(LONG_KHMER_NAME, "km").split(ZERO_WIDTH_SPACE)
    assert (
        lines[0].rstrip(ZERO_WIDTH_SPACE).split(ZERO_WIDTH_SPACE)
        == words[: len(lines[0].rstrip(ZERO_WIDTH_SPACE).split(ZERO_WIDTH_SPACE))]
    )
    assert max(widths) <= box_width
    assert facts.pages == 1


def test_render_pdf_overrunning_time_limit_is_stopped_and_next_render_works(make_content, pdf_facts):
    render_certificate(make_content())  # the renderer is warm: only layout time counts below
    heavy = "<html><body>" + ("<table>" + "<tr><td>cell</td><td>cell</td></tr>" * 2000 + "</table>") * 20 + "</body></html>"

    started = time.monotonic()
    with pytest.raises(RenderTimeout):
        render_pdf(heavy, timeout=0.5)
    elapsed = time.monotonic() - started
    after = render_certificate(make_content())

    assert elapsed < 5
    assert pdf_facts(after.content).pages == 1
