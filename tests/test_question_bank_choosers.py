"""The question bank is easy to work with: the listing shows each theme's language and opens
on the user's own; both choosers filter by CHIME element and collection, sort by element and
order; the question chooser finds questions by their theme's title and shows theme and element."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from .conftest import make_theme, role_user

pytestmark = pytest.mark.django_db

INDEX_URL = reverse("wagtailsnippets_question_bank_questiontheme:list")
THEME_CHOOSER_URL = reverse("wagtailsnippetchoosers_question_bank_questiontheme:choose")
THEME_RESULTS_URL = reverse("wagtailsnippetchoosers_question_bank_questiontheme:choose_results")
QUESTION_CHOOSER_URL = reverse("question_chooser:choose")
QUESTION_RESULTS_URL = reverse("question_chooser:choose_results")


def rows(response):
    """The listing's or chooser's table rows, as lists of cell texts."""
    assert response.status_code == 200
    html = response.json()["html"] if response["Content-Type"].startswith("application/json") else None
    soup = BeautifulSoup(html or response.content, "html.parser")
    return [[cell_text(cell) for cell in row.find_all("td")] for row in soup.select("table tbody tr")]


def cell_text(cell):
    """A cell's text; for a title cell, the title's link alone (not its action buttons)."""
    title = cell.select_one(".title-wrapper > a, a[data-chooser-modal-choice]")
    return " ".join((title or cell).get_text(" ", strip=True).split())


def column(response, header):
    soup = BeautifulSoup(response.content, "html.parser")
    headers = [" ".join(th.get_text(" ", strip=True).split()) for th in soup.select("table thead th")]
    assert header in headers, headers
    index = headers.index(header)
    return [row[index] for row in rows(response)]


@pytest.fixture
def themes(en_locale):
    """Themes of two elements and both collections, in nb, and one in en."""
    nb = [
        make_theme(element="meaning", title="Hverdagsaktiviteter", questions=["Hva gir dagene mening?"]),
        make_theme(
            element="hope", title="Tro på fremtiden", questions=["Hva gir deg håp?", "Hva drømmer du om?"]
        ),
        make_theme(element="hope", title="Drømmer", questions=["Hva ønsker du deg?"], sort_order=0),
        make_theme(
            element="hope",
            title="Håp i praksis",
            questions=["Hva ville gjort en forskjell?"],
            collection="practical_guide",
        ),
    ]
    nb[1].sort_order = 10
    nb[1].save()
    en = make_theme(
        element="hope", title="Faith in the future", questions=["What gives you hope?"], locale=en_locale
    )
    return nb, en


@pytest.mark.parametrize(
    "role, language, title",
    [("editor", "nb", "Tro på fremtiden"), ("translator", "en", "Faith in the future")],
)
def test_listing_shows_the_language_and_opens_on_the_users_own(
    client, home_pages, themes, role, language, title
):
    client.force_login(role_user(role))
    response = client.get(INDEX_URL)
    titles = column(response, "Tittel")
    assert title in titles
    languages = set(column(response, "Språk"))
    assert languages == {"Norsk bokmål" if language == "nb" else "Engelsk"}, languages
    # "All" shows both languages, each row saying which.
    everything = client.get(INDEX_URL, {"locale": ""})
    assert set(column(everything, "Språk")) == {"Norsk bokmål", "Engelsk"}
    assert len(column(everything, "Tittel")) == 5


def test_listing_sorts_by_chime_element_then_the_themes_order(admin_client, themes):
    response = admin_client.get(INDEX_URL)
    # Hope (H) comes before meaning (M) in CHIME, whatever the alphabet says of the codes.
    assert column(response, "Tittel") == [
        "Drømmer",
        "Håp i praksis",
        "Tro på fremtiden",
        "Hverdagsaktiviteter",
    ]
    descending = admin_client.get(INDEX_URL, {"ordering": "-element_position"})
    assert column(descending, "Tittel")[0] == "Hverdagsaktiviteter"


def test_theme_chooser_filters_by_element_and_collection(admin_client, themes):
    page = admin_client.get(THEME_CHOOSER_URL)
    soup = BeautifulSoup(page.json()["html"], "html.parser")
    assert soup.select_one("select[name=element]") and soup.select_one("select[name=collection]")

    def titles(params):
        return [row[0] for row in rows(admin_client.get(THEME_RESULTS_URL, {"locale": "nb", **params}))]

    assert titles({"element": "meaning"}) == ["Hverdagsaktiviteter"]
    assert titles({"element": "hope", "collection": "question_bank"}) == ["Drømmer", "Tro på fremtiden"]
    assert titles({"collection": "practical_guide"}) == ["Håp i praksis"]
    assert titles({"element": "hope", "q": "fremtiden"}) == ["Tro på fremtiden"]


def test_question_chooser_finds_questions_by_their_themes_title(admin_client, themes):
    results = rows(admin_client.get(QUESTION_RESULTS_URL, {"q": "fremtiden"}))
    # Each with its theme and element beside it (the admin speaks bokmål: "Håp").
    assert sorted(row[:3] for row in results) == [
        ["Hva drømmer du om?", "Tro på fremtiden", "Håp"],
        ["Hva gir deg håp?", "Tro på fremtiden", "Håp"],
    ]


def test_question_chooser_filters_by_element_and_collection_in_chime_order(admin_client, themes):
    page = admin_client.get(QUESTION_CHOOSER_URL)
    soup = BeautifulSoup(page.json()["html"], "html.parser")
    assert soup.select_one("select[name=element]") and soup.select_one("select[name=collection]")
    # Only the Norwegian source's questions, by element, theme order and question order.
    assert [row[0] for row in rows(page)] == [
        "Hva ønsker du deg?",
        "Hva ville gjort en forskjell?",
        "Hva gir deg håp?",
        "Hva drømmer du om?",
        "Hva gir dagene mening?",
    ]

    def texts(params):
        return [row[0] for row in rows(admin_client.get(QUESTION_RESULTS_URL, params))]

    assert texts({"element": "meaning"}) == ["Hva gir dagene mening?"]
    assert texts({"collection": "practical_guide"}) == ["Hva ville gjort en forskjell?"]
    assert texts({"element": "hope", "collection": "question_bank", "q": "håp"}) == ["Hva gir deg håp?"]


def test_question_chooser_follows_a_renamed_theme(admin_client, themes):
    """The questions' search entries carry their theme's title: publishing a new title
    updates them (modelcluster saves the questions with their theme)."""
    theme = themes[0][1]
    theme.title = "Tro på morgendagen"
    theme.save_revision().publish()
    assert [row[1] for row in rows(admin_client.get(QUESTION_RESULTS_URL, {"q": "morgendagen"}))] == [
        "Tro på morgendagen",
        "Tro på morgendagen",
    ]
    assert rows(admin_client.get(QUESTION_RESULTS_URL, {"q": "fremtiden"})) == []
