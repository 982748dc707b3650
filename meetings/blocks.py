from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("Day"), required=False, help_text=_("For meetings over several days: the day of this item."))
    start_time = blocks.TimeBlock(label=_("Starts"), help_text=_("In the meeting's time zone."))
    end_time = blocks.TimeBlock(label=_("Ends"), required=False)
    topic = blocks.CharBlock(label=_("Topic"), max_length=200)
    speakers = blocks.CharBlock(label=_("Speakers"), max_length=300, required=False)
    details = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        icon = "time"
        template = "meetings/blocks/agenda_item_block.html"
        label = _("Agenda item")
        description = _("A session of the meeting: its time, topic and speakers.")


class AgendaBreakBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("Day"), required=False)
    start_time = blocks.TimeBlock(label=_("Starts"))
    end_time = blocks.TimeBlock(label=_("Ends"), required=False)
    label = blocks.CharBlock(label=_("Label"), max_length=100, help_text=_("For example: Lunch, Coffee break."))

    class Meta:
        icon = "pick"
        template = "meetings/blocks/agenda_break_block.html"
        label = _("Break")
        description = _("A pause in the programme, such as lunch or a coffee break.")


class AgendaStreamBlock(blocks.StreamBlock):
    item = AgendaItemBlock()
    session_break = AgendaBreakBlock()

    class Meta:
        icon = "list-ol"
        template = "meetings/blocks/agenda_stream_block.html"
        label = _("Agenda")
        description = _("The programme of the meeting, in order.")
