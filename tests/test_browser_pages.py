"""Every page type, in nb and en, in a real headless Chromium: axe-core finds no violation of
WCAG 2.1 A/AA or of its best practices at desktop width or at 320 px, nothing scrolls sideways
on a phone, every table cell is visible there without scrolling the table, wide blocks are wide
on a desktop, and the Nu Html Checker finds no error in any of the pages as served."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from course_pages.models import ChimeElementPage, ConversationToolPage, GuidePage, LessonPage

from .browser import assert_accessible, html_errors
from .conftest import _Quiet, page_types

pytestmark = pytest.mark.browser


def test_every_page_type_meets_the_quality_bars_in_both_languages(chromium, live_server, wagtail_root):
    call_command("load_demo", stdout=_Quiet())
    urls = []
    for page_type in page_types():
        for language in ("nb", "en"):
            page = page_type.objects.live().filter(locale__language_code=language).order_by("path").first()
            assert page is not None, f"no demo {page_type.__name__} in {language}"
            urls.append(page.url)
            if page_type in (GuidePage, LessonPage, ChimeElementPage):
                urls.append(page.url + "print/")
    # The practical guide (five wide tables) and the conversation plan (callouts, worksheet).
    for slug in ("chime-praktisk-veileder", "chime-conversation-and-action-plan"):
        urls.append(GuidePage.objects.get(slug=slug).url)
    # The conversation tool with a result (phase guidance, themes, a note on an unknown
    # parameter), and that result's print view.
    for tool in ConversationToolPage.objects.live():
        selection = "?element=hope&element=identity&phase=opening&audience=service_user&plan=1&colour=red"
        urls += [tool.url + selection, tool.url + "print/" + selection]
    failures = []
    served = {}
    for url in urls:
        try:
            served[url] = assert_accessible(chromium, live_server.url + url)
        except AssertionError as error:
            failures.append(f"{url}: {error}")
    assert failures == []
    assert html_errors(served) == []
    assert Page.objects.filter(locale__language_code="en", live=True).count() >= len(page_types())
