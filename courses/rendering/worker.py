"""The certificate renderer's child process: HTML in, PDF bytes out, nothing else.

This module imports neither Django nor project settings, so it starts quickly in a fresh
interpreter (`python -m courses.rendering.worker`, not multiprocessing, which would re-run the
parent's main script). The parent (`courses.rendering.pdf`) kills the child when a render overruns its
time limit, which is the only reliable way to stop WeasyPrint mid-layout.
"""

import atexit
import functools
import logging
import sys
from multiprocessing.connection import Connection

_font_config = None
_stylesheets: dict[tuple[str, tuple[str, ...]], object] = {}
# WeasyPrint's image cache, kept between renders: a template's logo and signature are decoded once.
# Every certificate adds its own QR code, so the cache is emptied now and then.
_images: dict = {}
MAX_CACHED_IMAGES = 200


@functools.cache
def _closed_html_class():
    """weasyprint.HTML with its user-agent stylesheet replaced. `_ua_stylesheets` is the method
    WeasyPrint's own tests override for this; WeasyPrint is pinned, and
    tests/courses/certificates/test_certificate_rendering.py fails if the replacement stops taking effect."""
    from weasyprint import HTML

    class ClosedHTML(HTML):
        def __init__(self, *, user_agent_sheet, **kwargs):
            super().__init__(**kwargs)
            self.user_agent_sheet = user_agent_sheet

        def _ua_stylesheets(self, forms=False):
            return [self.user_agent_sheet]

    return ClosedHTML


def _stylesheet(path: str, roots: list[str]):
    """The stylesheet at `path`, parsed once per process: @font-face rules register their fonts."""
    from weasyprint import CSS

    from .fetcher import SafeURLFetcher

    key = (path, tuple(roots))
    if key not in _stylesheets:
        _stylesheets[key] = CSS(filename=path, font_config=_fonts(), url_fetcher=SafeURLFetcher(roots))
    return _stylesheets[key]


def _fonts():
    global _font_config
    from weasyprint.text.fonts import FontConfiguration

    if _font_config is None:
        _font_config = FontConfiguration()
        atexit.register(_forget_fonts)
    return _font_config


def _forget_fonts() -> None:
    """Let the font configuration go while the interpreter is whole: its finaliser needs modules
    that are gone at shutdown (and says so on stderr)."""
    global _font_config
    _stylesheets.clear()
    _font_config = None


def render_document(
    html: str, *, base_url: str, roots: list[str], stylesheets: list[str], user_agent_stylesheet: str | None = None
):
    """Lay `html` out with the safe fetcher, reusing fonts, stylesheets and decoded images between
    renders. `user_agent_stylesheet` replaces WeasyPrint's HTML5 defaults, for a closed document whose
    every element it covers. Returns the WeasyPrint document and the fetcher (which lists what it refused)."""
    from weasyprint import HTML

    from .fetcher import SafeURLFetcher

    fetcher = SafeURLFetcher(roots)
    if len(_images) > MAX_CACHED_IMAGES:
        _images.clear()
    if user_agent_stylesheet is None:
        source = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    else:
        user_agent_sheet = _stylesheet(user_agent_stylesheet, roots)
        source = _closed_html_class()(string=html, base_url=base_url, url_fetcher=fetcher, user_agent_sheet=user_agent_sheet)
    document = source.render(font_config=_fonts(), stylesheets=[_stylesheet(path, roots) for path in stylesheets], cache=_images)
    return document, fetcher


def render_pdf_bytes(
    html: str, *, base_url: str, roots: list[str], stylesheets: list[str], user_agent_stylesheet: str | None = None
) -> dict:
    """Render `html` to PDF (see `render_document`).

    Returns {"pdf": bytes, "refused": [urls the fetcher turned away], "pages": int}.
    """
    document, fetcher = render_document(
        html, base_url=base_url, roots=roots, stylesheets=stylesheets, user_agent_stylesheet=user_agent_stylesheet
    )
    pdf = document.write_pdf()
    return {"pdf": pdf, "refused": list(fetcher.refused), "pages": len(document.pages)}


def serve(requests: Connection, responses: Connection) -> None:
    """Answer render requests from the parent until it closes the pipe."""
    # The parent reports refused URLs itself; WeasyPrint's own warnings would only be noise here.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            response = {"ok": True, **render_pdf_bytes(**request)}
        except Exception as exception:  # reported to the parent, which raises RenderError
            response = {"ok": False, "error": f"{type(exception).__name__}: {exception}"[:2000]}
        try:
            responses.send(response)
        except (BrokenPipeError, OSError):
            return


def main(argv: list[str]) -> None:
    """`python -m courses.rendering.worker REQUEST_FD RESPONSE_FD`, as started by the parent."""
    request_fd, response_fd = (int(value) for value in argv[:2])
    serve(Connection(request_fd, writable=False), Connection(response_fd, readable=False))


if __name__ == "__main__":
    main(sys.argv[1:])
