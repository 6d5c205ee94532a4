"""The front pages in a real headless Chromium: axe-core finds nothing, at desktop and 320 px."""

from itertools import pairwise

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


def test_footer_sections_sit_side_by_side_on_a_desktop_and_stack_on_a_phone(
    chromium, live_server, wagtail_root, home_pages
):
    """Contact, «Om nettstedet» and «Språk» in three columns at 1280 px, one under the other at
    320 px; each section's heading above its list (at 1280 px «Språk» once sat below its own
    list, beside it in a flex row)."""

    def boxes(browser, width):
        context, page, _ = open_page(browser, live_server.url + "/nb/", width)
        try:
            return page.evaluate(
                """() => [...document.querySelectorAll('.site-footer__inner > section')].map(section => {
                    const box = element => element.getBoundingClientRect();
                    const [heading, ...rest] = section.children;
                    return {
                        heading: heading.textContent.trim(),
                        top: box(section).top, bottom: box(section).bottom, left: box(section).left,
                        headingFirst: rest.every(
                            element => box(element).top >= box(heading).bottom),
                    };
                })"""
            )
        finally:
            context.close()

    desktop = chromium.run(lambda browser: boxes(browser, 1280))
    phone = chromium.run(lambda browser: boxes(browser, 320))
    assert [section["heading"] for section in desktop] == ["KBT Fagskole", "Om nettstedet", "Språk"]
    for sections in (desktop, phone):
        for section in sections:
            assert section["headingFirst"], section["heading"]
    assert len({round(section["top"]) for section in desktop}) == 1
    assert [section["left"] for section in desktop] == sorted({section["left"] for section in desktop})
    assert all(above["bottom"] <= below["top"] for above, below in pairwise(phone))
