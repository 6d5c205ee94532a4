"""Helpers for the browser tests: headless Debian Chromium driven by Playwright, and axe-core."""

import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": 1280, "mobile": 320}


class Chromium:
    """Headless Chromium, driven from a thread of its own.

    Playwright's sync API runs an event loop (in greenlets) in the thread that starts it.
    Kept out of the test's thread, it cannot hand Django a different database connection
    there from the one the test database was set up and serialized on. ``run(fn, *args)``
    calls ``fn(browser, *args)`` in the browser's thread and returns (or raises) its result.
    """

    def __init__(self):
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self._playwright = None
        self._browser = self._thread.submit(self._start).result()

    def _start(self):
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        return self._playwright.chromium.launch(
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

    def run(self, fn, *args):
        return self._thread.submit(fn, self._browser, *args).result()

    def close(self):
        def stop():
            self._browser.close()
            self._playwright.stop()

        self._thread.submit(stop).result()
        self._thread.shutdown()


@pytest.fixture(scope="session")
def chromium():
    browser = Chromium()
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


def open_page(browser, url, width):
    """A new page at ``url`` (call in the browser's thread, through ``Chromium.run``)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    response = page.goto(url)
    return context, page, response


def check_accessible(browser, url, status):
    for name, width in WIDTHS.items():
        context, page, response = open_page(browser, url, width)
        try:
            assert response.status == status, f"{url} answered {response.status}"
            assert axe_violations(page) == [], f"{url} at {name} width"
            if name == "mobile":
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 320 px"
        finally:
            context.close()


def assert_accessible(chromium, url, status=200):
    """0 axe violations at desktop width and at 320 px, and no horizontal scrolling on a phone."""
    chromium.run(check_accessible, url, status)


@pytest.fixture
def wagtail_root(django_db_serialized_rollback):
    """A live server needs committed data, so these tests use a transactional database that
    is flushed after each test. Serialized rollback first puts back what the migrations made:
    the root page, the locales, Wagtail's groups and workflow, the permissions."""
