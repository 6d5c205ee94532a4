"""The tests that read the demo content, gathered in one module so that the demo (tens of
seconds to load) is loaded once for all of them (the ``demo_content`` fixture in conftest).
Each test still starts from exactly the demo state: what one changes is rolled back after it.

- Every admin screen an editor or translator reaches on the demo content opens without an
  error: page editors (the translation editor for English pages), add forms under each
  parent, previews, and the question bank's listing, editor, usage and history.
- Loading the demo again changes nothing.
- An anonymous reader's page view costs a bounded number of SQL queries on every page type
  in both languages (and stays flat as embeds grow: see test_question_bank_embeds).
- Every demo guide builds a tagged PDF in both languages (more on PDFs: test_printable_guides).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from course_pages.models import GuidePage
from question_bank.models import QuestionTheme

from .conftest import page_types
from .test_printable_guides import pdf_of

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20


def test_admin_screens_open_on_the_demo_content(admin_client, demo_content):
    failures = []

    def visit(url):
        response = admin_client.get(url)
        if response.status_code != 200:
            failures.append(f"{url}: {response.status_code}")
        return response

    for page_type in page_types():
        for page in page_type.objects.filter(locale__language_code__in=["nb", "en"])[:4]:
            visit(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            visit(reverse("wagtailadmin_pages:history", args=[page.pk]))
            visit(reverse("wagtailadmin_pages:usage", args=[page.pk]))
        # The add form, under the parent of an existing page of this type.
        parent = page_type.objects.filter(locale__language_code="nb").first().get_parent().specific
        if page_type.can_create_at(parent):
            meta = page_type._meta
            visit(reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]))
    for mode in ("", "print", "pdf"):
        guide = page_types()[-1].objects.filter(locale__language_code="nb").first()
        response = admin_client.get(
            reverse("wagtailadmin_pages:view_draft", args=[guide.pk]) + f"?mode={mode}"
        )
        assert response.status_code == 200, mode

    visit(reverse("wagtailsnippets_question_bank_questiontheme:list"))
    themes = [
        *QuestionTheme.objects.filter(locale__language_code="nb").order_by("pk")[:2],
        *QuestionTheme.objects.filter(locale__language_code="en").order_by("pk")[:2],
    ]
    for theme in themes:
        for view in ("edit", "usage", "history", "inspect"):
            visit(reverse(f"wagtailsnippets_question_bank_questiontheme:{view}", args=[theme.pk]))
    visit(reverse("wagtail_localize:translations_report"))
    assert failures == []


def test_load_demo_twice_changes_nothing(demo_content, load_demo):
    """The demo is loaded once already (``demo_content``); loading it again changes nothing."""

    def snapshot():
        return (
            list(Page.objects.order_by("path").values_list("path", "title", "live", "locale_id")),
            Revision.objects.count(),
            StringTranslation.objects.count(),
        )

    before = snapshot()
    load_demo()
    assert snapshot() == before


def test_every_demo_page_renders_in_at_most_20_queries(client, demo_content):
    counts = {}
    for page_type in page_types():
        for language in ("nb", "en"):
            pages = page_type.objects.live().filter(locale__language_code=language)
            assert pages.exists(), f"no {page_type.__name__} in {language}"
            for page in pages:
                client.get(page.url)  # warm the per-process caches (site root paths, content types)
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(page.url)
                assert response.status_code == 200, page.url
                counts[page.url] = len(queries)
    too_many = {url: count for url, count in counts.items() if count > MAX_QUERIES}
    assert too_many == {}
    assert len(counts) >= 2 * len(page_types())


def test_every_demo_guide_builds_a_tagged_pdf_in_both_languages(client, demo_content):
    """The demo's guides: the practical guide, a question bank per element and the
    conversation and action plan, whose PDF is a fillable worksheet with the evaluation form."""
    guides = GuidePage.objects.live()
    assert guides.filter(locale__language_code="nb").count() == 7
    for guide in guides:
        language = guide.locale.language_code
        reader = pdf_of(client.get(guide.url + "pdf/"))
        assert reader.trailer["/Root"]["/Lang"] == language, guide.url
        assert reader.metadata.title == guide.title
    plan = guides.get(locale__language_code="en", slug="chime-conversation-and-action-plan")
    fields = pdf_of(client.get(plan.url + "pdf/")).get_fields()
    names = {str(field.get("/TU")) for field in fields.values()}
    assert {"My goals", "Next steps", "Support persons"} <= names
    evaluation = [field for field in fields.values() if str(field.get("/TU")).endswith("?")]
    assert len(evaluation) >= 8  # one answer box per evaluation question


# Search, standard pages and site settings (issue 11)


def _search(client, url, query):
    from bs4 import BeautifulSoup

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": query})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser"), len(queries)


def test_demo_search_finds_question_themes_where_they_are_shown(client, demo_content):
    for url, query, element_page in (
        ("/nb/sok/", "håp", "/nb/chime/hap/"),
        ("/nb/sok/", "nettverk", "/nb/chime/tilhorighet/"),
        ("/en/search/", "hope", "/en/chime/hope/"),
    ):
        client.get(url, {"q": query})  # warm the per-process caches
        soup, query_count = _search(client, url, query)
        assert query_count <= MAX_QUERIES, (url, query, query_count)
        themes = soup.select(".search-result--theme")
        assert themes, (url, query)
        for theme in themes:
            places = [a["href"] for a in theme.select(".search-result__places a")]
            assert places and all(href.startswith(url[:4]) for href in places)
        assert element_page in {
            a["href"] for theme in themes for a in theme.select(".search-result__places a")
        }
        pages = [a["href"] for a in soup.select(".search-result:not(.search-result--theme) h3 a")]
        assert pages and all(href.startswith(url[:4]) for href in pages)


def test_demo_search_promotes_the_contact_page(client, demo_content):
    soup, _ = _search(client, "/nb/sok/", "kontakt")
    assert [a["href"] for a in soup.select(".search-promotions a")] == ["/nb/kontakt/"]
    soup, _ = _search(client, "/en/search/", "contact")
    assert [a["href"] for a in soup.select(".search-promotions a")] == ["/en/contact/"]


def test_demo_footer_and_statutory_pages_in_both_languages(client, demo_content):
    from bs4 import BeautifulSoup

    for url, statement, privacy in (
        ("/nb/om-oss/", "/nb/tilgjengelighetserklaering/", "/nb/personvern/"),
        ("/en/about/", "/en/accessibility-statement/", "/en/privacy/"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        footer = BeautifulSoup(response.content, "html.parser").find("footer")
        links = [a["href"] for a in footer.select("a")]
        assert statement in links and privacy in links
        assert any(link.startswith("https://uustatus.no/") for link in links)
        assert "post@example.org" in footer.get_text()
        for page_url in (statement, privacy):
            assert client.get(page_url).status_code == 200
