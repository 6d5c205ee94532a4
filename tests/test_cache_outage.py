"""With REDIS_URL set and Redis unreachable, the site still answers: pages, PDFs and the sitemap.

Wagtail reads the site root paths from the default cache on every request, and PDFs are cached
there, so a cache that raises on a lost connection turned a Redis outage into a site outage.
"""

import logging
import socket

import pytest

from kbt.settings.base import redis_cache


def closed_port():
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")


def test_every_public_url_answers_when_redis_is_down(
    client, make_lesson, memory, en_locale, redis_down, caplog
):
    text = memory.add(("Håp er en del av bedringsprosessen.", "Hope is part of recovery."))
    lesson = make_lesson([("text", f"<p>{text}</p>")], title=("Håp", "Hope"), translated=True)
    english = lesson.get_translation(en_locale)
    with caplog.at_level(logging.ERROR, logger="django_redis.cache"):
        for url in ["/nb/", "/en/", lesson.url, english.url, lesson.url + "print/"]:
            response = client.get(url)
            assert response.status_code == 200, url
        assert "Håp er en del av bedringsprosessen." in client.get(lesson.url).content.decode()

        pdf = client.get(lesson.url + "pdf/")
        assert pdf.status_code == 200
        assert pdf["Content-Type"] == "application/pdf"
        assert pdf.content.startswith(b"%PDF")

        sitemap = client.get("/sitemap.xml")
        assert sitemap.status_code == 200
        assert f"http://testserver{lesson.url}" in sitemap.content.decode()  # the request's host
    # The outage is not silent: the operator sees it in the log.
    assert any("Error" in record.getMessage() or record.exc_info for record in caplog.records)
