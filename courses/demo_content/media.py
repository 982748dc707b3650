"""The demo's own image and documents, made at seed time so nothing is fetched: a chain-of-custody diagram drawn with
Pillow, and a printable seizure checklist rendered with WeasyPrint in each language of the course."""

import html
from dataclasses import dataclass
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from ern_learning.languages import NATIVE_NAMES, SCRIPTS_WITHOUT_SPACES

# The names lesson blocks use for these files (see blocks.figure and blocks.download).
CHAIN_OF_CUSTODY_DIAGRAM = "chain-of-custody-diagram"
SEIZURE_CHECKLIST = "seizure-checklist"

DIAGRAM_TITLE = "Chain of custody, from the scene to the court (diagram)"
MEMBERS_ONLY = "Members only"

# The diagram's words stay few and in English: one image serves every language, and each language's alt text and
# caption say the same thing in full.
DIAGRAM_HEADING = "Chain of custody"
DIAGRAM_STEPS = [
    ("Scene", "seize and photograph"),
    ("Label and seal", "exhibit number on the seal"),
    ("Exhibit store", "every entry and exit logged"),
    ("Forensic lab", "copy and hash"),
    ("Court", ""),
]
DIAGRAM_HANDOVER = "signed handover"


@dataclass(frozen=True)
class DemoMedia:
    """The ids of the demo's image and documents, for the lesson blocks that name them."""

    images: dict[str, int]
    documents: dict[tuple[str, str], int]

    def block_value(self, block_type: str, value: dict, language: str) -> dict:
        """The block's stored value with the named file replaced by its id (a document in `language` if there is one)."""
        if block_type == "image":
            return {**value, "image": self.images[value["image"]]}
        if block_type == "download":
            name = value["document"]
            return {**value, "document": self.documents.get((name, language)) or self.documents[(name, "en")]}
        return value


def ensure_demo_media(checklists: dict[str, dict]) -> DemoMedia:
    """Create the diagram and one seizure checklist per language in `checklists`, once; later runs reuse them."""
    image = _ensure_image(DIAGRAM_TITLE, "chain-of-custody.png", draw_chain_of_custody)
    members_only = Collection.objects.filter(name=MEMBERS_ONLY, depth=2).first() or Collection.get_first_root_node()
    documents = {}
    for language, texts in checklists.items():
        document = _ensure_document(
            f"{texts['title']} ({NATIVE_NAMES[language]})",
            f"seizure-checklist-{language}.pdf",
            lambda texts=texts, language=language: render_seizure_checklist(texts, language),
            collection=members_only,
        )
        documents[(SEIZURE_CHECKLIST, language)] = document.pk
    return DemoMedia(images={CHAIN_OF_CUSTODY_DIAGRAM: image.pk}, documents=documents)


def _ensure_image(title: str, filename: str, make):
    root = Collection.get_first_root_node()
    return _ensure_file(
        get_image_model(), title, make, collection=root, wrap=lambda data: ImageFile(BytesIO(data), name=filename)
    )


def _ensure_document(title: str, filename: str, make, *, collection):
    return _ensure_file(
        get_document_model(), title, make, collection=collection, wrap=lambda data: ContentFile(data, name=filename)
    )


def _ensure_file(model, title: str, make, *, collection, wrap):
    """The image or document titled `title`; made (`make()` gives its bytes, `wrap` the file) only the first time."""
    instance = model.objects.filter(title=title).first()
    if instance is None:
        content = make()
        instance = model(
            title=title,
            collection=collection,
            file=wrap(content),
            file_size=len(content),
            file_hash=hash_filelike(BytesIO(content)),
        )
        instance.save()
    return instance


def draw_chain_of_custody() -> bytes:
    """A PNG flow diagram of the five steps an exhibit passes through, drawn tall so it stays legible on a phone."""
    from django.contrib.staticfiles import finders
    from PIL import Image, ImageDraw, ImageFont

    def font(weight: str, size: int):
        return ImageFont.truetype(finders.find(f"fonts/pdf/NotoSansERN-{weight}.ttf"), size)

    ink, navy, pale, accent, muted = "#1b1f24", "#0b3c6f", "#eaf1f8", "#a4231b", "#4a5561"
    left, box_width, box_height, gap, top = 40, 560, 110, 80, 120
    heading, name_font, detail_font = font("Bold", 48), font("Bold", 40), font("Regular", 28)
    height = top + len(DIAGRAM_STEPS) * box_height + (len(DIAGRAM_STEPS) - 1) * gap + 40
    image = Image.new("RGB", (left * 2 + box_width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((left, 40), DIAGRAM_HEADING, font=heading, fill=ink)
    for number, (name, detail) in enumerate(DIAGRAM_STEPS, start=1):
        y = top + (number - 1) * (box_height + gap)
        draw.rounded_rectangle((left, y, left + box_width, y + box_height), radius=16, fill=pale, outline=navy, width=4)
        draw.ellipse((left + 20, y + 27, left + 76, y + 83), fill=navy)
        draw.text((left + 48, y + 55), str(number), font=name_font, fill="white", anchor="mm")
        if detail:
            draw.text((left + 100, y + 38), name, font=name_font, fill=ink, anchor="lm")
            draw.text((left + 100, y + 82), detail, font=detail_font, fill=muted, anchor="lm")
        else:
            draw.text((left + 100, y + 55), name, font=name_font, fill=ink, anchor="lm")
        if number < len(DIAGRAM_STEPS):
            x, start, end = left + 48, y + box_height + 8, y + box_height + gap - 8
            draw.line((x, start, x, end - 14), fill=accent, width=6)
            draw.polygon([(x - 14, end - 18), (x + 14, end - 18), (x, end)], fill=accent)
            draw.text((x + 40, (start + end) / 2), DIAGRAM_HANDOVER, font=detail_font, fill=accent, anchor="lm")
    output = BytesIO()
    image.save(output, "PNG", optimize=True)
    return output.getvalue()


CHECKLIST_CSS = """
@page { size: A4; margin: 16mm 18mm 18mm; }
body { font-family: "Noto Sans ERN", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1f24; }
h1 { font-size: 17pt; color: #0b3c6f; margin: 0 0 3mm; }
.course { margin: 0 0 1mm; font-size: 9pt; color: #4a5561; }
.intro { margin: 0 0 5mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 6mm; }
th { text-align: left; width: 42%; padding: 3.5mm 3mm 1mm 0; border-bottom: 0.5pt solid #4a5561; vertical-align: bottom; }
td { border-bottom: 0.5pt solid #4a5561; }
ol { list-style: none; margin: 0 0 6mm; padding: 0; }
li { position: relative; padding: 2mm 0 2mm 9mm; border-bottom: 0.3pt solid #c9d3de; break-inside: avoid; }
li::before { content: ""; position: absolute; left: 0; top: 2.6mm; width: 4.2mm; height: 4.2mm; border: 0.9pt solid #0b3c6f; }
"""


def render_seizure_checklist(texts: dict, language: str) -> bytes:
    """The one-page checklist as a PDF, in `language`, with the project's fonts (no network, time-limited)."""
    from courses.rendering.certificate import fonts_stylesheet
    from courses.rendering.linebreaks import insert_line_breaks
    from courses.rendering.pdf import render_pdf

    def text(value: str) -> str:
        escaped = html.escape(value)
        return insert_line_breaks(escaped, language) if language in SCRIPTS_WITHOUT_SPACES else escaped

    fields = "".join(f"<tr><th>{text(label)}</th><td></td></tr>" for label in texts["fields"])
    steps = "".join(f"<li>{text(step)}</li>" for step in texts["steps"])
    document = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{text(texts["title"])}</title>'
        f"<style>{CHECKLIST_CSS}</style></head><body>"
        f'<p class="course">{text(texts["course"])}</p>'
        f'<h1>{text(texts["title"])}</h1><p class="intro">{text(texts["intro"])}</p>'
        f"<table>{fields}</table><ol>{steps}</ol>"
        f"<table><tr><th>{text(texts['signature'])}</th><td></td></tr></table>"
        "</body></html>"
    )
    return render_pdf(document, stylesheets=[fonts_stylesheet()]).content
