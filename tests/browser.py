"""Helpers for the browser tests: headless Debian Chromium driven by Playwright, and axe-core."""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": 1280, "mobile": 320}

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# test itself are still synchronous, so tell Django they are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes: "
        f"{[node['target'] for node in violation['nodes'][:3]]})"
        for violation in results.response["violations"]
    ]


def open_page(chromium, url, width):
    context = chromium.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    response = page.goto(url)
    return context, page, response


def assert_accessible(chromium, url, status=200):
    """0 axe violations at desktop width and at 320 px, and no horizontal scrolling on a phone."""
    for name, width in WIDTHS.items():
        context, page, response = open_page(chromium, url, width)
        try:
            assert response.status == status, f"{url} answered {response.status}"
            assert axe_violations(page) == [], f"{url} at {name} width"
            if name == "mobile":
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 320 px"
        finally:
            context.close()


@pytest.fixture
def wagtail_root(django_db_serialized_rollback):
    """A live server needs committed data, so these tests use a transactional database that
    is flushed after each test. Serialized rollback first puts back what the migrations made:
    the root page, the locales, Wagtail's groups and workflow, the permissions."""
