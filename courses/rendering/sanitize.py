"""Author-written text on a certificate: a few inline styles, nothing that loads or links."""

from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset({"p", "br", "strong", "b", "em", "i"})
MAX_RICH_TEXT_LENGTH = 5000


def clean_rich_text(html: str) -> SafeString:
    """`html` reduced to paragraphs, line breaks, bold and italic — no attributes, links, images,
    styles or scripts — and cut to a length that keeps layout work bounded."""
    import nh3

    cleaned = nh3.clean(
        (html or "")[: MAX_RICH_TEXT_LENGTH * 2],
        tags=set(ALLOWED_TAGS),
        attributes={},
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )
    if len(cleaned) > MAX_RICH_TEXT_LENGTH:
        # Cutting may split a tag; clean again so the result stays well-formed.
        cleaned = nh3.clean(
            cleaned[:MAX_RICH_TEXT_LENGTH], tags=set(ALLOWED_TAGS), attributes={}, url_schemes=set(), link_rel=None
        )
    return mark_safe(cleaned)  # noqa: S308 - nh3 output, only the tags above
