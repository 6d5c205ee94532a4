"""The front pages in a real headless Chromium: axe-core finds nothing, at desktop and 320 px."""

import pytest

from .browser import assert_accessible, open_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path, status", [("/nb/", 200), ("/en/", 200), ("/en/does-not-exist/", 404)])
def test_front_pages_are_accessible(chromium, live_server, wagtail_root, home_pages, path, status):
    assert_accessible(chromium, live_server.url + path, status)


def test_language_switch_works_with_the_keyboard(chromium, live_server, wagtail_root, home_pages):
    def use_keyboard(browser):
        context, page, _ = open_page(browser, live_server.url + "/nb/", 1280)
        try:
            page.keyboard.press("Tab")
            first_focus = page.evaluate("document.activeElement.textContent.trim()")
            # The header's switch (the footer links to each language's front page too).
            switch = page.get_by_role("navigation", name="Velg språk")
            switch.get_by_role("link", name="English").focus()
            page.keyboard.press("Enter")
            page.wait_for_url(live_server.url + "/en/")
            return first_focus, page.locator("html").get_attribute("lang")
        finally:
            context.close()

    first_focus, language = chromium.run(use_keyboard)
    assert first_focus == "Hopp til hovedinnholdet"
    assert language == "en"
