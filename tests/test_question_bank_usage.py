"""A question theme's usage report ("Used N times") lists every page that shows the theme,
by any embed kind, in every language, and the count agrees with it everywhere (issue 10, row 5)."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from question_bank.models import QuestionTheme, ThemeCollection

from .conftest import make_theme, make_user

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [
    ("Tro på fremtiden", "Belief in the future"),
    ("Tidlig i samtalen.", "Early in the conversation."),
    ("Hva gir deg håp?", "What gives you hope?"),
]
EXAMPLE_PAIRS = [
    ("Relasjoner som gir håp", "Relationships that give hope"),
    ("Hvem i livet ditt gir deg håp?", "Who in your life gives you hope?"),
    ("Støtte fra andre", "Support from others"),
    ("Relasjoner som oppmuntrer.", "Relationships that encourage."),
    ("Vær en håpsbærer.", "Be a bearer of hope."),
]

# The admin speaks Norwegian to editors (LANGUAGE_CODE): the embed kinds as they read them.
THEME = "Spørsmålstema"
ELEMENT = "Spørsmålsbank for et element"
PICKED = "Utvalgte spørsmål"
GUIDE_ROW = "Rad i praktisk veileder"
# Languages are named in the admin's language, as in a Norwegian sentence.
NB = "Norsk bokmål"
EN = "Engelsk"


def usage_url(theme):
    return reverse("wagtailsnippets_question_bank_questiontheme:usage", args=[theme.pk])


def edit_url(theme):
    return reverse("wagtailsnippets_question_bank_questiontheme:edit", args=[theme.pk])


def theme_block(theme):
    return {"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0}}


def element_block(code="hope"):
    return {"type": "element_themes", "value": {"element": code, "show_guidance": True, "answer_lines": 0}}


def picked_block(question):
    return {"type": "question_set", "value": {"heading": "", "questions": [question.pk], "answer_lines": 0}}


def guide_table(theme):
    row = {
        "subcategory": "Støtte fra andre",
        "meaning": "Relasjoner som oppmuntrer.",
        "support": "Vær en håpsbærer.",
        "example_questions": theme.pk,
        "questions": "",
    }
    return {
        "type": "practical_guide",
        "value": {
            "heading": "",
            "element": "hope",
            "rows": [{"type": "item", "id": str(uuid.uuid4()), "value": row}],
        },
    }


@pytest.fixture
def add_page(home_pages, memory, translate_now):
    """Publishes ``page`` under ``parent`` and, with ``translated=True``, its en twin."""

    def add(parent, page, translated=True):
        parent.add_child(instance=page)
        page.save_revision().publish()
        if translated:
            translate_now(page)
        return page

    return add


@pytest.fixture
def element_page(home_pages, memory, add_page):
    """Makes the nb CHIME element page of ``code`` (and its en twin) with ``body``."""
    from course_pages.models import ChimeElementPage, ChimeOverviewPage

    nb_home, _ = home_pages
    overview = add_page(
        nb_home, ChimeOverviewPage(title=memory.add(("CHIME", "CHIME")), slug=memory.add(("chime", "chime")))
    )

    def make(code, body, title):
        page = ChimeElementPage(
            title=memory.add(title), slug=memory.add((code, code)), element=code, body=body
        )
        return add_page(overview, page)

    return make


@pytest.fixture
def guide_page(home_pages, memory, add_page):
    from course_pages.models import GuideIndexPage, GuidePage

    nb_home, _ = home_pages
    index = add_page(
        nb_home,
        GuideIndexPage(title=memory.add(("Veiledere", "Guides")), slug=memory.add(("veiledere", "guides"))),
    )

    def make(body, title):
        slug = memory.add(tuple(t.lower().replace(" ", "-") for t in title))
        return add_page(index, GuidePage(title=memory.add(title), slug=slug, body=body))

    return make


@pytest.fixture
def editor(db):
    return make_user("redaktor", "Editors")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def hope(translate_now):
    theme = make_theme(
        title="Tro på fremtiden", when_relevant="Tidlig i samtalen.", questions=["Hva gir deg håp?"]
    )
    translate_now(theme, HOPE_PAIRS)
    return theme


@pytest.fixture
def example(translate_now):
    """A practical-guide example theme of the same element: not in the element's question bank."""
    theme = make_theme(
        title="Relasjoner som gir håp",
        questions=["Hvem i livet ditt gir deg håp?"],
        collection=ThemeCollection.PRACTICAL_GUIDE,
    )
    translate_now(theme, EXAMPLE_PAIRS)
    return theme


@pytest.fixture
def pages(hope, example, make_lesson, element_page, guide_page):
    """Every way a page can show "Tro på fremtiden", each page in nb and en."""
    return {
        ("Om håp", "About hope"): make_lesson(
            [theme_block(hope)], title=("Om håp", "About hope"), translated=True
        ),
        ("Håp", "Hope"): element_page("hope", [element_block("hope")], ("Håp", "Hope")),
        ("Samtaleguide", "Conversation guide"): guide_page(
            [element_block("hope"), guide_table(example)], ("Samtaleguide", "Conversation guide")
        ),
        ("Plukkede spørsmål", "Picked questions"): make_lesson(
            [picked_block(hope.questions.get())],
            title=("Plukkede spørsmål", "Picked questions"),
            translated=True,
        ),
    }


def en(instance):
    return instance.get_translation(Locale.objects.get(language_code="en"))


def usage_rows(client, theme):
    """``{page title: (language, embed kinds)}`` as the usage view shows them."""
    response = client.get(usage_url(theme))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    headers = [th.get_text(" ", strip=True) for th in soup.select("table thead th")]
    rows = {}
    for tr in soup.select("table tbody tr"):
        cells = dict(zip(headers, (td.get_text(" ", strip=True) for td in tr.find_all("td")), strict=False))
        rows[cells["Navn"]] = (cells["Språk"], cells["Vises som"])
    return rows


def used_times(client, theme):
    """The "Used N times" ("Brukt N ganger") link in the edit view's status panel, as (text, link)."""
    response = client.get(edit_url(theme))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.find("a", href=usage_url(theme))
    return link.get_text(" ", strip=True), link["href"]


EXPECTED = {
    "Om håp": (NB, THEME),
    "About hope": (EN, THEME),
    "Håp": (NB, ELEMENT),
    "Hope": (EN, ELEMENT),
    "Samtaleguide": (NB, ELEMENT),
    "Conversation guide": (EN, ELEMENT),
    "Plukkede spørsmål": (NB, PICKED),
    "Picked questions": (EN, PICKED),
}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_usage_lists_every_page_showing_the_theme_in_every_language_with_its_embed_kind(
    editor_client, hope, pages, language
):
    theme = hope if language == "nb" else en(hope)
    assert usage_rows(editor_client, theme) == EXPECTED
    assert used_times(editor_client, theme)[0] == "Brukt 8 ganger"


def test_listing_shows_the_same_count(editor_client, hope, pages):
    response = editor_client.get(reverse("wagtailsnippets_question_bank_questiontheme:list") + "?locale=en")
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.find("a", href=usage_url(en(hope)))
    assert link.get_text(" ", strip=True) == "Brukt 8 ganger"


def test_practical_guide_example_is_used_by_its_row_not_by_element_embeds(editor_client, example, pages):
    assert usage_rows(editor_client, example) == {
        "Samtaleguide": (NB, GUIDE_ROW),
        "Conversation guide": (EN, GUIDE_ROW),
    }
    assert used_times(editor_client, en(example))[0] == "Brukt 2 ganger"


def test_a_page_showing_the_theme_twice_is_listed_once_with_both_kinds(editor_client, hope, make_lesson):
    make_lesson([theme_block(hope), element_block("hope")], title=("Begge", "Both"))
    assert usage_rows(editor_client, hope) == {"Begge": (NB, f"{ELEMENT}, {THEME}")}  # kinds sorted
    assert used_times(editor_client, hope)[0] == "Brukt 1 gang"


def test_usage_view_query_count_does_not_grow_with_pages(editor_client, hope, make_lesson):
    make_lesson([theme_block(hope)], title=("Leksjon 1", "Lesson 1"), translated=True)
    with CaptureQueriesContext(connection) as few:
        editor_client.get(usage_url(hope))
    for number in (2, 3, 4):
        make_lesson([theme_block(hope)], title=(f"Leksjon {number}", f"Lesson {number}"), translated=True)
    with CaptureQueriesContext(connection) as many:
        assert len(usage_rows(editor_client, hope)) == 8
    assert len(many.captured_queries) <= len(few.captured_queries)


def theme_form(theme, **changes):
    """The edit form as Wagtail's admin sends it for ``theme``, with ``changes``."""
    questions = list(theme.questions.all())
    data = nested_form_data(
        {
            "element": theme.element,
            "collection": theme.collection,
            "title": theme.title,
            "when_relevant": theme.when_relevant,
            "sort_order": str(theme.sort_order),
            "questions": inline_formset(
                [{"id": q.pk, "text": q.text, "kind": q.kind, "audience": q.audience} for q in questions],
                initial=len(questions),
            ),
        }
    )
    data.update(changes)
    data["action-publish"] = "action-publish"
    return data


def test_a_theme_created_after_the_pages_is_used_by_its_elements_embeds(
    admin_client, editor_client, element_page, guide_page, django_capture_on_commit_callbacks
):
    element_page("meaning", [element_block("meaning")], ("Mening", "Meaning"))
    data = nested_form_data(
        {
            "element": "meaning",
            "collection": "question_bank",
            "title": "Hva gir mening",
            "when_relevant": "",
            "sort_order": "10",
            "questions": inline_formset(
                [{"text": "Hva gir livet ditt mening?", "kind": "conversation", "audience": ""}]
            ),
        }
    )
    data["action-publish"] = "action-publish"
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailsnippets_question_bank_questiontheme:add") + "?locale=nb", data
        )
    assert response.status_code == 302
    theme = QuestionTheme.objects.get(title="Hva gir mening")
    assert usage_rows(editor_client, theme) == {
        "Mening": (NB, ELEMENT),
        "Meaning": (EN, ELEMENT),
    }
    assert used_times(editor_client, theme)[0] == "Brukt 2 ganger"


def test_a_translation_made_after_the_pages_lists_them_too(
    editor_client, make_lesson, element_page, translate_now
):
    theme = make_theme(
        title="Tro på fremtiden", when_relevant="Tidlig i samtalen.", questions=["Hva gir deg håp?"]
    )
    make_lesson([theme_block(theme)], title=("Om håp", "About hope"), translated=True)
    element_page("hope", [element_block("hope")], ("Håp", "Hope"))
    translate_now(theme, HOPE_PAIRS)
    assert usage_rows(editor_client, en(theme)) == {
        "Om håp": (NB, THEME),
        "About hope": (EN, THEME),
        "Håp": (NB, ELEMENT),
        "Hope": (EN, ELEMENT),
    }


@pytest.mark.parametrize(
    "changes, shown_on",
    [
        ({"element": "meaning"}, {"Mening", "Meaning"}),
        ({"collection": "practical_guide"}, set()),
        ({"title": "Håp i hverdagen"}, {"Håp", "Hope"}),
    ],
    ids=["element", "collection", "title"],
)
def test_changing_a_themes_element_or_collection_moves_its_usage(
    admin_client, editor_client, element_page, django_capture_on_commit_callbacks, changes, shown_on
):
    # Not translated: an en twin would keep the old element until the translation is synced.
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    element_page("hope", [element_block("hope")], ("Håp", "Hope"))
    element_page("meaning", [element_block("meaning")], ("Mening", "Meaning"))
    assert set(usage_rows(editor_client, theme)) == {"Håp", "Hope"}
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url(theme), theme_form(theme, **changes))
    assert response.status_code == 302
    theme.refresh_from_db()
    assert theme.live and not theme.has_unpublished_changes
    published = ModelLogEntry.objects.filter(object_id=str(theme.pk), action="wagtail.publish")
    assert published.filter(user__username="admin").count() == 1
    assert set(usage_rows(editor_client, theme)) == shown_on
    count = len(shown_on)
    assert used_times(editor_client, theme)[0] == f"Brukt {count} gang{'' if count == 1 else 'er'}"
