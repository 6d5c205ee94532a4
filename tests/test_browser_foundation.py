"""The front pages in a real headless Chromium: axe-core finds nothing, at desktop and 320 px."""

import pytest

from .browser import assert_accessible, open_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path, status", [("/nb/", 200), ("/en/", 200), ("/en/does-not-exist/", 404)])
def test_front_pages_are_accessible(chromium, live_server, wagtail_root, home_pages, path, status):
    assert_accessible(chromium, live_server.url + path, status)


def test_language_switch_works_with_the_keyboard(chromium, live_server, wagtail_root, home_pages):
    context, page, _ = open_page(chromium, live_server.url + "/nb/", 1280)
    try:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Hopp til hovedinnholdet"
        page.get_by_role("link", name="English").focus()
        page.keyboard.press("Enter")
        page.wait_for_url(live_server.url + "/en/")
        assert page.locator("html").get_attribute("lang") == "en"
    finally:
        context.close()
