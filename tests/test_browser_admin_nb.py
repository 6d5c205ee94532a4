"""The admin in bokmål in a real headless Chromium: the strings the admin's JavaScript draws
come from our catalogue (through /admin/jsi18n/), and the account page's time zone menu
runs without errors."""

import pytest
from wagtail.users.models import UserProfile

from .browser import open_page
from .conftest import role_user

pytestmark = pytest.mark.browser


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "x")
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def test_admin_javascript_speaks_norwegian(chromium, live_server, wagtail_root, home_pages):
    nb_home, _ = home_pages
    editor = role_user("editor")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nb"
    profile.save()

    def visit(browser):
        context, page, _ = open_page(browser, live_server.url + "/admin/login/", 1280)
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        try:
            log_in(page, live_server.url, "editor")
            page.goto(live_server.url + "/admin/account/")
            page.wait_for_load_state("networkidle")
            account_errors = list(errors)
            page.goto(f"{live_server.url}/admin/pages/{nb_home.pk}/edit/")
            page.wait_for_load_state("networkidle")
            sidebar_toggle = page.locator("[aria-label='Vis/skjul sidemenyen']").count()
            english_toggle = page.locator("[aria-label='Toggle sidebar']").count()
            return account_errors, sidebar_toggle, english_toggle
        finally:
            context.close()

    account_errors, sidebar_toggle, english_toggle = chromium.run(visit)
    assert [error for error in account_errors if "RangeError" in error] == []
    assert sidebar_toggle >= 1  # drawn by the React sidebar, from the JavaScript catalogue
    assert english_toggle == 0
