"""The certificate renderer's child process: HTML in, PDF bytes out, nothing else.

This module imports neither Django nor project settings, so it starts quickly in a fresh
interpreter (`python -m courses.rendering.worker`, not multiprocessing, which would re-run the
parent's main script). The parent (`courses.rendering.pdf`) kills the child when a render overruns its
time limit, which is the only reliable way to stop WeasyPrint mid-layout.
"""

import logging
import sys
from multiprocessing.connection import Connection

_font_config = None
_stylesheets: dict[tuple[str, tuple[str, ...]], object] = {}
# WeasyPrint's image cache, kept between renders: a template's logo and signature are decoded once.
# Every certificate adds its own QR code, so the cache is emptied now and then.
_images: dict = {}
MAX_CACHED_IMAGES = 200


def render_pdf_bytes(html: str, *, base_url: str, roots: list[str], stylesheets: list[str]) -> dict:
    """Render `html` to PDF with the safe fetcher; reuse fonts and stylesheets between renders.

    Returns {"pdf": bytes, "refused": [urls the fetcher turned away], "pages": int}.
    """
    global _font_config
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from .fetcher import SafeURLFetcher

    if _font_config is None:
        _font_config = FontConfiguration()
    fetcher = SafeURLFetcher(roots)
    sheets = []
    for path in stylesheets:
        key = (path, tuple(roots))
        if key not in _stylesheets:
            # Parsed once per process: @font-face rules register the fonts in _font_config.
            _stylesheets[key] = CSS(filename=path, font_config=_font_config, url_fetcher=SafeURLFetcher(roots))
        sheets.append(_stylesheets[key])
    if len(_images) > MAX_CACHED_IMAGES:
        _images.clear()
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        font_config=_font_config, stylesheets=sheets, cache=_images
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
