"""Template tags for course pages."""

from django import template
from django.utils.safestring import mark_safe

from courses.selectors.translations import SOURCE_LANGUAGE, is_translated

register = template.Library()


@register.simple_tag
def fallback_lang(instance, field: str) -> str:
    """` lang="en"` for the element showing `field` of `instance` when the learner's language has no text for it and
    English is shown instead (modeltranslation's fallback), so screen readers pronounce it as English; else nothing.

    Usage: ``<p class="lead"{% fallback_lang course "summary" %}>{{ course.summary }}</p>``
    """
    if instance is None or is_translated(instance, field):
        return ""
    return mark_safe(f' lang="{SOURCE_LANGUAGE}"')
