"""The public search page: pages and the question bank in the reader's language, counts,
pagination, promotions, hostile queries, query budget; the header's search box."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from course_pages.models import SearchPage, StandardPage

from .conftest import make_theme

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [
    ("Tro på fremtiden", "Belief in the future"),
    ("Tidlig i samtalen.", "Early in the conversation."),
    ("Hva gir deg håp?", "What gives you hope?"),
    ("Hvem er i nettverket ditt?", "Who is in your network?"),
]


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def search_pages(home_pages, memory, translate_now):
    """The search page under each home page: /nb/sok/ and /en/search/."""
    nb_home, _ = home_pages
    page = SearchPage(title=memory.add(("Søk", "Search")), slug=memory.add(("sok", "search")))
    nb_home.add_child(instance=page)
    page.save_revision().publish()
    translate_now(page)
    return page, page.get_translation(Locale.objects.get(language_code="en"))


@pytest.fixture
def make_page(home_pages, memory, translate_now):
    """A published nb standard page under the home page, with its en translation if asked."""

    def make(title, text=("", ""), slug=None, translated=True, body=()):
        nb_home, _ = home_pages
        number = StandardPage.objects.count() + 1
        page = StandardPage(
            title=memory.add(title),
            slug=slug or memory.add((f"side-{number}", f"page-{number}")),
            intro=f"<p>{memory.add(text)}</p>" if text[0] else "",
            body=list(body),
        )
        nb_home.add_child(instance=page)
        page.save_revision().publish()
        if translated:
            translate_now(page)
        return page

    return make


def results_of(soup):
    return [item.select_one(".search-result__title").get_text(strip=True) for item in soup.select(".search-result")]


def test_search_page_urls(search_pages, client):
    assert search_pages[0].url == "/nb/sok/"
    assert search_pages[1].url == "/en/search/"


def test_pages_are_found_in_the_readers_language_only(search_pages, make_page, client):
    make_page(("Om relasjoner", "About relationships"), ("Relasjoner i praksis.", "Relationships in practice."))
    make_page(("Kontakt", "Contact"))

    nb = soup_of(client.get("/nb/sok/", {"q": "relasjoner"}))
    assert results_of(nb) == ["Om relasjoner"]
    assert nb.select_one(".search-result a")["href"] == "/nb/side-1/"

    en = soup_of(client.get("/en/search/", {"q": "relationships"}))
    assert results_of(en) == ["About relationships"]
    assert en.select_one(".search-result a")["href"] == "/en/page-1/"
    # Norwegian words find nothing on the English search page, and the other way round.
    assert results_of(soup_of(client.get("/en/search/", {"q": "relasjoner"}))) == []
    assert results_of(soup_of(client.get("/nb/sok/", {"q": "relationships"}))) == []
