import socket
from pathlib import Path

import pytest

from courses.rendering.fetcher import ForbiddenResource, SafeURLFetcher

STATIC_DIR = Path(__file__).resolve().parents[3] / "static"


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything opens a network connection."""
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise AssertionError(f"network connection attempted to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.fixture
def media_dir(tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    return media


@pytest.fixture
def fetcher(media_dir):
    return SafeURLFetcher([STATIC_DIR, media_dir])


def test_fetch_data_url_returns_its_content(fetcher):
    response = fetcher.fetch("data:text/plain;base64,RVJO")

    assert response.read() == b"ERN"


def test_fetch_static_file_returns_its_bytes(fetcher):
    font = STATIC_DIR / "fonts" / "pdf" / "NotoSansERN-Regular.ttf"

    response = fetcher.fetch(font.as_uri())

    assert response.read() == font.read_bytes()
    assert response.content_type == "font/ttf"


def test_fetch_media_file_returns_its_bytes(fetcher, media_dir):
    (media_dir / "logo.png").write_bytes(b"\x89PNG fake")

    response = fetcher.fetch((media_dir / "logo.png").as_uri())

    assert response.read() == b"\x89PNG fake"
    assert response.content_type == "image/png"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "file://attacker.example/share/x.png",
        "http://127.0.0.1:8000/admin/",
        "http://169.254.169.254/latest/meta-data/",
        "https://example.org/logo.png",
        "ftp://example.org/logo.png",
        "gopher://127.0.0.1:25/",
        "javascript:alert(1)",
    ],
)
def test_fetch_outside_allowed_places_is_refused_without_network(fetcher, no_network, url):
    with pytest.raises(ForbiddenResource):
        fetcher.fetch(url)

    assert no_network == []
    assert fetcher.refused == [url]


def test_fetch_dot_dot_out_of_static_is_refused(fetcher):
    url = (STATIC_DIR / "css").as_uri() + "/../../../../../etc/passwd"

    with pytest.raises(ForbiddenResource):
        fetcher.fetch(url)


def test_fetch_encoded_dot_dot_out_of_static_is_refused(fetcher):
    url = STATIC_DIR.as_uri() + "/css/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"

    with pytest.raises(ForbiddenResource):
        fetcher.fetch(url)


def test_fetch_symlink_from_media_to_outside_is_refused(fetcher, media_dir):
    (media_dir / "passwd.png").symlink_to("/etc/passwd")

    with pytest.raises(ForbiddenResource):
        fetcher.fetch((media_dir / "passwd.png").as_uri())


def test_fetch_sibling_directory_with_same_prefix_is_refused(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media-private").mkdir()
    (tmp_path / "media-private" / "secret.png").write_bytes(b"\x89PNG secret")
    fetcher = SafeURLFetcher([tmp_path / "media"])

    with pytest.raises(ForbiddenResource):
        fetcher.fetch((tmp_path / "media-private" / "secret.png").as_uri())


def test_fetch_missing_file_is_refused(fetcher, media_dir):
    with pytest.raises(ForbiddenResource):
        fetcher.fetch((media_dir / "missing.png").as_uri())
