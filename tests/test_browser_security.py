"""The Content-Security-Policy, measured in a real browser: Wagtail's page editor, the snippet
editor, wagtail-localize's translation editor and the public pages run without a single CSP
violation (Chromium reports each as a ``securitypolicyviolation`` event and a console error)."""

import pytest
from django.conf import settings
from wagtail_localize.models import Translation

from .browser import open_page
from .conftest import make_theme, role_user

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
    );
});
"""


def csp_violations(browser, url, session_cookie=None):
    """(violations, console CSP errors, HTTP status) for ``url`` once it has settled."""
    context, page, _ = open_page(browser, "about:blank", 1280)
    try:
        if session_cookie:
            context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_cookie, "url": url}])
        context.add_init_script(RECORD_VIOLATIONS)
        console = []

        def record(message):
            if "Content Security Policy" in message.text:
                console.append(message.text)

        page.on("console", record)
        response = page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(300)  # editors finish rendering after the network settles
        return page.evaluate("window.__cspViolations"), console, response.status, page.content()
    finally:
        context.close()


@pytest.fixture
def admin_session(client, live_server, wagtail_root):
    client.force_login(role_user("admin"))
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_admin_editors_run_under_the_admin_policy(
    chromium, live_server, admin_session, make_lesson, memory, en_locale
):
    text = memory.add(("Håp gir retning.", "Hope gives direction."))
    lesson = make_lesson([("text", f"<p>{text}</p>")], translated=True)
    english = lesson.get_translation(en_locale)
    assert Translation.objects.filter(source__object_id=lesson.translation_key).exists()
    theme = make_theme()
    screens = {
        "dashboard": "/admin/",
        "page editor": f"/admin/pages/{lesson.pk}/edit/",
        "page explorer": f"/admin/pages/{lesson.get_parent().pk}/",
        "snippet editor": f"/admin/snippets/question_bank/questiontheme/edit/{theme.pk}/",
        "translation editor": f"/admin/pages/{english.pk}/edit/",
        "image library": "/admin/images/",
    }
    failures = {}
    for name, path in screens.items():
        url = live_server.url + path
        violations, console, status, html = chromium.run(csp_violations, url, admin_session)
        assert status == 200, f"{name}: {status}"
        if name == "translation editor":
            assert "wagtail-localize" in html or "translation-editor" in html, "not the translation editor"
        if violations or console:
            failures[name] = violations + console
    assert failures == {}


def test_public_pages_run_under_the_strict_policy(chromium, live_server, wagtail_root, make_lesson):
    lesson = make_lesson([("text", "<p>Tekst.</p>")])
    for path in ["/nb/", "/en/", lesson.url, lesson.url + "print/"]:
        violations, console, status, _html = chromium.run(csp_violations, live_server.url + path)
        assert status == 200, path
        assert violations == [] and console == [], path


def test_inline_script_on_a_public_page_is_blocked(chromium, live_server, wagtail_root, make_lesson):
    # What the policy is for: a script that got into a page's HTML does not run.
    lesson = make_lesson([("text", "<p>Tekst.</p>")])

    def inject(browser):
        context, page, _ = open_page(browser, live_server.url + lesson.url, 1280)
        try:
            page.evaluate(
                """() => {
                    window.__ran = false;
                    const script = document.createElement("script");
                    script.textContent = "window.__ran = true";
                    document.body.append(script);
                }"""
            )
            return page.evaluate("window.__ran")
        finally:
            context.close()

    assert chromium.run(inject) is False
