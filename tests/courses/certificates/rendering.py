"""Certificates laid out in the test process exactly as the renderer child lays them out."""

from courses.rendering.certificate import certificate_render_options
from courses.rendering.pdf import render_request


def laid_out(html: str):
    """The WeasyPrint document of the certificate `html`: the renderer's fonts, stylesheets,
    user-agent sheet and safe fetcher, with its caches kept between calls as the child keeps them."""
    from courses.rendering.worker import render_document

    document, _fetcher = render_document(**render_request(html, **certificate_render_options()))
    return document


def walk(box, ancestors=()):
    """Every box under `box` (depth first) with the boxes around it; an absolutely positioned box is
    reached through its placeholder."""
    box = getattr(box, "_box", box)
    yield box, ancestors
    for child in getattr(box, "children", None) or []:
        yield from walk(child, (*ancestors, box))
