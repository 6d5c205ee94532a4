"""Every page type, in nb and en, in a real headless Chromium: axe-core finds no WCAG 2.1 A/AA
violation at desktop width or at 320 px, and nothing scrolls sideways on a phone."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from course_pages.models import ChimeElementPage, GuidePage, LessonPage

from .browser import assert_accessible
from .conftest import _Quiet, page_types

pytestmark = pytest.mark.browser


def test_every_page_type_is_accessible_in_both_languages(chromium, live_server, wagtail_root):
    call_command("load_demo", stdout=_Quiet())
    urls = []
    for page_type in page_types():
        for language in ("nb", "en"):
            page = page_type.objects.live().filter(locale__language_code=language).order_by("path").first()
            assert page is not None, f"no demo {page_type.__name__} in {language}"
            urls.append(page.url)
            if page_type in (GuidePage, LessonPage, ChimeElementPage):
                urls.append(page.url + "print/")
    failures = []
    for url in urls:
        try:
            assert_accessible(chromium, live_server.url + url)
        except AssertionError as error:
            failures.append(f"{url}: {error}")
    assert failures == []
    assert Page.objects.filter(locale__language_code="en", live=True).count() >= len(page_types())
