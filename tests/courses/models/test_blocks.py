"""Every lesson block renders accessible markup, in the language the learner reads (the lesson's body_<language>)."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test.html import parse_html
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.embeds.finders.base import EmbedFinder
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.models import LessonPage
from ern_learning.core.i18n import set_translations


def rendered_body(bodies: dict[str, list], language: str) -> str:
    """The lesson body as a learner reading in `language` sees it, block by block; blocks are given as
    (type, stored value) pairs, as the editor saves them."""
    lesson = LessonPage(title="Lesson", slug="lesson")
    stored = {code: [{"type": kind, "value": value} for kind, value in blocks] for code, blocks in bodies.items()}
    set_translations(lesson, "body", stored)
    with translation.override(language):
        return "".join(child.render() for child in lesson.body)


def assert_same_html(html: str, expected: str) -> None:
    assert parse_html(html) == parse_html(expected)


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Seized phone", file=get_test_image_file())


def make_document(name: str, content: bytes):
    document = get_document_model()(title=name, file=ContentFile(content, name=name))
    document.file_size = len(content)
    document.save()
    return document


def image_tag(image, alt: str) -> str:
    rendition = image.get_rendition("max-1200x900")
    return f'<img alt="{alt}" src="{rendition.url}" width="{rendition.width}" height="{rendition.height}" loading="lazy">'


@pytest.mark.parametrize("level", ["h2", "h3"])
def test_heading_block_renders_the_chosen_heading_level(level):
    html = rendered_body({"en": [("heading", {"text": "Before you touch a device", "level": level})]}, "en")

    assert_same_html(html, f'<{level} class="block-heading">Before you touch a device</{level}>')


def test_heading_block_renders_in_the_active_language():
    bodies = {
        "en": [("heading", {"text": "Before you touch a device", "level": "h2"})],
        "km": [("heading", {"text": "មុនពេលប៉ះឧបករណ៍", "level": "h2"})],
    }

    assert_same_html(rendered_body(bodies, "km"), '<h2 class="block-heading">មុនពេលប៉ះឧបករណ៍</h2>')


def test_rich_text_block_keeps_lists_and_emphasis():
    html = rendered_body({"en": [("paragraph", "<ol><li>Photograph the scene.</li><li>Keep it <b>on</b>.</li></ol>")]}, "en")

    assert_same_html(html, '<div class="block-text"><ol><li>Photograph the scene.</li><li>Keep it <b>on</b>.</li></ol></div>')


def test_rich_text_block_renders_in_the_active_language():
    bodies = {"en": [("paragraph", "<p>Leave it off.</p>")], "th": [("paragraph", "<p>ถ้าปิดเครื่องอยู่ ให้ปิดไว้อย่างนั้น</p>")]}

    assert_same_html(rendered_body(bodies, "th"), '<div class="block-text"><p>ถ้าปิดเครื่องอยู่ ให้ปิดไว้อย่างนั้น</p></div>')


def test_image_block_renders_figure_with_alt_text_and_caption(image):
    value = {"image": image.pk, "alt_text": "A seized phone in a Faraday bag", "decorative": False, "caption": "Keep it shielded"}

    html = rendered_body({"en": [("image", value)]}, "en")

    assert_same_html(
        html,
        f'<figure class="block-figure">{image_tag(image, "A seized phone in a Faraday bag")}'
        "<figcaption>Keep it shielded</figcaption></figure>",
    )


def test_decorative_image_block_has_empty_alt_and_no_caption(image):
    value = {"image": image.pk, "alt_text": "Ignored for a decorative image", "decorative": True, "caption": ""}

    html = rendered_body({"en": [("image", value)]}, "en")

    assert_same_html(html, f'<figure class="block-figure">{image_tag(image, "")}</figure>')


def test_image_block_renders_alt_text_and_caption_in_the_active_language(image):
    bodies = {
        "en": [("image", {"image": image.pk, "alt_text": "A seized phone", "decorative": False, "caption": "Keep it shielded"})],
        "vi": [
            (
                "image",
                {
                    "image": image.pk,
                    "alt_text": "Điện thoại bị thu giữ trong túi Faraday",
                    "decorative": False,
                    "caption": "Giữ điện thoại trong túi chống sóng",
                },
            )
        ],
    }

    html = rendered_body(bodies, "vi")

    assert_same_html(
        html,
        f'<figure class="block-figure">{image_tag(image, "Điện thoại bị thu giữ trong túi Faraday")}'
        "<figcaption>Giữ điện thoại trong túi chống sóng</figcaption></figure>",
    )


def transcript_id(html: str) -> str:
    return re.search(r'<details class="block-video__transcript" id="(transcript-[0-9a-f]{10})">', html).group(1)


def test_uploaded_video_block_renders_player_described_by_its_labelled_transcript(db):
    video = make_document("seizure.mp4", b"\x00\x00\x00\x18ftypmp42")
    value = {"title": "Seizing a phone", "video_file": video.pk, "embed_url": "", "transcript": "<p>Keep the phone on.</p>"}

    html = rendered_body({"en": [("video", value)]}, "en")

    described_by = transcript_id(html)
    assert_same_html(
        html,
        f"""<figure class="block-video">
            <figcaption class="block-video__title">Seizing a phone</figcaption>
            <video controls preload="none" class="block-video__player" aria-describedby="{described_by}">
                <source src="{video.url}" type="video/mp4">
                <a href="{video.url}">Download the video</a>
            </video>
            <details class="block-video__transcript" id="{described_by}">
                <summary>Transcript</summary><p>Keep the phone on.</p>
            </details>
        </figure>""",
    )


def test_uploaded_video_block_is_preferred_to_the_link_given_beside_it(db):
    video = make_document("seizure.webm", b"\x1a\x45\xdf\xa3")
    value = {
        "title": "Seizing a phone",
        "video_file": video.pk,
        "embed_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "transcript": "<p>Keep the phone on.</p>",
    }

    html = rendered_body({"en": [("video", value)]}, "en")

    assert f'<source src="{video.url}" type="video/webm">' in html
    assert "<iframe" not in html


class NoNetworkFinder(EmbedFinder):
    """Wagtail's oEmbed machinery would fetch from the internet: the video block must never reach it."""

    def accept(self, url):
        raise AssertionError(f"the video block asked Wagtail to fetch an embed for {url}")


def test_embedded_video_block_renders_privacy_friendly_player_without_fetching(settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "tests.courses.models.test_blocks.NoNetworkFinder"}]
    value = {
        "title": "Seizing a phone",
        "video_file": None,
        "embed_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "transcript": "<p>Keep the phone on.</p>",
    }

    html = rendered_body({"en": [("video", value)]}, "en")

    assert_same_html(
        html,
        f"""<figure class="block-video">
            <figcaption class="block-video__title">Seizing a phone</figcaption>
            <div class="block-video__frame">
                <iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Seizing a phone" loading="lazy"
                    allow="encrypted-media; picture-in-picture; fullscreen"
                    referrerpolicy="strict-origin-when-cross-origin"></iframe>
            </div>
            <details class="block-video__transcript" id="{transcript_id(html)}">
                <summary>Transcript</summary><p>Keep the phone on.</p>
            </details>
        </figure>""",
    )


def test_video_block_renders_title_transcript_and_labels_in_the_active_language(db):
    video = make_document("seizure.mp4", b"\x00\x00\x00\x18ftypmp42")
    bodies = {
        "en": [
            ("video", {"title": "Seizing a phone", "video_file": video.pk, "embed_url": "", "transcript": "<p>Keep it on.</p>"})
        ],
        "km": [
            (
                "video",
                {
                    "title": "ការរឹបអូសទូរស័ព្ទ",
                    "video_file": video.pk,
                    "embed_url": "",
                    "transcript": "<p>ទុកទូរស័ព្ទឱ្យនៅបើក។</p>",
                },
            )
        ],
    }

    html = rendered_body(bodies, "km")

    described_by = transcript_id(html)
    assert_same_html(
        html,
        f"""<figure class="block-video">
            <figcaption class="block-video__title">ការរឹបអូសទូរស័ព្ទ</figcaption>
            <video controls preload="none" class="block-video__player" aria-describedby="{described_by}">
                <source src="{video.url}" type="video/mp4">
                <a href="{video.url}">ទាញយកវីដេអូ</a>
            </video>
            <details class="block-video__transcript" id="{described_by}">
                <summary>អត្ថបទប្រតិចារិក</summary><p>ទុកទូរស័ព្ទឱ្យនៅបើក។</p>
            </details>
        </figure>""",
    )


def test_download_block_renders_download_link_with_type_and_size(db):
    document = make_document("custody-form.pdf", b"%PDF-1.4\n" + b"0" * 2039)
    value = {"document": document.pk, "title": "Chain-of-custody form", "description": "Print one per exhibit."}

    html = rendered_body({"en": [("download", value)]}, "en")

    assert_same_html(
        html,
        f"""<div class="block-download">
            <a class="block-download__link" href="{document.url}" download>
                <span aria-hidden="true">⬇</span> Chain-of-custody form
                <span class="block-download__meta">(PDF, 2.0\xa0KB)</span>
            </a>
            <p>Print one per exhibit.</p>
        </div>""",
    )


def test_download_block_renders_link_text_and_description_in_the_active_language(db):
    document = make_document("custody-form.pdf", b"%PDF-1.4\n" + b"0" * 2039)
    bodies = {
        "en": [("download", {"document": document.pk, "title": "Chain-of-custody form", "description": "One per exhibit."})],
        "lo": [
            (
                "download",
                {
                    "document": document.pk,
                    "title": "ແບບຟອມຕ່ອງໂສ້ການຄຸ້ມຄອງຫຼັກຖານ",
                    "description": "ພິມໜຶ່ງແຜ່ນຕໍ່ວັດຖຸພະຍານໜຶ່ງອັນ.",
                },
            )
        ],
    }

    html = rendered_body(bodies, "lo")

    assert f'<a class="block-download__link" href="{document.url}" download>' in html
    assert "ແບບຟອມຕ່ອງໂສ້ການຄຸ້ມຄອງຫຼັກຖານ" in html
    assert "<p>ພິມໜຶ່ງແຜ່ນຕໍ່ວັດຖຸພະຍານໜຶ່ງອັນ.</p>" in html
    assert "Chain-of-custody form" not in html


def test_key_point_block_renders_a_labelled_note():
    value = {"heading": "Do not browse", "text": "<p>Never scroll through messages.</p>"}

    html = rendered_body({"en": [("key_point", value)]}, "en")

    assert_same_html(
        html,
        """<aside class="block-key-point" role="note" aria-label="Key point">
            <p class="block-key-point__label">Do not browse</p><p>Never scroll through messages.</p>
        </aside>""",
    )


def test_key_point_block_without_heading_is_labelled_key_point_in_the_active_language():
    bodies = {
        "en": [("key_point", {"heading": "", "text": "<p>Seal it.</p>"})],
        "ms": [("key_point", {"heading": "", "text": "<p>Meterai setiap barang kes.</p>"})],
    }

    html = rendered_body(bodies, "ms")

    assert_same_html(
        html,
        """<aside class="block-key-point" role="note" aria-label="Perkara penting">
            <p class="block-key-point__label">Perkara penting</p><p>Meterai setiap barang kes.</p>
        </aside>""",
    )


def test_case_study_block_renders_labelled_section_with_questions_and_take_away():
    value = {
        "title": "Two hundred phones",
        "scenario": "<p>Officers enter a compound.</p>",
        "questions": "<p>Whose phones are they?</p>",
        "lessons": "<p>Bag devices per person.</p>",
    }

    html = rendered_body({"en": [("case_study", value)]}, "en")

    assert_same_html(
        html,
        """<section class="block-case-study" aria-label="Case study: Two hundred phones">
            <p class="block-case-study__label">Case study</p>
            <h3>Two hundred phones</h3>
            <p>Officers enter a compound.</p>
            <h4>Questions to consider</h4>
            <p>Whose phones are they?</p>
            <details><summary>What to take away</summary><p>Bag devices per person.</p></details>
        </section>""",
    )


def test_case_study_block_without_questions_or_take_away_leaves_them_out():
    html = rendered_body(
        {"en": [("case_study", {"title": "A raid", "scenario": "<p>At dawn.</p>", "questions": "", "lessons": ""})]}, "en"
    )

    assert "<h4>" not in html
    assert "<details>" not in html


def test_case_study_block_renders_in_the_active_language():
    bodies = {
        "en": [("case_study", {"title": "A raid", "scenario": "<p>At dawn.</p>", "questions": "<p>Why?</p>", "lessons": ""})],
        "th": [
            (
                "case_study",
                {
                    "title": "การบุกค้นตอนรุ่งสาง",
                    "scenario": "<p>เจ้าหน้าที่เข้าตรวจค้นอาคาร</p>",
                    "questions": "<p>โทรศัพท์เป็นของใคร</p>",
                    "lessons": "<p>แยกถุงตามบุคคล</p>",
                },
            )
        ],
    }

    html = rendered_body(bodies, "th")

    assert_same_html(
        html,
        """<section class="block-case-study" aria-label="กรณีศึกษา: การบุกค้นตอนรุ่งสาง">
            <p class="block-case-study__label">กรณีศึกษา</p>
            <h3>การบุกค้นตอนรุ่งสาง</h3>
            <p>เจ้าหน้าที่เข้าตรวจค้นอาคาร</p>
            <h4>คำถามเพื่อการพิจารณา</h4>
            <p>โทรศัพท์เป็นของใคร</p>
            <details><summary>ข้อคิดที่ได้รับ</summary><p>แยกถุงตามบุคคล</p></details>
        </section>""",
    )


def test_checklist_block_renders_indicators_as_a_list_with_source():
    value = {
        "heading": "Signs of forced criminality",
        "introduction": "Look for these.",
        "indicators": ["Passport taken on arrival", "Not free to leave"],
        "source": "UNODC (2023)",
    }

    html = rendered_body({"en": [("indicators", value)]}, "en")

    assert_same_html(
        html,
        """<section class="block-checklist">
            <h3>Signs of forced criminality</h3>
            <p>Look for these.</p>
            <ul class="checklist"><li>Passport taken on arrival</li><li>Not free to leave</li></ul>
            <p class="block-checklist__source">Source: UNODC (2023)</p>
        </section>""",
    )


def test_checklist_block_renders_in_the_active_language():
    bodies = {
        "en": [("indicators", {"heading": "Signs", "introduction": "", "indicators": ["Passport taken"], "source": "UNODC"})],
        "id": [
            (
                "indicators",
                {
                    "heading": "Tanda-tanda kejahatan paksa",
                    "introduction": "",
                    "indicators": ["Paspor diambil saat tiba", "Tidak bebas pergi"],
                    "source": "UNODC (2023)",
                },
            )
        ],
    }

    html = rendered_body(bodies, "id")

    assert_same_html(
        html,
        """<section class="block-checklist">
            <h3>Tanda-tanda kejahatan paksa</h3>
            <ul class="checklist"><li>Paspor diambil saat tiba</li><li>Tidak bebas pergi</li></ul>
            <p class="block-checklist__source">Sumber: UNODC (2023)</p>
        </section>""",
    )


def test_glossary_term_block_renders_a_defined_term():
    value = {"term": "Faraday bag", "definition": "A shielded pouch that blocks mobile signals."}

    html = rendered_body({"en": [("glossary_term", value)]}, "en")

    assert_same_html(
        html,
        """<dl class="block-glossary">
            <dt><dfn>Faraday bag</dfn></dt><dd>A shielded pouch that blocks mobile signals.</dd>
        </dl>""",
    )


def test_glossary_term_block_renders_in_the_active_language():
    bodies = {
        "en": [("glossary_term", {"term": "Hash value", "definition": "A short code calculated from data."})],
        "fil": [("glossary_term", {"term": "Hash value", "definition": "Maikling code na kinakalkula mula sa datos."})],
    }

    html = rendered_body(bodies, "fil")

    assert_same_html(
        html,
        """<dl class="block-glossary">
            <dt><dfn>Hash value</dfn></dt><dd>Maikling code na kinakalkula mula sa datos.</dd>
        </dl>""",
    )
