"""Time-bounded PDF rendering: a long-lived child process per web or task worker process.

WeasyPrint cannot be interrupted from another thread, so each Python process keeps one renderer
child (started on first use, reused afterwards so fonts load once). A render that overruns
`CERTIFICATE_RENDER_TIMEOUT` seconds kills the child and raises `RenderTimeout`; the next render
starts a fresh one.
"""

import logging
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0


class RenderError(Exception):
    """The PDF could not be produced."""


class RenderTimeout(RenderError):
    """Rendering took longer than allowed and was stopped."""


@dataclass(frozen=True)
class RenderedPDF:
    content: bytes
    pages: int
    refused: list[str] = field(default_factory=list)


def allowed_roots() -> list[str]:
    """Directories rendering may read: collected static files, the app's static dirs, media."""
    roots = [settings.STATIC_ROOT, *settings.STATICFILES_DIRS, settings.MEDIA_ROOT]
    return [str(Path(root).resolve()) for root in roots if root]


class _Renderer:
    """One renderer child process, used by one request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._requests: Connection | None = None
        self._responses: Connection | None = None
        self._owner_pid = os.getpid()

    def _start(self) -> None:
        request_read, request_write = os.pipe()
        response_read, response_write = os.pipe()
        project_root = str(Path(__file__).resolve().parent.parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [project_root, os.environ.get("PYTHONPATH")]))}
        # Under an embedding server (uWSGI, mod_wsgi) sys.executable is not Python: say which one to use.
        python = getattr(settings, "CERTIFICATE_RENDERER_PYTHON", "") or sys.executable
        try:
            self._process = subprocess.Popen(
                [python, "-m", "courses.rendering.worker", str(request_read), str(response_write)],
                pass_fds=(request_read, response_write),
                stdin=subprocess.DEVNULL,
                cwd=project_root,
                env=env,
            )
        finally:
            os.close(request_read)
            os.close(response_write)
        self._requests = Connection(request_write, readable=False)
        self._responses = Connection(response_read, writable=False)

    def _stop(self) -> None:
        for connection in (self._requests, self._responses):
            if connection is not None:
                connection.close()
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait(timeout=5)
        self._process = self._requests = self._responses = None

    def render(self, request: dict, timeout: float) -> dict:
        if not self._lock.acquire(timeout=timeout):
            raise RenderTimeout("The renderer stayed busy for too long.")
        try:
            if self._owner_pid != os.getpid():
                # This process was forked from the one that started the child: leave that child to
                # its parent and start our own.
                self._process = self._requests = self._responses = None
                self._owner_pid = os.getpid()
            if self._process is None or self._process.poll() is not None:
                self._stop()
                self._start()
            try:
                self._requests.send(request)
                if not self._responses.poll(timeout):
                    self._stop()
                    raise RenderTimeout(f"Rendering took longer than {timeout:g} seconds and was stopped.")
                return self._responses.recv()
            except (EOFError, OSError) as exception:
                self._stop()
                raise RenderError(f"The renderer process failed: {exception}") from exception
        finally:
            self._lock.release()

    def shutdown(self) -> None:
        with self._lock:
            self._stop()


_renderer = _Renderer()


def render_request(html: str, *, stylesheets: list[str] | None = None, user_agent_stylesheet: str | None = None) -> dict:
    """What the renderer child is sent for `html` (the keyword arguments of worker.render_pdf_bytes)."""
    roots = allowed_roots()
    return {
        "html": html,
        "base_url": Path(roots[0]).as_uri() + "/",
        "roots": roots,
        "stylesheets": stylesheets or [],
        "user_agent_stylesheet": user_agent_stylesheet,
    }


def render_pdf(
    html: str,
    *,
    stylesheets: list[str] | None = None,
    user_agent_stylesheet: str | None = None,
    timeout: float | None = None,
) -> RenderedPDF:
    """Render trusted, already-escaped `html` to PDF within `timeout` seconds, reading nothing but
    `data:` URLs and files under the static and media roots; raises RenderError otherwise.
    `user_agent_stylesheet` replaces WeasyPrint's HTML5 defaults (see worker.render_document)."""
    request = render_request(html, stylesheets=stylesheets, user_agent_stylesheet=user_agent_stylesheet)
    timeout = timeout if timeout is not None else float(getattr(settings, "CERTIFICATE_RENDER_TIMEOUT", DEFAULT_TIMEOUT))
    response = _renderer.render(request, timeout)
    if not response["ok"]:
        raise RenderError(response["error"])
    if response["refused"]:
        logger.warning("Certificate rendering refused %d resource(s): %s", len(response["refused"]), response["refused"][:5])
    return RenderedPDF(content=response["pdf"], pages=response["pages"], refused=response["refused"])


def shutdown_renderer() -> None:
    """Stop this process's renderer child (it restarts on the next render)."""
    _renderer.shutdown()
