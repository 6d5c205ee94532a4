"""The translation editor's buttons match the person (issue 13): a translator's primary action
is "Submit for review", at the top and in the footer; "Delete" and "Convert to alias page" are
offered only to who may use them; a moderator keeps wagtail-localize's "Publish in …"."""

import hashlib
import html
import json
from pathlib import Path

import pytest
import wagtail_localize
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from course_pages.translation.groups import ensure_question_bank_workflow, ensure_translator_groups
from course_pages.translation.review import SUBMIT_ACTION

from .conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(home_pages):
    ensure_translator_groups()
    ensure_question_bank_workflow()
    return {
        "translator": make_user("oversetter", "Translators (en)"),
        "moderator": make_user("moderator", "Moderators"),
    }


@pytest.fixture
def en_lesson(make_lesson, memory):
    memory.add(("Håp er viktig.", "Hope matters."))
    lesson = make_lesson([{"type": "text", "value": "<p>Håp er viktig.</p>"}], translated=True)
    return lesson.get_translation(Locale.objects.get(language_code="en"))


def open_editor(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    root = soup.select_one(".js-translation-editor")
    assert root is not None, "not wagtail-localize's translation editor"
    return soup, json.loads(html.unescape(root["data-props"]))


def submit_buttons(soup, where):
    return soup.select(f'[data-kbt-review="{where}"] button[name="{SUBMIT_ACTION}"]')


def test_translator_submits_for_review_from_the_top_and_the_footer(client, people, en_lesson):
    soup, props = open_editor(client, people["translator"], en_lesson)
    for where in ("top", "bottom"):
        (button,) = submit_buttons(soup, where)
        # Primary: Wagtail's plain "button", not "button-secondary".
        assert button["class"] == ["button"]
        assert button.get_text(strip=True) == "Send til godkjenning"
    # wagtail-localize's own footer, whose main button would be "Stop Synced translation",
    # is replaced by ours (the stylesheet hides it inside this class).
    assert soup.select_one(".js-translation-editor").has_attr("data-kbt-review-editor")
    footer = soup.select_one('[data-kbt-review="bottom"]')
    assert "Slett" not in footer.get_text() and "Delete" not in footer.get_text()
    # The props offer nothing the translator may not do.
    assert props["perms"]["canPublish"] is False
    assert props["perms"]["canDelete"] is False
    assert props["links"]["convertToAliasUrl"] is None
    # The button works from either place: it starts the review.
    edit_url = reverse("wagtailadmin_pages:edit", args=[en_lesson.pk])
    assert client.post(edit_url, {SUBMIT_ACTION: "1"}).status_code == 302
    en_lesson.refresh_from_db()
    assert en_lesson.workflow_in_progress
    soup, _ = open_editor(client, people["translator"], en_lesson)
    assert not submit_buttons(soup, "top") and not submit_buttons(soup, "bottom")
    assert "venter på godkjenning" in soup.select_one('[data-kbt-review="top"]').get_text()


def test_moderator_keeps_publish_as_the_primary_action(client, people, en_lesson):
    soup, props = open_editor(client, people["moderator"], en_lesson)
    assert props["perms"]["canPublish"] is True
    assert props["perms"]["canDelete"] is True
    assert props["links"]["convertToAliasUrl"]
    assert not soup.select_one(".js-translation-editor").has_attr("data-kbt-review-editor")
    assert not soup.select("[data-kbt-review]")
    # Submitting for review stays possible, as a secondary action under the editor.
    (button,) = soup.select(f'.kbt-translation-review button[name="{SUBMIT_ACTION}"]')
    assert "button-secondary" in button["class"]


WAGTAIL_LOCALIZE = Path(wagtail_localize.__file__).parent


def test_canary_wagtail_localize_editor_template_and_footer_are_as_copied():
    """Our edit_translation.html copies wagtail-localize 1.14.5's content block and hides its
    footer for who may not publish, because the React footer's actions are fixed in code
    (``EditorFooter``: "Stop Synced translation" always, the last action is the main button)
    and only switched by ``perms``/``links``. When an upgrade changes either, re-check both."""
    template = WAGTAIL_LOCALIZE / "templates/wagtail_localize/admin/edit_translation.html"
    digest = hashlib.sha256(template.read_bytes()).hexdigest()
    assert digest == "52b849c00b09876c0fb0e7314a762f1eebb1c4212120828c61c1350a301a5ba7", digest
    bundle = (WAGTAIL_LOCALIZE / "static/wagtail_localize/js/wagtail-localize.js").read_text()
    assert 'rt()("Stop Synced translation")))];' in bundle
    assert "const l=i.pop();" in bundle


def test_canary_wagtail_localize_shows_rich_text_segments_as_source_text():
    """Rich-text segments show their tags (``<b>``) in the editor: wagtail-localize 1.14.5
    sends ``segment.string.data`` (``"source"`` in the props) and its React ``StringSegment``
    renders it as a text child (``createElement(Nt,{className:f},e.source)``), which React
    escapes; the translation is typed in a plain textarea. No prop or setting changes that, so
    showing formatting would need a fork. When this fails, see whether upstream now can."""
    bundle = (WAGTAIL_LOCALIZE / "static/wagtail_localize/js/wagtail-localize.js").read_text()
    assert "t().createElement(Nt,{className:f},e.source)" in bundle
    assert "__html:e.source" not in bundle


@pytest.mark.browser
def test_translator_sees_submit_for_review_in_place_of_wagtail_localizes_footer(
    chromium, live_server, wagtail_root, people, en_lesson
):
    """In Chromium: the React footer (whose main button would be "Stop Synced translation")
    is rendered but hidden by our stylesheet; our "Submit for review" shows at the top and in
    the footer, and is the footer's main button."""
    from .browser import open_page

    edit_url = live_server.url + reverse("wagtailadmin_pages:edit", args=[en_lesson.pk])

    def look(browser):
        context, page, _ = open_page(browser, live_server.url + reverse("wagtailadmin_login"), 1280)
        try:
            page.fill("input[name=username]", "oversetter")
            page.fill("input[name=password]", "x")
            page.click("button[type=submit]")
            page.wait_for_url("**/admin/")
            page.goto(edit_url)
            react_footer = page.locator(".js-translation-editor footer.footer")
            react_footer.wait_for(state="attached")
            submit = f'button[name="{SUBMIT_ACTION}"]'
            return {
                "react_footer_visible": react_footer.is_visible(),
                "react_footer_text": react_footer.inner_text(),
                "top": page.locator(f'[data-kbt-review="top"] {submit}').is_visible(),
                "bottom": page.locator(f'[data-kbt-review="bottom"] {submit}').is_visible(),
                "bottom_in_view": page.locator(f'[data-kbt-review="bottom"] {submit}').evaluate(
                    "b => { const r = b.getBoundingClientRect(); "
                    "return r.bottom <= innerHeight && r.top >= 0; }"
                ),
            }
        finally:
            context.close()

    seen = chromium.run(look)
    assert not seen["react_footer_visible"]
    assert seen["top"] and seen["bottom"]
    # The footer sticks to the bottom of the window, as Wagtail's own editor footers do.
    assert seen["bottom_in_view"]
