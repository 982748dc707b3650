"""What WeasyPrint may load while rendering a certificate: nothing but our own files.

WeasyPrint's default fetcher follows any URL, including `file:///etc/passwd`, cloud metadata
addresses and redirects. This one answers only `data:` URLs and `file:` URLs that resolve (after
symlinks) inside the allowed roots — the static and media directories — and refuses the rest.
"""

import mimetypes
import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

MAX_RESOURCE_BYTES = 20 * 1024 * 1024


class ForbiddenResource(ValueError):
    """A URL outside what certificate rendering may read."""


class SafeURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher limited to `data:` URLs and files under `roots`; no network at all."""

    def __init__(self, roots: Iterable[str | os.PathLike], **kwargs):
        # No redirects, and errors never stop the rendering: a refused image is left out.
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False, fail_on_errors=False, **kwargs)
        self.roots = tuple(Path(root).resolve() for root in roots)
        self.refused: list[str] = []

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            return self._fetch_file(url)
        self.refused.append(url)
        raise ForbiddenResource(f"Refused to fetch {url[:200]!r}: only data: URLs and project files are allowed")

    def _fetch_file(self, url: str) -> URLFetcherResponse:
        path = self.allowed_path(url)
        if path is None:
            self.refused.append(url)
            raise ForbiddenResource(f"Refused to read {url[:200]!r}: outside the static and media directories")
        if path.stat().st_size > MAX_RESOURCE_BYTES:
            self.refused.append(url)
            raise ForbiddenResource(f"Refused to read {url[:200]!r}: larger than {MAX_RESOURCE_BYTES} bytes")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), body=path.read_bytes(), headers={"Content-Type": content_type})

    def allowed_path(self, url: str) -> Path | None:
        """The file a `file:` URL names, if it lies inside an allowed root; else None."""
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            return None
        raw_path = unquote(parts.path)
        if not raw_path or "\x00" in raw_path or ".." in Path(raw_path).parts:
            return None
        try:
            path = Path(raw_path).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not path.is_file():
            return None
        if any(path.is_relative_to(root) for root in self.roots):
            return path
        return None
