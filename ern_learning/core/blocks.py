from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FeatureBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))
    link_page = blocks.PageChooserBlock(label=_("Link to"), required=False)
    link_label = blocks.CharBlock(label=_("Link label"), required=False, max_length=60)

    class Meta:
        icon = "pick"
        template = "core/blocks/feature_block.html"
        label = _("Feature")
        description = _("A short card presenting one part of the programme, with an optional link.")


class FeatureListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    features = blocks.ListBlock(FeatureBlock(), label=_("Features"))

    class Meta:
        icon = "list-ul"
        template = "core/blocks/feature_list_block.html"
        label = _("Feature list")
        description = _("A titled group of feature cards.")


class HomeStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="core/blocks/paragraph_block.html",
        description=_("Formatted text."),
        icon="pilcrow",
    )
    features = FeatureListBlock()
