"""/sitemap.xml lists every live page of every locale, with hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_both_languages_with_alternates(client, make_lesson):
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    only_norwegian = make_lesson([], title=("Bare norsk", "Only Norwegian"))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}
    assert "http://localhost/nb/" in urls
    assert "http://localhost/en/" in urls
    assert f"http://localhost{lesson.url}" in urls
    en_url = "http://localhost/en/courses/recovery/lesson-1/"
    assert en_url in urls
    alternates = {link.get("hreflang"): link.get("href") for link in urls[en_url].findall("x:link", NS)}
    assert alternates == {
        "nb": f"http://localhost{lesson.url}",
        "en": en_url,
        "x-default": f"http://localhost{lesson.url}",
    }
    assert urls[f"http://localhost{only_norwegian.url}"].findall("x:link", NS) == []
