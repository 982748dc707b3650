"""The building blocks of a lesson. Every block renders accessible markup and is translated per language."""

import re
import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

# Only these hosts may be embedded; the browser loads them, the server never fetches anything.
YOUTUBE_ID = re.compile(r"(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)([A-Za-z0-9_-]{11})")
VIMEO_ID = re.compile(r"vimeo\.com/(?:video/)?(\d+)")


def embed_player_url(url: str) -> str | None:
    """The privacy-friendly player address for a YouTube or Vimeo link, or None for any other host."""
    if match := YOUTUBE_ID.search(url or ""):
        return f"https://www.youtube-nocookie.com/embed/{match.group(1)}"
    if match := VIMEO_ID.search(url or ""):
        return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1"
    return None


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))], default="h2")

    class Meta:
        icon = "title"
        template = "courses/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; learners and screen readers use it to find their way.")


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Leave empty only if it is decorative."),
    )
    decorative = blocks.BooleanBlock(label=_("The image is decorative"), required=False, default=False)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Describe the image, or mark it as decorative."))}
            )
        return value

    class Meta:
        icon = "image"
        template = "courses/blocks/figure_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    video_file = DocumentChooserBlock(
        label=_("Uploaded video file"), required=False, help_text=_("An MP4 or WebM file from the document library.")
    )
    embed_url = blocks.URLBlock(
        label=_("Or a YouTube or Vimeo link"), required=False, help_text=_("Used when no file is uploaded.")
    )
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES, required=True)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("video_file") and not value.get("embed_url"):
            errors["video_file"] = ValidationError(_("Upload a video file or give a YouTube or Vimeo link."))
        elif value.get("embed_url") and not value.get("video_file") and embed_player_url(value["embed_url"]) is None:
            errors["embed_url"] = ValidationError(_("Only YouTube and Vimeo links can be embedded."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["player_url"] = None if value.get("video_file") else embed_player_url(value.get("embed_url") or "")
        context["transcript_id"] = f"transcript-{uuid.uuid4().hex[:10]}"
        return context

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"
        label = _("Video")
        description = _("An uploaded or embedded video, always with a transcript.")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=160)
    description = blocks.TextBlock(label=_("What it is for"), required=False)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/download_block.html"
        label = _("Downloadable document")
        description = _("A document learners can download, such as a form, checklist or guide.")


class KeyPointBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/key_point_block.html"
        label = _("Key point")
        description = _("A highlighted point learners must remember.")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    scenario = blocks.RichTextBlock(label=_("Scenario"), features=RICH_TEXT_FEATURES)
    questions = blocks.RichTextBlock(label=_("Questions to consider"), features=RICH_TEXT_FEATURES, required=False)
    lessons = blocks.RichTextBlock(label=_("What to take away"), features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "folder-open-inverse"
        template = "courses/blocks/case_study_block.html"
        label = _("Case study")
        description = _("A realistic scenario, with questions and the lessons it teaches.")


class IndicatorChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    introduction = blocks.TextBlock(label=_("Introduction"), required=False)
    indicators = blocks.ListBlock(blocks.CharBlock(label=_("Indicator"), max_length=300), label=_("Indicators"))
    source = blocks.CharBlock(label=_("Source"), max_length=250, required=False)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/indicator_checklist_block.html"
        label = _("Checklist of indicators")
        description = _("A list of indicators officers can check a situation against.")


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=120)
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "help"
        template = "courses/blocks/glossary_term_block.html"
        label = _("Glossary term")
        description = _("A term and its definition.")


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="courses/blocks/paragraph_block.html",
        icon="pilcrow",
        description=_("Formatted text."),
    )
    heading = HeadingBlock()
    image = FigureBlock()
    video = VideoBlock()
    download = DownloadBlock()
    key_point = KeyPointBlock()
    case_study = CaseStudyBlock()
    indicators = IndicatorChecklistBlock()
    glossary_term = GlossaryTermBlock()

    class Meta:
        label = _("Lesson content")
