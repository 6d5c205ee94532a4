"""The PDF builder reads only our own static and media files (course_pages.printing's fetcher).

WeasyPrint asks the fetcher for every stylesheet, font and image a print document names. A path
that climbs out of the static or media folder — with dot segments, percent-encoded or not —
must be refused, or a link marked as an attachment could embed any file the server can read.
"""

from pathlib import Path

import pytest
from django.conf import settings
from weasyprint.urls import URLFetchingError

from course_pages.printing import local_file_fetcher

DEEP = "../" * 20
ENCODED_DEEP = "%2e%2e/" * 20


@pytest.fixture
def media_file(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "images").mkdir(parents=True)
    image = settings.MEDIA_ROOT / "images" / "diagram.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    return image


def test_static_file_from_the_finders_is_served():
    response = local_file_fetcher("http://testserver/static/css/print.css")
    assert response.read() == (Path(settings.BASE_DIR) / "site/static/css/print.css").read_bytes()
    assert response.headers["Content-Type"] == "text/css"


def test_media_file_is_served(media_file):
    response = local_file_fetcher("http://testserver/media/images/diagram.png")
    assert response.read() == media_file.read_bytes()
    assert response.headers["Content-Type"] == "image/png"


@pytest.mark.parametrize(
    "path",
    [
        f"/static/{DEEP}etc/passwd",
        f"/static/{ENCODED_DEEP}etc/passwd",
        f"/static/%2E%2E/{'%2E%2E%2F' * 20}etc/passwd",
        f"/static/css/{DEEP}etc/passwd",
        f"/static/css/{ENCODED_DEEP}etc/passwd",
        "/static/%2Fetc/passwd",
        "/static//etc/passwd",
        "/static/./css/../../../../../../../../../etc/passwd",
        "/static/css\\" + "..\\" * 20 + "etc\\passwd",
        f"/media/{DEEP}etc/passwd",
        f"/media/{ENCODED_DEEP}etc/passwd",
        "/media/%2Fetc%2Fpasswd",
    ],
)
def test_traversal_out_of_static_or_media_is_refused(media_file, path):
    with pytest.raises(URLFetchingError):
        local_file_fetcher(f"http://testserver{path}")


def test_symlink_out_of_media_is_refused(media_file):
    (media_file.parent / "passwd.png").symlink_to("/etc/passwd")
    with pytest.raises(URLFetchingError):
        local_file_fetcher("http://testserver/media/images/passwd.png")


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "https://example.org/style.css", "http://testserver/admin/", "data:,x"],
)
def test_anything_but_static_and_media_is_refused(url):
    with pytest.raises(URLFetchingError):
        local_file_fetcher(url)


def test_missing_static_file_is_refused():
    with pytest.raises(URLFetchingError):
        local_file_fetcher("http://testserver/static/css/no-such-file.css")
