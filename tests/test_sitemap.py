"""/sitemap.xml lists every live page of every locale, with hreflang alternates, at the host
the sitemap was requested on (the test client's "testserver"; the Site record says "localhost")."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client, **headers):
    response = client.get("/sitemap.xml", **headers)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}


def test_sitemap_lists_both_languages_with_alternates(client, make_lesson):
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    only_norwegian = make_lesson([], title=("Bare norsk", "Only Norwegian"))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}
    assert "http://testserver/nb/" in urls
    assert "http://testserver/en/" in urls
    assert f"http://testserver{lesson.url}" in urls
    en_url = "http://testserver/en/courses/recovery/lesson-1/"
    assert en_url in urls
    alternates = {link.get("hreflang"): link.get("href") for link in urls[en_url].findall("x:link", NS)}
    assert alternates == {
        "nb": f"http://testserver{lesson.url}",
        "en": en_url,
        "x-default": f"http://testserver{lesson.url}",
    }
    assert urls[f"http://testserver{only_norwegian.url}"].findall("x:link", NS) == []


def test_sitemap_addresses_use_the_host_it_was_requested_on(client, make_lesson):
    """Not the Site record's hostname ("localhost"), which a search engine cannot reach."""
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    urls = sitemap_urls(client, HTTP_HOST="127.0.0.1:8000")
    assert f"http://127.0.0.1:8000{lesson.url}" in urls
    hosts = {urlsplit(location).netloc for location in urls}
    links = [link for url in urls.values() for link in url.findall("x:link", NS)]
    hosts |= {urlsplit(link.get("href")).netloc for link in links}
    assert hosts == {"127.0.0.1:8000"}
