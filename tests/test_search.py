"""The public search page: pages and the question bank in the reader's language, counts,
pagination, promotions, hostile queries, query budget; the header's search box."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from course_pages.models import SearchPage, StandardPage

from .conftest import make_theme

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [
    ("Tro på fremtiden", "Belief in the future"),
    ("Tidlig i samtalen.", "Early in the conversation."),
    ("Hva gir deg håp?", "What gives you hope?"),
    ("Hvem er med i nettverk rundt deg?", "Who is in a network around you?"),
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
    return [
        item.select_one(".search-result__title").get_text(strip=True)
        for item in soup.select(".search-result")
    ]


def test_search_page_urls(search_pages, client):
    assert search_pages[0].url == "/nb/sok/"
    assert search_pages[1].url == "/en/search/"


def test_pages_are_found_in_the_readers_language_only(search_pages, make_page, client):
    make_page(
        ("Om relasjoner", "About relationships"), ("Relasjoner i praksis.", "Relationships in practice.")
    )
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


def hope_theme():
    return make_theme(
        title="Tro på fremtiden",
        when_relevant="Tidlig i samtalen.",
        questions=["Hva gir deg håp?", "Hvem er med i nettverk rundt deg?"],
    )


def theme_block(theme):
    return {"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0}}


def theme_results(soup):
    return soup.select(".search-result--theme")


def test_question_themes_and_their_questions_are_found_with_where_they_are_shown(
    search_pages, make_page, translate_now, client
):
    theme = hope_theme()
    translate_now(theme, HOPE_PAIRS)
    make_page(("Samtaleverktøy", "Conversation tools"), body=[theme_block(theme)])

    for query, question in (("håp", "Hva gir deg håp?"), ("nettverk", "Hvem er med i nettverk rundt deg?")):
        soup = soup_of(client.get("/nb/sok/", {"q": query}))
        [result] = theme_results(soup)
        assert result.select_one(".search-result__title").get_text(strip=True) == "Tro på fremtiden"
        assert result.select_one(".search-result__title a")["href"] == "/nb/side-1/"
        assert [li.get_text(strip=True) for li in result.select(".search-result__questions li")] == [question]
        assert [a["href"] for a in result.select(".search-result__places a")] == ["/nb/side-1/"]
        assert result.get("lang") is None

    soup = soup_of(client.get("/en/search/", {"q": "hope"}))
    [result] = theme_results(soup)
    assert result.select_one(".search-result__title").get_text(strip=True) == "Belief in the future"
    assert result.select_one(".search-result__title a")["href"] == "/en/page-1/"
    assert [li.get_text(strip=True) for li in result.select(".search-result__questions li")] == [
        "What gives you hope?"
    ]
    # The Norwegian theme is not an English reader's result, once it is translated.
    assert theme_results(soup_of(client.get("/en/search/", {"q": "håp"}))) == []
    assert theme_results(soup_of(client.get("/nb/sok/", {"q": "hope"}))) == []


def test_untranslated_theme_is_found_in_norwegian_by_english_readers(search_pages, make_page, client):
    theme = hope_theme()
    make_page(("Samtaleverktøy", "Conversation tools"), body=[theme_block(theme)])
    soup = soup_of(client.get("/en/search/", {"q": "håp"}))
    [result] = theme_results(soup)
    assert result["lang"] == "nb"
    assert result.select_one(".search-result__title").get_text(strip=True) == "Tro på fremtiden"
    assert result.select_one(".search-result__title a")["href"] == "/en/page-1/"
    # The interface around it stays English.
    assert result.select_one(".search-result__places")["lang"] == "en"


def test_theme_shown_nowhere_and_unpublished_themes_are_not_results(search_pages, make_page, client):
    shown_nowhere = hope_theme()
    draft = make_theme(title="Håp i hverdagen", questions=["Hva gir deg håp i dag?"])
    draft.unpublish()
    make_page(("Samtaleverktøy", "Conversation tools"), body=[theme_block(draft)])
    assert shown_nowhere.live
    assert theme_results(soup_of(client.get("/nb/sok/", {"q": "håp"}))) == []


def test_counts_and_pagination(search_pages, make_page, client):
    for number in range(1, 24):
        make_page((f"Relasjon {number}", f"Relationship {number}"), translated=False)
    soup = soup_of(client.get("/nb/sok/", {"q": "relasjon"}))
    assert soup.select_one("#results-heading").get_text(" ", strip=True) == "23 treff for «relasjon»"
    assert len(soup.select(".search-result")) == 10
    pagination = soup.select_one("nav.pagination")
    assert pagination.select_one("[aria-current=page]").get_text(strip=True) == "1"
    assert pagination.select_one("a[rel=next]")["href"] == "?q=relasjon&page=2"

    soup = soup_of(client.get("/nb/sok/", {"q": "relasjon", "page": "3"}))
    assert len(soup.select(".search-result")) == 3
    assert soup.select_one("ol.search-results__list")["start"] == "21"
    # A page number out of range or not a number gives the nearest page, not an error.
    assert len(soup_of(client.get("/nb/sok/", {"q": "relasjon", "page": "99"})).select(".search-result")) == 3
    assert len(soup_of(client.get("/nb/sok/", {"q": "relasjon", "page": "x"})).select(".search-result")) == 10


def test_kind_filter_and_counts_by_kind(search_pages, make_page, translate_now, client):
    theme = hope_theme()
    make_page(("Håp og mening", "Hope and meaning"), body=[theme_block(theme)])
    soup = soup_of(client.get("/nb/sok/", {"q": "håp"}))
    assert soup.select_one(".search-results__summary").get_text(strip=True) == "1 side, 1 spørsmålstema."
    assert results_of(soup) == ["Håp og mening", "Tro på fremtiden"]
    assert results_of(soup_of(client.get("/nb/sok/", {"q": "håp", "kind": "questions"}))) == [
        "Tro på fremtiden"
    ]
    assert results_of(soup_of(client.get("/nb/sok/", {"q": "håp", "kind": "pages"}))) == ["Håp og mening"]


@pytest.mark.parametrize(
    "query",
    [
        "håp " * 70,  # over 200 characters
        "håp\x00",
        "%C3%28",  # not UTF-8 once decoded
        "\ufffd\U0001f600 ' \" ; -- ) OR 1=1",
        "&&& !!! ::: *",
        "<script>alert(1)</script>",
    ],
)
def test_hostile_queries_get_a_normal_page(search_pages, make_page, client, query):
    make_page(("Om håp", "About hope"))
    response = client.get("/nb/sok/", {"q": query})
    soup = soup_of(response)
    assert soup.find("h1").get_text(strip=True) == "Søk"
    assert b"<script>alert" not in response.content


@pytest.mark.skipif(connection.vendor != "sqlite", reason="Wagtail's SQLite FTS5 backend")
def test_wagtail_sqlite_backend_still_fails_on_punctuation(home_pages):
    """course_pages.search_backend.search_words works around wagtail/wagtail#13227: when
    this fails, Wagtail passes punctuation safely and the workaround can go."""
    from django.db import OperationalError
    from wagtail.search.backends import get_search_backend

    with pytest.raises(OperationalError):
        list(get_search_backend().search('håp; "', Page.objects.all()))


def test_raw_bytes_that_are_not_utf8_get_a_normal_page(search_pages, client):
    response = client.get("/nb/sok/?q=%C3%28%FF%00")
    assert response.status_code == 200


def test_long_query_is_refused_with_a_message(search_pages, client):
    soup = soup_of(client.get("/nb/sok/", {"q": "a" * 201}))
    assert "200" in soup.select_one("#q-errors").get_text()
    assert soup.select_one("form.search-form input[name=q]")["aria-invalid"] == "true"
    assert soup.select(".search-result") == []


def test_query_is_echoed_escaped(search_pages, client):
    response = client.get("/nb/sok/", {"q": "<script>alert(1)</script>"})
    soup = soup_of(response)
    assert b"<script>alert(1)</script>" not in response.content
    assert soup.select_one("form.search-form input[name=q]")["value"] == "<script>alert(1)</script>"
    assert "«<script>alert(1)</script>»" in soup.select_one("#results-heading").get_text()


def test_editors_promotions_are_shown_first_in_the_readers_language(search_pages, make_page, client):
    page = make_page(("Kontakt oss", "Contact us"))
    query = Query.get("kontakt")
    SearchPromotion.objects.create(query=query, page=page, description="Telefon og adresse.", sort_order=0)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://www.example.org/", external_link_text="Eksempel", sort_order=1
    )
    soup = soup_of(client.get("/nb/sok/", {"q": "Kontakt"}))
    promoted = soup.select(".search-promotions li")
    assert [(li.a.get_text(strip=True), li.a["href"]) for li in promoted] == [
        ("Kontakt oss", "/nb/side-1/"),
        ("Eksempel", "https://www.example.org/"),
    ]
    assert "Telefon og adresse." in promoted[0].get_text()
    # The English reader gets the page's English translation.
    SearchPromotion.objects.create(query=Query.get("contact"), page=page, sort_order=0)
    soup = soup_of(client.get("/en/search/", {"q": "contact"}))
    assert [li.a["href"] for li in soup.select(".search-promotions li")] == ["/en/page-1/"]
    # Readers' searches are not recorded (the privacy page says the site keeps no such record).
    assert Query.get("kontakt").hits == 0


@pytest.mark.parametrize("count", [5, 100])
def test_query_count_does_not_grow_with_results(search_pages, make_page, client, count):
    for number in range(count):
        theme = make_theme(title=f"Håp {number}", questions=[f"Hva gir deg håp nummer {number}?"])
        make_page((f"Håp {number}", f"Hope {number}"), translated=False, body=[theme_block(theme)])
    client.get("/nb/sok/", {"q": "håp"})  # warm Wagtail's site cache as a running server has it
    with CaptureQueriesContext(connection) as queries:
        soup = soup_of(client.get("/nb/sok/", {"q": "håp"}))
    assert soup.select_one("#results-heading").get_text(strip=True).startswith(f"{count * 2} treff")
    assert len(queries) <= 20, "\n".join(query["sql"][:200] for query in queries.captured_queries)


def test_header_search_box_points_to_the_readers_search_page(search_pages, make_page, client):
    page = make_page(("Om oss", "About us"))
    for url, action in (
        (page.url, "/nb/sok/"),
        (page.get_translation(Locale.objects.get(language_code="en")).url, "/en/search/"),
    ):
        soup = soup_of(client.get(url))
        form = soup.select_one("header form[role=search]")
        assert form["action"] == action
        field = form.select_one("input[name=q]")
        assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text-search configurations")
def test_postgres_stems_norwegian_and_english(search_pages, make_page, client):
    """Each language with its own PostgreSQL text-search configuration. Wagtail's backend
    alone uses one (the server's default, ``english``), which stems "nettverkene" to
    "nettverken" and misses "nettverk"; ``norwegian`` gives "nettverk" for both."""
    make_page(("Relasjon og nettverk", "Relationship and network"))
    assert results_of(soup_of(client.get("/nb/sok/", {"q": "relasjoner"}))) == ["Relasjon og nettverk"]
    assert results_of(soup_of(client.get("/nb/sok/", {"q": "nettverkene"}))) == ["Relasjon og nettverk"]
    assert results_of(soup_of(client.get("/en/search/", {"q": "relationships"}))) == [
        "Relationship and network"
    ]
    assert results_of(soup_of(client.get("/en/search/", {"q": "networks"}))) == ["Relationship and network"]


def test_the_search_page_may_be_indexed_but_not_its_results(search_pages, client):
    """Search engines may list the search page; a page of results (any query) is noindex."""
    empty = BeautifulSoup(client.get("/nb/sok/").content, "html.parser")
    assert empty.find("meta", attrs={"name": "robots"}) is None
    results = BeautifulSoup(client.get("/nb/sok/", {"q": "håp"}).content, "html.parser")
    assert results.find("meta", attrs={"name": "robots"})["content"] == "noindex"
