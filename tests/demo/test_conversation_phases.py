"""The phases of a conversation (issue 15) as the demo, the element pages and the admin hold
them: which themes suit which phase, as seed 001 says; phase guide rows that name their phase
in both languages and still read as before; the data migration that names the phase of the
rows of existing pages; the theme's phases in the admin (Norwegian checkboxes, a listing
filter, form errors) and in its translation after a sync.

The demo is loaded once for the tests/demo package (``demo_content``); each test's changes are rolled
back after it.
"""

import json
from importlib import import_module

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from course_pages.models import ChimeElementPage
from question_bank.elements import ELEMENTS
from question_bank.models import QuestionTheme, ThemeCollection
from question_bank.phases import PHASES, phase_from_label

from ..conftest import make_user
from ..test_question_bank_usage import theme_form

pytestmark = pytest.mark.django_db

INDEX_URL = reverse("wagtailsnippets_question_bank_questiontheme:list")
PHASE_CODES = [phase.code for phase in PHASES]

# (element, Norwegian theme title, phase, whether the theme suits it, what in seed 001 says so)
SEED_CASES = [
    ("hope", "Tro på fremtiden", "opening", True, "Håp, «Bruk tidlig i samtalen»; row «Innledende fase»"),
    (
        "hope",
        "Tro på fremtiden",
        "crisis",
        True,
        "Håp, «når personen har mistet troen på fremgang»; "
        "row «Når personen er i motløshet eller akutt krise»",
    ),
    (
        "hope",
        "Erfaringer med endring og motstandskraft",
        "middle",
        True,
        "Håp, «Brukes gjerne midt i samtalen»; "
        "row «Midtfase (prosess og refleksjon)»: «Hva hjalp deg sist gang?»",
    ),
    (
        "hope",
        "Feire små fremskritt",
        "follow_up",
        True,
        "Håp, «Bruk i oppfølgingssamtaler»; row «Oppfølgingsfase»: «Feir små steg og revider mål»",
    ),
    (
        "hope",
        "Realistiske mål og neste steg",
        "middle",
        True,
        "Håp, «Passer i planleggings- og tiltaksfasen»",
    ),
    (
        "hope",
        "Inspirasjon og rollemodeller",
        "group",
        True,
        "Håp, «Bruk i grupper»; "
        "row «Gruppe- og lavterskelsettinger»: «Hva inspirerer dere når ting er vanskelig?»",
    ),
    ("hope", "Håp i fellesskap", "group", True, "Håp, «Egner seg for grupper i aktivitetshus …»"),
    (
        "hope",
        "Håp i fellesskap",
        "opening",
        False,
        "Håp, «Egner seg for grupper»: a group theme, not the opening",
    ),
    (
        "hope",
        "Drømmer og ønsker",
        "crisis",
        False,
        "Håp, row «Når personen er i motløshet eller akutt krise»: «Unngå for store spørsmål om fremtiden»",
    ),
    (
        "identity",
        "Selvbeskrivelse og selvbilde",
        "opening",
        True,
        "Identitet, «Bruk i starten av en prosess»; row «Innledende fase»: «Unngå å fokusere på diagnoser»",
    ),
    (
        "identity",
        "Roller og identitet i hverdagen",
        "middle",
        True,
        "Identitet, row «Midtfase (refleksjon og oppdagelse)»: "
        "«Utforsk tidligere roller, verdier og erfaringer»",
    ),
    (
        "identity",
        "Utforskning sammen",
        "follow_up",
        True,
        "Identitet, «Bruk i avslutning eller tiltaksplan – for å forankre arbeidet»; "
        "row «Oppfølgingsfase (handling og forankring)»",
    ),
    (
        "identity",
        "Styrker og stolthet",
        "group",
        True,
        "Identitet, row «Grupper og aktivitetstilbud»: «Hva i deg er du mest stolt av?»",
    ),
    (
        "identity",
        "Selvaksept og håp for egen identitet",
        "crisis",
        True,
        "Identitet, «der temaer som skam, stigma eller selvbilde dukker opp»; "
        "row «Ved lav selvfølelse eller skam»",
    ),
    (
        "identity",
        "Selvaksept og håp for egen identitet",
        "opening",
        False,
        "Identitet, «Krever trygg relasjon og varme»: not for the opening",
    ),
    (
        "meaning",
        "Hverdagsliv og balanse",
        "middle",
        True,
        "Mening, «Passer i planleggingsfase»; "
        "row «Planleggingsfase»: «Hvordan kan du få mer av dette i hverdagen?»",
    ),
    (
        "meaning",
        "Fellesskap og kollektiv mening",
        "group",
        True,
        "Mening, «Relevante i gruppe- og aktivitetsarenaer»",
    ),
    (
        "connectedness",
        "Å bygge nye relasjoner",
        "middle",
        True,
        "Tilhørighet, «Relevant i planleggings- og tiltaksfasen»; row «Midtfase (planlegging)»",
    ),
    (
        "empowerment",
        "Opplevelse av styrke",
        "crisis",
        True,
        "Myndiggjøring, «gjenoppbygging av handlekraft etter motgang»; "
        "row «Ved lav mestringstro eller passivitet»",
    ),
]

# The rows of each element's «Veiledning for bruk» in seed 001, by phase. Meaning's guide has
# a «Planleggingsfase» row after its «Midtfase» row, and no follow-up row.
GUIDE_ROWS = {
    "connectedness": ["opening", "middle", "follow_up", "group", "crisis"],
    "hope": ["opening", "middle", "follow_up", "group", "crisis"],
    "identity": ["opening", "middle", "follow_up", "group", "crisis"],
    "meaning": ["opening", "middle", "middle", "group", "crisis"],
    "empowerment": ["opening", "middle", "follow_up", "group", "crisis"],
}


def nb_theme(element, title):
    return QuestionTheme.objects.get(
        locale__language_code="nb", element=element, title=title, collection=ThemeCollection.QUESTION_BANK
    )


def element_pages(element):
    """The element's page in nb and in en."""
    pages = ChimeElementPage.objects.filter(element=element)
    return pages.get(locale__language_code="nb"), pages.get(locale__language_code="en")


def guide_rows(page):
    return [row for block in page.body if block.block_type == "phase_guide" for row in block.value["rows"]]


# The demo's themes and the seed


@pytest.mark.parametrize(
    "element, title, phase, suits, seed",
    SEED_CASES,
    ids=[f"{element}-{number}-{phase}" for number, (element, _, phase, _, _) in enumerate(SEED_CASES)],
)
def test_demo_themes_suit_the_phases_seed_001_names(
    demo_content, en_locale, element, title, phase, suits, seed
):
    theme = nb_theme(element, title)
    english = theme.get_translation(en_locale)
    assert theme.phases, f"{title}: the demo gives every theme the phases seed 001 supports"
    assert theme.suits_phase(phase) is suits, f"{title} / {phase}: seed 001 {seed}"
    assert english.phases == theme.phases, f"{english.title}: the translation has other phases"


def test_every_phase_of_an_elements_guide_has_themes_in_both_languages(demo_content):
    for element in ELEMENTS:
        nb_page, _ = element_pages(element.code)
        rows = [row["conversation_phase"] for row in guide_rows(nb_page)]
        assert rows == GUIDE_ROWS[element.code], f"{element.code}: the seed's «Veiledning for bruk» rows"
        for language in ("nb", "en"):
            themes = QuestionTheme.objects.filter(
                locale__language_code=language,
                element=element.code,
                collection=ThemeCollection.QUESTION_BANK,
                live=True,
            )
            for code in set(rows):
                suiting = [theme.title for theme in themes if theme.suits_phase(code)]
                assert suiting, f"{element.code} ({language}): no theme for the guide's {code} row"
            assert all(theme.phases for theme in themes), f"{element.code} ({language}): a theme has no phase"


def test_load_demo_gives_existing_demo_themes_their_phases(
    demo_content, load_demo, en_locale, django_capture_on_commit_callbacks
):
    """A site whose demo themes predate the phases gets them, in both languages, on the next
    ``load_demo``."""
    theme = nb_theme("hope", "Feire små fremskritt")
    theme.phases = []
    theme.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(theme)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=en_locale).save_target(publish=True)
    english = theme.get_translation(en_locale)
    assert english.phases == []

    load_demo()

    theme.refresh_from_db()
    english.refresh_from_db()
    assert theme.phases == english.phases == ["follow_up"], "seed 001: Håp, «Bruk i oppfølgingssamtaler»"
    assert not theme.has_unpublished_changes and not english.has_unpublished_changes


# Element pages: phase guide rows name their phase


@pytest.mark.parametrize("language", ["nb", "en"])
def test_phase_guide_rows_carry_their_phase_and_read_as_before(client, demo_content, language):
    nb_page, en_page = element_pages("hope")
    page = nb_page if language == "nb" else en_page
    rows = guide_rows(page)
    assert [row["conversation_phase"] for row in rows] == GUIDE_ROWS["hope"]

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    table = soup.select_one(".phase-guide table")
    shown = [
        (tr["data-conversation-phase"], tr.th.get_text(strip=True), tr.td.get_text(" ", strip=True))
        for tr in table.select("tbody tr")
    ]
    # The same labels and tips as before, each row with its code for machines only.
    assert shown == [(row["conversation_phase"], row["phase"], row["tips"]) for row in rows]
    assert all(len(tr.find_all(["th", "td"])) == 2 for tr in table.select("tbody tr"))
    names = {"nb": "Gruppesamtaler", "en": "Group conversations"}
    assert names[language] not in table.get_text(), "the phase's own name is not shown to readers"


def test_translation_keeps_the_codes_and_offers_no_segment_for_them(demo_content):
    nb_page, en_page = element_pages("meaning")
    assert [row["conversation_phase"] for row in guide_rows(en_page)] == GUIDE_ROWS["meaning"]
    assert [row["phase"] for row in guide_rows(en_page)][2] == "Planning phase"
    source = TranslationSource.objects.get_for_instance(nb_page)
    paths = StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    phase_rows = [path for path in paths if ".rows." in path and path.endswith(".phase")]
    assert len(phase_rows) == len(GUIDE_ROWS["meaning"]), "each row's label is translated"
    assert not [path for path in paths if "conversation_phase" in path]


# The data migration


@pytest.mark.parametrize(
    "label, code",
    [
        # Seed 001's row labels, OCR repaired, as each element's «Veiledning for bruk» has them.
        ("Innledende fase", "opening"),
        ("Midtfase (planlegging)", "middle"),
        ("Midtfase (refleksjon og planlegging)", "middle"),
        ("Planleggingsfase", "middle"),
        ("Oppfølgingsfase (handling og læring)", "follow_up"),
        ("Gruppe- og lavterskelsettinger", "group"),
        ("I grupper eller kollektive settinger", "group"),
        ("Ved motstand eller lav motivasjon", "crisis"),
        ("Når personen er i motløshet eller akutt krise", "crisis"),
        ("Ved lav selvfølelse eller skam", "crisis"),
        ("I møte med meningsløshet eller apati", "crisis"),
        ("Ved lav mestringstro eller passivitet", "crisis"),
        # The demo's English labels.
        ("Opening phase", "opening"),
        ("Middle phase (reflection and making connections)", "middle"),
        ("Planning phase", "middle"),
        ("Follow-up phase (action and consolidation)", "follow_up"),
        ("In groups or activity programmes", "group"),
        ("When there is resistance or low motivation", "crisis"),
        ("When self-efficacy is low or there is passivity", "crisis"),
        # A row that names none of the phases.
        ("Etter samtalen", ""),
        ("", ""),
    ],
)
def test_a_rows_label_names_its_phase(label, code):
    assert phase_from_label(label) == code


def test_data_migration_fills_the_phase_of_existing_rows_and_revisions(demo_content):
    migration = import_module("course_pages.migrations.0013_fill_phase_guide_conversation_phases")
    pages = element_pages("identity")
    for page in pages:
        # The rows as they were stored before the field existed, plus a row naming no phase
        # and one whose editor already chose a code.
        raw = [dict(block) for block in page.body.raw_data]
        for block in raw:
            if block["type"] == "phase_guide":
                for item in block["value"]["rows"]:
                    item["value"].pop("conversation_phase")
                block["value"]["rows"].append(
                    {"type": "item", "id": "x1", "value": {"phase": "Etter", "tips": "-"}}
                )
                block["value"]["rows"].append(
                    {
                        "type": "item",
                        "id": "x2",
                        "value": {"phase": "Innledende fase", "tips": "-", "conversation_phase": "group"},
                    }
                )
        ChimeElementPage.objects.filter(pk=page.pk).update(body=raw)
        revision = page.latest_revision
        revision.content["body"] = json.dumps(raw)
        revision.save(update_fields=["content"])

    for operation in migration.Migration.operations:
        operation.code(apps, None)

    expected = GUIDE_ROWS["identity"] + ["", "group"]
    for page in pages:
        page = ChimeElementPage.objects.get(pk=page.pk)
        assert [row["conversation_phase"] for row in guide_rows(page)] == expected, page.url
        draft = page.get_latest_revision_as_object()
        assert [row["conversation_phase"] for row in guide_rows(draft)] == expected, "the revision too"


# The admin


def norwegian_editor(client, group="Editors", **extra):
    """A user of ``group`` whose admin is in Norwegian, logged in with ``client``."""
    editor = make_user("redaktor", group, **extra)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nb"
    profile.save()
    client.force_login(editor)
    return editor


def edit_url(theme):
    return reverse("wagtailsnippets_question_bank_questiontheme:edit", args=[theme.pk])


def test_theme_form_shows_the_phases_as_norwegian_checkboxes(client, demo_content):
    norwegian_editor(client)
    theme = nb_theme("hope", "Tro på fremtiden")
    soup = BeautifulSoup(client.get(edit_url(theme)).content, "html.parser")
    boxes = soup.select("input[type=checkbox][name=phases]")
    labels = [soup.select_one(f"label[for={box['id']}]").get_text(strip=True) for box in boxes]
    assert labels == [
        "Innledende fase",
        "Midtfase",
        "Oppfølgingsfase",
        "Gruppesamtaler",
        "Krise eller lav motivasjon",
    ]
    assert [box["value"] for box in boxes if box.has_attr("checked")] == ["opening", "crisis"]
    assert soup.select_one("#panel-phases-heading").get_text(strip=True) == "Faser i samtalen"


def test_an_editors_phases_reach_the_translation_when_synced(
    client, demo_content, en_locale, django_capture_on_commit_callbacks
):
    # One who may publish both languages: Wagtail's editors send their changes to moderation.
    norwegian_editor(client, None, is_superuser=True)
    theme = nb_theme("hope", "Tro på fremtiden")
    english = theme.get_translation(en_locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(theme), theme_form(theme, phases=["group", "follow_up"]))
    assert response.status_code == 302, response.content.decode()[:2000]
    theme.refresh_from_db()
    assert theme.phases == ["follow_up", "group"], "saved in the vocabulary's order"
    english.refresh_from_db()
    assert english.phases == ["opening", "crisis"], "the translation keeps its phases until synced"

    # "Sync translated snippets" with "Publish immediately", as wagtail-localize offers it.
    source = TranslationSource.objects.get_for_instance(theme)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.phases == ["follow_up", "group"]
    assert english.live_revision.content["phases"] == ["follow_up", "group"]


@pytest.mark.parametrize("phases", [["someday"], ["opening", "<script>"], ['["opening"]'], ["OPENING"]])
def test_bad_phases_are_a_form_error_and_save_nothing(client, demo_content, phases):
    norwegian_editor(client)
    theme = nb_theme("hope", "Tro på fremtiden")
    revisions = theme.revisions.count()
    response = client.post(edit_url(theme), theme_form(theme, phases=phases))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    errors = soup.select("#id_phases-errors, [id$='phases-errors'], .w-field__errors")
    assert any("gyldig" in error.get_text() for error in errors), "a Norwegian form error on the phases"
    theme.refresh_from_db()
    assert theme.phases == ["opening", "crisis"] and theme.revisions.count() == revisions


def listing_titles(client, params):
    response = client.get(INDEX_URL, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {a.get_text(strip=True) for a in soup.select(".title-wrapper > a")}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_listing_filters_themes_by_phase(admin_client, demo_content, language):
    themes = QuestionTheme.objects.filter(locale__language_code=language)
    crisis = listing_titles(admin_client, {"phase": "crisis", "locale": language})
    assert crisis == {theme.title for theme in themes if theme.suits_phase("crisis")}
    if language == "nb":
        soup = BeautifulSoup(admin_client.get(INDEX_URL).content, "html.parser")
        offered = " ".join(field.get_text(" ", strip=True) for field in soup.select("[name=phase]"))
        assert "Krise eller lav motivasjon" in offered, "the listing's filters offer the phases in Norwegian"
        assert {"Selvaksept og håp for egen identitet", "Tro på fremtiden"} <= crisis
        assert "Håp i fellesskap" not in crisis
    # Combined with another filter.
    hope_groups = listing_titles(admin_client, {"phase": "group", "element": "hope", "locale": language})
    assert len(hope_groups) == 2
    # A phase that does not exist is an invalid filter, which Wagtail's listing ignores.
    assert listing_titles(admin_client, {"phase": "someday", "locale": language})
