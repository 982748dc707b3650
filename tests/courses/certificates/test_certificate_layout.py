"""The certificate's layout at the longest text it accepts: laid out by WeasyPrint in this process, every
line of text must sit inside every box around it (so no `overflow: hidden` can cut it) and above the
footer, on one page."""

import datetime
import io

import pytest

from courses.rendering.certificate import (
    MAX_BODY_LENGTH,
    MAX_NAME_LENGTH,
    MAX_SIGNATORY_LENGTH,
    MAX_TITLE_LENGTH,
    SIZE_LIMITS,
    CertificateText,
    certificate_html,
    size_step,
)
from tests.courses.certificates.rendering import laid_out, walk
from tests.factories.certificates import SAMPLE_TEXTS

MM_PER_PX = 25.4 / 96
WRITTEN_WITHOUT_SPACES = {"km", "lo", "th"}
LATIN_NAME = "Sophea Sok Chan Dara Vong Sovannarith Kim Heng Srey Mom "
PRODUCTION_LIKE_URL = "https://learning.trafficking-response-network.org/fil/certificates/verify/7K3QD-M9XWT/"
NATIVE_NAMES = {
    "km": "សុខសុភាចាន់ដារាវង្សសុវណ្ណារិទ្ធិគឹមហេងស្រីមុំ",
    "lo": "ສົມພອນພົມມະຈັນແກ້ວມະນີວົງສີສຸລິຍະ",
    "th": "นิรันดร์ศรีสุขสมบูรณ์วงศ์ไพศาลเจริญรุ่งเรือง",
    "vi": "Nguyễn Thị Minh Anh Trần Văn Hoàng Lê Phương ",
}


def long_text(language: str, length: int, sample: str | None = None) -> str:
    """`length` characters of natural text in `language` (its sample course title, repeated)."""
    sample = sample or SAMPLE_TEXTS[language][2]
    if language not in WRITTEN_WITHOUT_SPACES:
        sample += " "
    return (sample * (length // len(sample) + 1))[:length]


def _label(box) -> str:
    classes = (box.element.get("class") or "").split() if box.element is not None else []
    return "." + classes[0] if classes else str(box.element_tag)


def content_outside_its_boxes(document) -> list[str]:
    """Each line of text (or image) on the first page that is not inside the padding box of every block
    around it (the area `overflow: hidden` keeps), or that reaches down into the footer."""
    from weasyprint.formatting_structure import boxes

    def mm(value: float) -> str:
        return f"{value * MM_PER_PX:.1f} mm"

    problems, flow_bottoms, footer_top = [], [], None
    for box, ancestors in walk(document.pages[0]._page_box):
        if _label(box) == ".footer":
            footer_top = box.padding_box_y()
        if isinstance(box, boxes.LineBox):
            pieces = [text for text, _ in walk(box) if isinstance(text, boxes.TextBox)]
            what = "".join(piece.text for piece in pieces).strip()[:25]
            if not what:
                continue
            top, bottom = box.position_y, box.position_y + box.height
            spans = [(piece.position_x, piece.position_x + piece.width) for piece in pieces]
        elif isinstance(box, boxes.ReplacedBox):
            what = f"image {_label(box)}"
            top, bottom = box.border_box_y(), box.border_box_y() + box.border_height()
            spans = [(box.border_box_x(), box.border_box_x() + box.border_width())]
        else:
            continue
        blocks = [
            block for block in ancestors if isinstance(block, boxes.BlockContainerBox) and not isinstance(block, boxes.LineBox)
        ]
        for block in blocks:
            clip_top, clip_left = block.padding_box_y(), block.padding_box_x()
            clip_bottom, clip_right = clip_top + block.padding_height(), clip_left + block.padding_width()
            if top < clip_top - 0.01 or bottom > clip_bottom + 0.01:
                problems.append(
                    f"{what!r} at {mm(top)}–{mm(bottom)} is outside {_label(block)} ({mm(clip_top)}–{mm(clip_bottom)})"
                )
            if any(left < clip_left - 0.01 or right > clip_right + 0.01 for left, right in spans):
                problems.append(f"{what!r} is wider than {_label(block)}")
        if ".footer" not in {_label(block) for block in blocks}:
            flow_bottoms.append((bottom, what))
    assert footer_top is not None, "no footer"
    problems += [
        f"{what!r} ends at {mm(bottom)}, in the footer (from {mm(footer_top)})"
        for bottom, what in flow_bottoms
        if bottom > footer_top + 0.01
    ]
    return problems


def png(width: int, height: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


def filled(total: int, caps: list[int]) -> list[int]:
    """`total` characters spread over lines of at most `caps` characters, the first (largest type) first."""
    lengths = []
    for cap in caps:
        lengths.append(min(cap, total))
        total -= lengths[-1]
    return lengths


def long_content(make_content, language: str, *, bilingual: bool = True, capitals: bool = False, **totals: int):
    """A certificate in `language` (and English) whose named boxes hold `totals[box]` characters in all,
    main language (or native name) first; other boxes keep their sample text. With `capitals`, all
    text is in capital letters."""
    case = str.upper if capitals else str
    languages = [language, "en"] if bilingual else [language]
    lengths = {
        box: filled(totals[box], caps)
        for box, caps in [
            ("heading", [MAX_TITLE_LENGTH] * len(languages)),
            ("body", [MAX_BODY_LENGTH] * len(languages)),
            ("course", [MAX_TITLE_LENGTH] * len(languages)),
            ("names", [MAX_NAME_LENGTH] * 2),
            ("signatory", [MAX_SIGNATORY_LENGTH] * (1 + len(languages))),
        ]
        if box in totals
    }
    texts = []
    for index, code in enumerate(languages):
        heading, body, course = SAMPLE_TEXTS[code]
        if "heading" in lengths:
            heading = long_text(code, lengths["heading"][index], heading)
        if "body" in lengths:
            body = long_text(code, lengths["body"][index], body)
        if "course" in lengths:
            course = long_text(code, lengths["course"][index])
        title = long_text(code, lengths["signatory"][1 + index], heading) if "signatory" in lengths else "Programme Coordinator"
        texts.append(CertificateText(code, case(heading), f"<p>{case(body)}</p>", case(course), case(title)))
    overrides = {
        "texts": texts,
        "signature_image": png(480, 160),
        "logo_image": png(600, 200),
        "expires_on": datetime.date(2028, 4, 21),
        "verification_url": PRODUCTION_LIKE_URL,
    }
    if "names" in lengths:
        native, latin = lengths["names"]
        overrides["holder_native_name"] = case(long_text(language, native, NATIVE_NAMES[language]))
        overrides["holder_name"] = case(long_text("en", latin, LATIN_NAME))
    if "signatory" in lengths:
        overrides["signatory_name"] = case(long_text("en", lengths["signatory"][0], LATIN_NAME))
    return make_content(language, **overrides)


def test_size_step_counts_every_line_of_a_box():
    assert size_step(["a" * 60], (60, 120)) == 0
    assert size_step(["a" * 61], (60, 120)) == 1
    assert size_step(["a" * 61, "b" * 60], (60, 120)) == 2


def test_size_step_counts_capitals_as_wider_letters():
    assert size_step(["a" * 50], (60, 120)) == 0
    assert size_step(["A" * 50], (60, 120)) == 1
    assert size_step(["đức " * 14], (60, 120)) == 0
    assert size_step(["ĐỨC " * 14], (60, 120)) == 1


def test_certificate_html_sizes_a_bilingual_title_by_both_languages(make_content):
    monolingual = long_content(make_content, "lo", bilingual=False, course=90)
    bilingual = long_content(make_content, "lo", course=180)

    assert 'class="course course--0"' in certificate_html(monolingual)
    assert 'class="course course--1"' in certificate_html(bilingual)


def test_certificate_html_cuts_a_long_body_with_an_ellipsis(make_content):
    body = long_text("en", 2 * MAX_BODY_LENGTH)
    content = make_content(texts=[CertificateText("en", "Certificate", f"<p>{body}</p>", "Course")])

    html = certificate_html(content)

    assert f"<p>{body[: MAX_BODY_LENGTH - 1]}…</p>" in html
    assert body[:MAX_BODY_LENGTH] not in html


@pytest.mark.parametrize(
    ("language", "bilingual", "totals"),
    [
        ("km", False, {"names": 200, "course": MAX_TITLE_LENGTH}),
        ("km", True, {"names": 200, "course": 2 * MAX_TITLE_LENGTH}),
        ("lo", True, {"course": 2 * MAX_TITLE_LENGTH}),
        ("th", True, {"course": 2 * MAX_TITLE_LENGTH}),
        ("vi", True, {"course": 2 * MAX_TITLE_LENGTH}),
    ],
    ids=["km-name200", "km-name200-bilingual", "lo-bilingual", "th-bilingual", "vi-bilingual"],
)
def test_certificate_longest_course_title_wraps_inside_its_box_on_one_page(make_content, language, bilingual, totals):
    content = long_content(make_content, language, bilingual=bilingual, **totals)

    document = laid_out(certificate_html(content))

    assert len(document.pages) == 1
    assert content_outside_its_boxes(document) == []


LONGEST = {
    "heading": 2 * MAX_TITLE_LENGTH,
    "names": 2 * MAX_NAME_LENGTH,
    "body": 2 * MAX_BODY_LENGTH,
    "course": 2 * MAX_TITLE_LENGTH,
    "signatory": 3 * MAX_SIGNATORY_LENGTH,
}


@pytest.mark.parametrize(
    ("language", "capitals"),
    [("km", False), ("lo", False), ("th", False), ("vi", False), ("lo", True), ("th", True), ("vi", True)],
    ids=["km", "lo", "th", "vi", "lo-capitals", "th-capitals", "vi-capitals"],
)
def test_certificate_with_every_text_at_its_longest_fits_one_page(make_content, language, capitals):
    # With capitals, the English, Latin names and Vietnamese are in capital letters (Lao and Thai have none).
    document = laid_out(certificate_html(long_content(make_content, language, capitals=capitals, **LONGEST)))

    assert len(document.pages) == 1
    assert content_outside_its_boxes(document) == []


@pytest.mark.parametrize("language", ["km", "vi"])
@pytest.mark.parametrize(
    ("box", "total"), [(box, limit) for box, limits in SIZE_LIMITS.items() for limit in limits], ids=lambda value: str(value)
)
def test_certificate_box_at_the_longest_text_of_a_size_step_fits_with_the_rest_at_their_longest(
    make_content, language, box, total
):
    # Within one size step the type stays the same, so a box is tallest at the step's longest text.
    content = long_content(make_content, language, **{**LONGEST, box: total})

    document = laid_out(certificate_html(content))

    assert len(document.pages) == 1
    assert content_outside_its_boxes(document) == []
