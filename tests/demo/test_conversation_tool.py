"""The conversation tool (issue 15), as a service provider preparing tomorrow's conversation
meets it on the demo content: choose elements, phase, audience and themes in a GET form; get
the matching questions grouped by element and theme with each element's guidance for the
phase; print them or download a fillable PDF of exactly that set. Nothing is stored, no cookie
is set, a mistyped link still answers, and the result page costs a bounded number of queries.

The demo is loaded once for the tests/demo package (``demo_content``); each test's changes are rolled back.
"""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from wagtail.models import Locale

from course_pages.models import ChimeOverviewPage, ConversationToolPage
from question_bank.elements import ELEMENTS
from question_bank.models import QuestionTheme, ThemeCollection

pytestmark = pytest.mark.django_db

LANGUAGES = ("nb", "en")


def tool(language):
    return ConversationToolPage.objects.live().get(locale__language_code=language)


def soup_of(response):
    assert response.status_code == 200, response.content[:500]
    return BeautifulSoup(response.content, "html.parser")


def pdf_of(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def live_themes(language, element):
    return list(
        QuestionTheme.objects.filter(
            locale__language_code=language,
            element=element,
            live=True,
            collection=ThemeCollection.QUESTION_BANK,
        ).order_by("sort_order", "title")
    )


def shown_questions(soup):
    return [item.get_text(strip=True) for item in soup.select(".tool-result .question__text")]


def shown_themes(soup):
    return [title.get_text(strip=True) for title in soup.select(".tool-result .question-theme__title")]


def count_heading(soup):
    return soup.select_one(".tool-result #result").get_text(" ", strip=True)


def nb_id(theme):
    """The id the form offers for ``theme``: its Norwegian source's."""
    return QuestionTheme.objects.get(translation_key=theme.translation_key, locale__language_code="nb").pk


# The form and the result


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_element_gives_its_question_bank_in_the_page_language(client, demo_content, language):
    themes = live_themes(language, "hope")
    expected = [q.text for theme in themes for q in theme.questions.all()]
    soup = soup_of(client.get(tool(language).url, {"element": "hope"}))
    assert shown_themes(soup) == [theme.title for theme in themes]
    assert shown_questions(soup) == expected
    assert count_heading(soup).startswith(str(len(expected)))
    assert [h.get_text(strip=True) for h in soup.select(".tool-element__title")] == [
        "Håp" if language == "nb" else "Hope"
    ]
    # Nothing on an English page is marked Norwegian when every theme is translated.
    assert language == "nb" or not soup.select('.tool-result [lang="nb"]')


@pytest.mark.parametrize("language", LANGUAGES)
def test_chosen_themes_narrow_their_element_and_bring_it_in(client, demo_content, language):
    hope = live_themes(language, "hope")
    meaning = live_themes(language, "meaning")
    query = {"element": "hope", "theme": [nb_id(hope[0]), nb_id(meaning[1])]}
    soup = soup_of(client.get(tool(language).url, query))
    assert shown_themes(soup) == [hope[0].title, meaning[1].title]
    assert [h["id"] for h in soup.select(".tool-element__title")] == ["element-hope", "element-meaning"]
    # The form shows the choice it answers.
    assert soup.select_one(f'input[name="theme"][value="{nb_id(hope[0])}"]').has_attr("checked")
    assert soup.select_one('input[name="element"][value="hope"]').has_attr("checked")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_english_id_of_a_theme_is_understood_too(client, demo_content, language):
    """A link made on either language's page works on both."""
    english = live_themes("en", "identity")[2]
    soup = soup_of(client.get(tool(language).url, {"theme": english.pk}))
    shown = english if language == "en" else live_themes("nb", "identity")[2]
    assert shown_themes(soup) == [shown.title]
    assert not soup.select(".tool-ignored")


@pytest.mark.parametrize("language", LANGUAGES)
def test_audience_keeps_the_questions_for_them_and_for_anyone(client, demo_content, language):
    themes = live_themes(language, "hope")
    questions = [q for theme in themes for q in theme.questions.all()]
    for_groups = [q.text for q in questions if q.audience == "group"]
    assert for_groups, "the demo's Hope bank has questions for groups"
    soup = soup_of(client.get(tool(language).url, {"element": "hope", "audience": "service_user"}))
    assert shown_questions(soup) == [q.text for q in questions if q.audience in ("", "service_user")]
    soup = soup_of(client.get(tool(language).url, {"element": "hope", "audience": "group"}))
    assert set(for_groups) <= set(shown_questions(soup))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("element", "phase"), [("hope", "opening"), ("connectedness", "group"), ("meaning", "crisis")]
)
def test_phase_gives_the_themes_and_guidance_of_the_seeds_phase_guide(
    client, demo_content, language, element, phase
):
    """Seed 001's phase guide of each element, as the demo data modules hold it: the themes
    it recommends for the phase, and the row's purpose and tips above them."""
    from importlib import import_module

    bank = import_module(f"question_bank.demo_content.{element}").THEMES
    guide = import_module(f"course_pages.demo_content.{element}").PHASE_GUIDE
    position = LANGUAGES.index(language)
    expected_themes = [theme["title"][position] for theme in bank if phase in theme["phases"]]
    (row,) = [row for row in guide if row[0] == phase]
    soup = soup_of(client.get(tool(language).url, {"element": element, "phase": phase}))
    assert expected_themes
    assert sorted(shown_themes(soup)) == sorted(expected_themes)
    guidance = soup.select_one(f"#element-{element}").find_parent("section").select(".tool-guidance")
    assert [g.get_text(" ", strip=True) for g in guidance] == [f"{row[1][position]}: {row[2][position]}"]


def test_phase_keeps_the_themes_that_suit_it(client, demo_content):
    themes = live_themes("nb", "connectedness")
    QuestionTheme.objects.filter(element="connectedness").update(phases=[])
    for theme in themes[:2]:
        QuestionTheme.objects.filter(translation_key=theme.translation_key).update(phases=["crisis"])
    soup = soup_of(client.get(tool("nb").url, {"element": "connectedness", "phase": "crisis"}))
    assert shown_themes(soup) == [theme.title for theme in themes[:2]]
    assert "Krise eller lav motivasjon" in soup.select_one(".tool-result__summary").get_text()


def test_a_phase_gives_the_same_themes_in_both_languages_before_a_sync(client, demo_content):
    """An editor ticks a phase on a Norwegian theme and publishes it; its English translation
    gets the phases at its next sync. The same URL gives the same themes in both meanwhile."""
    theme = next(t for t in live_themes("nb", "hope") if "crisis" not in t.phases)
    theme.phases = [*theme.phases, "crisis"]
    theme.save_revision().publish()
    english = theme.get_translation(Locale.objects.get(language_code="en"))
    assert "crisis" not in english.phases  # not synced yet
    query = {"element": "hope", "phase": "crisis"}
    nb_titles = shown_themes(soup_of(client.get(tool("nb").url, query)))
    en_titles = shown_themes(soup_of(client.get(tool("en").url, query)))
    assert theme.title in nb_titles
    assert english.title in en_titles
    assert len(nb_titles) == len(en_titles)


@pytest.mark.parametrize("language", LANGUAGES)
def test_print_and_pdf_of_the_bare_address_give_every_element(client, demo_content, language):
    """The page of the bare address is the empty form; its print view gives what "nothing
    chosen" means in the form: all five elements' questions."""
    page = tool(language)
    everything = soup_of(client.get(page.url, {"lines": "3"}))
    printed = soup_of(client.get(page.url + "print/"))
    assert len(printed.select(".question__text")) == len(shown_questions(everything)) > 100
    fields = pdf_of(client.get(page.url + "pdf/")).get_fields() or {}
    assert len([name for name in fields if "plan" not in name]) >= len(shown_questions(everything))


def test_empty_result_says_so_and_suggests_widening(client, demo_content):
    QuestionTheme.objects.filter(element="hope").update(phases=[])
    soup = soup_of(client.get(tool("nb").url, {"element": "hope", "phase": "crisis"}))
    assert count_heading(soup).startswith("0 ")
    assert "Utvid valget" in soup.select_one(".tool-result__empty").get_text()
    assert not soup.select(".print-links")


def test_malformed_parameters_are_ignored_with_a_visible_note(client, demo_content):
    query = "element=hope&element=zeal&phase=dusk&lines=99&theme=abc&theme=999999&colour=red&plan=maybe"
    response = client.get(f"{tool('nb').url}?{query}")
    soup = soup_of(response)
    note = soup.select_one(".tool-ignored").get_text(" ", strip=True)
    for ignored in (
        "element=zeal",
        "phase=dusk",
        "lines=99",
        "theme=abc",
        "theme=999999",
        "colour",
        "plan=maybe",
    ):
        assert ignored in note
    # What was understood still answers.
    assert shown_themes(soup) == [theme.title for theme in live_themes("nb", "hope")]
    assert soup.select_one('input[name="lines"]')["value"] == "3"


def test_a_shared_links_campaign_parameters_pass_without_a_note(client, demo_content):
    """A newsletter or a social site adds utm_* and click ids to the link a reader follows."""
    query = "element=hope&utm_source=nyhetsbrev&UTM_MEDIUM=e-post&utm_campaign=host&fbclid=IwAR0abc&_gl=1*x"
    soup = soup_of(client.get(f"{tool('nb').url}?{query}"))
    assert not soup.select(".tool-ignored")
    assert shown_themes(soup) == [theme.title for theme in live_themes("nb", "hope")]
    # Only campaign parameters: the empty form, as without them.
    soup = soup_of(client.get(tool("nb").url, {"utm_source": "nyhetsbrev"}))
    assert not soup.select(".tool-ignored") and not soup.select(".tool-result")


@pytest.mark.parametrize("suffix", ["", "print/", "pdf/"])
def test_nonsense_never_breaks_a_view(client, demo_content, suffix):
    url = tool("nb").url + suffix
    for query in (
        "lines=-1&lines=abc",
        "theme=1e9",
        "element=",
        "phase=&audience=%00",
        "%ZZ=1",
        "plan=1&plan=0",
        # Digits int() does not read: superscript two, and a line count in Arabic-Indic digits.
        "theme=%C2%B2",
        "theme=" + "1" * 5000,
        "lines=%D9%A3",
    ):
        assert client.get(f"{url}?{query}").status_code == 200, query


def test_form_is_a_get_form_of_fieldsets_without_csrf(client, demo_content):
    soup = soup_of(client.get(tool("nb").url))
    form = soup.select_one("form.tool-form")
    assert form["method"] == "get"
    assert form["action"].endswith("#result")
    assert not form.select('input[name="csrfmiddlewaretoken"]')
    legends = [legend.get_text(strip=True) for legend in form.select("fieldset > legend")]
    assert legends[:3] == ["CHIME-elementer", "Fase i samtalen", "Spørsmål til"]
    assert [i["type"] for i in form.select('input[name="phase"]')] == ["radio"] * 6
    assert form.select_one('input[name="plan"]')["type"] == "checkbox"
    assert not soup.select(".tool-result")  # no result before a choice


@pytest.mark.parametrize("suffix", ["", "print/", "pdf/"])
def test_no_cookie_and_no_shared_caching_of_a_selection(client, demo_content, suffix):
    response = client.get(tool("nb").url + suffix, {"element": "hope", "plan": "1"})
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    if not suffix:
        assert "no-store" in response["Cache-Control"]


def test_privacy_statement_says_answers_never_reach_the_server(client, demo_content):
    nb = soup_of(client.get(tool("nb").url)).select_one(".tool-privacy").get_text()
    en = soup_of(client.get(tool("en").url)).select_one(".tool-privacy").get_text()
    assert "aldri sendt til oss" in nb
    assert "never sent to us" in en


# Fallback to the Norwegian source


def test_an_untranslated_theme_is_shown_in_norwegian_marked_so(client, demo_content):
    source = live_themes("nb", "hope")[0]
    english = QuestionTheme.objects.get(translation_key=source.translation_key, locale__language_code="en")
    english.unpublish()
    page = tool("en")
    soup = soup_of(client.get(page.url, {"element": "hope"}))
    section = soup.select(".tool-result .question-theme")[0]
    assert section["lang"] == "nb"
    assert section.select_one(".question-theme__title").get_text(strip=True) == source.title
    label = soup.select_one(f'label[for="theme-{source.pk}"]')
    assert label["lang"] == "nb"
    reader = pdf_of(client.get(page.url + "pdf/", {"element": "hope"}))
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_guidance_of_an_untranslated_element_page_is_marked_norwegian(client, demo_content):
    from course_pages.models import ChimeElementPage

    ChimeElementPage.objects.get(locale__language_code="en", element="hope").unpublish()
    soup = soup_of(client.get(tool("en").url, {"element": ["hope", "meaning"], "phase": "opening"}))
    hope = soup.select_one("#element-hope").find_parent("section").select_one(".tool-guidance")
    meaning = soup.select_one("#element-meaning").find_parent("section").select_one(".tool-guidance")
    assert hope["lang"] == "nb"
    assert hope.get_text(strip=True).startswith("Innledende fase:")
    assert not meaning.has_attr("lang")


# Print view and PDF


@pytest.mark.parametrize("language", LANGUAGES)
def test_print_and_pdf_links_carry_exactly_the_selection(client, demo_content, language):
    page = tool(language)
    soup = soup_of(client.get(page.url, {"element": ["meaning", "hope"], "audience": "group", "lines": "5"}))
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".tool-result .print-links a")}
    assert len(links) == 2
    for href in links.values():
        parts = urlsplit(href)
        assert parts.path in (page.url + "print/", page.url + "pdf/")
        assert parse_qs(parts.query) == {
            "element": ["hope", "meaning"],
            "audience": ["group"],
            "lines": ["5"],
        }


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_has_one_answer_field_per_question_named_by_it(client, demo_content, language):
    page = tool(language)
    themes = live_themes(language, "hope")
    expected = [q.text for q in themes[0].questions.all()] + [q.text for q in themes[3].questions.all()]
    query = {"theme": [nb_id(themes[0]), nb_id(themes[3])], "lines": "4"}
    reader = pdf_of(client.get(page.url + "pdf/", query))
    fields = [
        annotation.get_object()
        for pdf_page in reader.pages
        for annotation in pdf_page.get("/Annots", []) or []
        if annotation.get_object().get("/FT") == "/Tx"
    ]
    assert [str(field["/TU"]) for field in fields] == expected
    assert reader.trailer["/Root"]["/Lang"] == language
    print_soup = soup_of(client.get(page.url + "print/", query))
    assert [t["title"] for t in print_soup.select("textarea.answer-box")] == expected
    assert {t["rows"] for t in print_soup.select("textarea.answer-box")} == {"4"}


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("nb", {"Mine mål", "Neste steg", "Støttepersoner"}),
        ("en", {"My goals", "Next steps", "Support persons"}),
    ],
)
def test_pdf_appends_the_conversation_plan_on_request(client, demo_content, language, labels):
    page = tool(language)
    theme = live_themes(language, "identity")[0]
    without = pdf_of(client.get(page.url + "pdf/", {"theme": nb_id(theme)})).get_fields()
    with_plan = pdf_of(client.get(page.url + "pdf/", {"theme": nb_id(theme), "plan": "1"})).get_fields()
    assert not labels & {str(f.get("/TU")) for f in without.values()}
    assert labels <= {str(f.get("/TU")) for f in with_plan.values()}


def test_pdf_is_cached_per_selection_and_rebuilt_after_a_theme_is_published(client, demo_content, builds):
    url = tool("nb").url + "pdf/"
    first = client.get(url, {"element": "hope"}).content
    assert client.get(url, {"element": "hope"}).content == first
    assert len(builds) == 1
    client.get(url, {"element": "hope", "lines": "2"})
    assert len(builds) == 2, "another selection is another PDF"

    theme = live_themes("nb", "hope")[1]
    draft = theme.get_latest_revision_as_object()
    draft.title = "Erfaringer med endring – ny tittel"
    draft.save_revision()
    client.get(url, {"element": "hope"})
    assert len(builds) == 2, "a draft does not change the PDF"
    draft.get_latest_revision().publish()
    client.get(url, {"element": "hope"})
    assert len(builds) == 3
    assert "Erfaringer med endring – ny tittel" in builds[-1]


# Speed


def test_result_page_costs_at_most_15_queries_whatever_the_selection(
    client, demo_content, django_assert_max_num_queries
):
    every_theme = [nb_id(t) for e in ELEMENTS for t in live_themes("nb", e.code)]
    selections = [
        {},
        {"element": [e.code for e in ELEMENTS]},
        {"element": [e.code for e in ELEMENTS], "phase": "opening", "audience": "group", "plan": "1"},
        {"theme": every_theme, "phase": "middle", "lines": "10"},
    ]
    for language in LANGUAGES:
        page = tool(language)
        client.get(page.url)  # warm the per-process caches (site root paths, content types)
        for selection in selections:
            with django_assert_max_num_queries(15):
                assert client.get(page.url, selection).status_code == 200, selection


# Ready-made sets, placement, search


@pytest.mark.parametrize(
    ("language", "title"), [("nb", "Første samtale – Håp"), ("en", "First conversation – Hope")]
)
def test_ready_made_sets_are_links_in_the_page_language(client, demo_content, language, title):
    page = tool(language)
    soup = soup_of(client.get(page.url))
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".tool-sets a")}
    assert len(links) >= 3
    parts = urlsplit(links[title])
    assert parts.path == page.url
    assert parse_qs(parts.query) == {"element": ["hope"], "phase": ["opening"], "lines": ["3"]}
    # A set with a theme gives the same theme id in both languages.
    hard = next(href for text, href in links.items() if text.startswith(("Når det er tungt", "When things")))
    strengths = QuestionTheme.objects.get(
        locale__language_code="nb", title="Styrker og ressurser", element="hope"
    )
    assert parse_qs(urlsplit(hard).query)["theme"] == [str(strengths.pk)]


def test_a_set_not_live_in_english_is_offered_there_in_norwegian_marked_so(client, demo_content):
    """A reader of the English page gets every live set: an untranslated one, or one whose
    translation is a draft, in Norwegian, marked ``lang="nb"`` for screen readers."""
    from course_pages.models import ConversationSet

    def offered():
        soup = soup_of(client.get(tool("en").url))
        return [(li.a.get_text(strip=True), li.get("lang")) for li in soup.select(".tool-sets li")]

    new = ConversationSet(locale=Locale.get_default(), title="Oppfølging – Mening", elements=["meaning"])
    new.save()
    new.save_revision().publish()
    first = ConversationSet.objects.get(locale__language_code="en", title="First conversation – Hope")
    first.unpublish()

    shown = offered()
    assert ("Oppfølging – Mening", "nb") in shown
    assert ("Første samtale – Håp", "nb") in shown and ("First conversation – Hope", None) not in shown
    # Every other set once, in English.
    assert len(shown) == ConversationSet.objects.filter(locale__language_code="nb", live=True).count()
    assert [lang for _title, lang in shown].count(None) == len(shown) - 2


def test_one_tool_per_language_under_the_chime_overview(demo_content):
    overview = ChimeOverviewPage.objects.get(locale__language_code="nb")
    assert ConversationToolPage.can_create_at(overview)
    assert not ConversationToolPage.can_create_at(overview.get_parent())
    second = ConversationToolPage(title="Enda et verktøy", slug="enda-et", locale=Locale.get_default())
    with pytest.raises(ValidationError):
        second.clean()


@pytest.mark.parametrize("language", LANGUAGES)
def test_chime_overview_links_to_the_tool(client, demo_content, language):
    overview = ChimeOverviewPage.objects.get(locale__language_code=language)
    soup = soup_of(client.get(overview.url))
    assert soup.select_one(f'.tool-link a[href="{tool(language).url}"]') is not None


def test_search_finds_the_tool(client, demo_content):
    from course_pages.models import SearchPage

    search = SearchPage.objects.get(locale__language_code="nb")
    soup = soup_of(client.get(search.url, {"q": "samtaleverktøy"}))
    assert tool("nb").url in [a["href"] for a in soup.select(".search-results a")]


# The page cache (caching.py): the empty form is cached, and purged when what it offers changes


def test_cached_tool_page_follows_theme_and_set_publishing(client, demo_content, django_assert_num_queries):
    from course_pages.models import ConversationSet

    url = tool("nb").url

    def get():
        return client.get(url, HTTP_HOST="localhost")  # the default Site's host: cached

    get()
    with django_assert_num_queries(0):
        assert get().status_code == 200

    theme = live_themes("nb", "meaning")[0]
    theme.title = "Et nytt tema om mening"
    theme.save_revision().publish()
    assert "Et nytt tema om mening" in get().content.decode()

    conversation_set = ConversationSet.objects.get(locale__language_code="nb", title="Første samtale – Håp")
    conversation_set.title = "Første samtale om håp"
    conversation_set.save_revision().publish()
    assert "Første samtale om håp" in get().content.decode()

    # A selection is never stored: each view builds it anew.
    assert "no-store" in client.get(url, {"element": "hope"}, HTTP_HOST="localhost")["Cache-Control"]


# Ready-made sets in the admin


def test_editor_keeps_ready_made_sets_in_norwegian_admin(client, demo_content):
    from django.urls import reverse

    from course_pages.models import ConversationSet

    from ..conftest import make_user

    client.force_login(make_user("redaktor", "Editors"))
    listing = client.get(reverse("wagtailsnippets_course_pages_conversationset:list"))
    assert listing.status_code == 200
    assert "Ferdige spørsmålssett" in listing.content.decode()
    hard = ConversationSet.objects.get(locale__language_code="nb", title="Når det er tungt – Håp")
    url = reverse("wagtailsnippets_course_pages_conversationset:edit", args=[hard.pk])
    form = soup_of(client.get(url))
    strengths = QuestionTheme.objects.get(
        locale__language_code="nb", title="Styrker og ressurser", element="hope"
    )
    assert form.select_one(f'input[name="themes"][value="{strengths.pk}"]').has_attr("checked")
    assert (
        len(form.select('input[name="themes"]'))
        == QuestionTheme.objects.filter(locale__language_code="nb", collection=ThemeCollection.QUESTION_BANK)
        .exclude(element="")
        .count()
    )

    other = live_themes("nb", "hope")[0]
    data = {
        "title": "Når det er tungt – Håp",
        "description": hard.description,
        "elements": ["hope"],
        "phase": "crisis",
        "audience": "",
        "themes": [str(strengths.pk), str(other.pk)],
        "answer_lines": "4",
        "sort_order": "40",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    draft = ConversationSet.objects.get(pk=hard.pk).get_latest_revision_as_object()
    assert sorted(draft.themes) == sorted([strengths.pk, other.pk])
    assert draft.answer_lines == 4
    # An editor saves a draft; the page keeps showing the live set until a moderator publishes.
    assert ConversationSet.objects.get(pk=hard.pk).answer_lines == 3


def test_translator_edits_the_english_sets_only(client, demo_content):
    from django.urls import reverse

    from course_pages.models import ConversationSet

    from ..conftest import role_user

    client.force_login(role_user("translator"))
    first = ConversationSet.objects.get(locale__language_code="nb", title="Første samtale – Håp")
    english = first.get_translation(Locale.objects.get(language_code="en"))

    def edit(conversation_set):
        return client.get(
            reverse("wagtailsnippets_course_pages_conversationset:edit", args=[conversation_set.pk])
        )

    assert edit(english).status_code == 200
    assert edit(first).status_code in (302, 403)
