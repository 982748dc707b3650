from modeltranslation.translator import TranslationOptions, register

from .models import MeetingIndexPage, MeetingPage


@register(MeetingIndexPage)
class MeetingIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(MeetingPage)
class MeetingPageTranslation(TranslationOptions):
    fields = ("summary", "agenda", "location_city", "venue_name", "venue_address", "online_instructions")
