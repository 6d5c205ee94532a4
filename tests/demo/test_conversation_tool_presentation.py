"""The conversation tool as a tester met it on the demo content: a form in the site's design
(Designsystemet's components, help text on its own line), a print view and PDF that say where
the set is found again and let a theme run over pages, a language switch that keeps the
selection, plain wording, a short note on what was not understood, a word where an element's
guide has no row for the phase, and the ready-made sets' admin listing (issue 15's follow-up).

The demo is loaded once for the tests/demo package (``demo_content``).
"""

import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from pypdf import PdfReader

from course_pages.models import ConversationToolPage

pytestmark = pytest.mark.django_db


def tool(language):
    return ConversationToolPage.objects.live().get(locale__language_code=language)


def soup_of(response):
    assert response.status_code == 200, response.content[:500]
    return BeautifulSoup(response.content, "html.parser")


# 1. The form in the site's design


def test_form_uses_designsystemet_fields_and_button(client, demo_content):
    form = soup_of(client.get(tool("nb").url)).select_one("form.tool-form")
    choices = form.select('input[type="checkbox"], input[type="radio"]')
    assert len(choices) > 20
    for choice in choices:
        # Designsystemet's 24 px box, in a field row with its label.
        assert "ds-input" in choice["class"], choice
        field = choice.parent
        assert "ds-field" in field["class"], choice
        assert field.select_one(f'label[for="{choice["id"]}"]') is not None
    assert {"ds-fieldset"} <= set(form.select_one("fieldset")["class"])
    button = form.select_one('button[type="submit"]')
    assert "ds-button" in button["class"]
    assert button.get_text(strip=True) == "Vis spørsmål"


def test_lines_help_is_its_own_line_tied_to_the_field(client, demo_content):
    form = soup_of(client.get(tool("nb").url)).select_one("form.tool-form")
    lines = form.select_one('input[name="lines"]')
    assert "ds-input" in lines["class"]
    label = form.select_one(f'label[for="{lines["id"]}"]')
    help_text = form.select_one(f"#{lines['aria-describedby']}")
    # A block of its own (not a span running on from the label), outside the label.
    assert help_text.name == "p"
    assert help_text.get_text(strip=True) == "På utskrift og i PDF; fra 1 til 10."
    assert label.get_text(strip=True) == "Svarlinjer under hvert spørsmål"
    assert help_text.find_parent("label") is None


def test_every_class_of_the_form_is_styled(client, demo_content):
    """The form's own classes (``tool-form…``) all have rules in site.css."""
    css = (Path(settings.BASE_DIR) / "site/static/css/site.css").read_text()
    soup = soup_of(client.get(tool("nb").url, {"element": "hope", "phase": "opening", "colour": "red"}))
    used = {name for tag in soup.select("main [class]") for name in tag["class"]}
    used = {name for name in used if name.startswith("tool-form")}
    assert {"tool-form", "tool-form__option", "tool-form__group", "tool-form__help"} <= used
    unstyled = sorted(name for name in used if not re.search(rf"\.{re.escape(name)}(?![\w-])", css))
    assert unstyled == []


# 2. Print view and PDF


@pytest.mark.parametrize("language", ["nb", "en"])
def test_print_writes_out_the_whole_address_of_the_set(client, demo_content, language):
    page = tool(language)
    soup = soup_of(client.get(page.url + "print/", {"element": "hope", "phase": "opening", "lines": "2"}))
    link = soup.select_one(".print-footer a")
    shown = link.get_text(strip=True)
    assert shown == link["href"]
    parts = urlsplit(shown)
    assert parts.path == page.url
    assert parse_qs(parts.query) == {"element": ["hope"], "phase": ["opening"], "lines": ["2"]}


def test_print_css_has_no_resize_handles_on_paper():
    css = (Path(settings.BASE_DIR) / "site/static/css/print.css").read_text()
    print_rules = "".join(re.findall(r"@media print\s*{(.*?)\n}", css, re.S))
    assert re.search(r"textarea\s*{[^}]*resize:\s*none", print_rules)


def test_pdf_lets_a_theme_run_over_pages_keeping_each_question_with_its_box(client, demo_content):
    """The tester's set filled nine pages, each theme kept whole on a page of its own; now a
    theme breaks between questions, and each answer box is on the page of its question."""
    query = {"phase": "follow_up", "lines": "2", "plan": "1"}
    printed = soup_of(client.get(tool("nb").url + "print/", query))
    theme_of = {
        box["title"]: theme.select_one(".question-theme__title").get_text(strip=True)
        for theme in printed.select(".tool-element .question-theme")
        for box in theme.select("textarea.answer-box")
    }
    reader = PdfReader(io.BytesIO(client.get(tool("nb").url + "pdf/", query).content))
    assert len(reader.pages) < 9
    pages_of_theme = {}
    for number, pdf_page in enumerate(reader.pages):
        text = re.sub(r"\s+", " ", pdf_page.extract_text())
        for annotation in pdf_page.get("/Annots", []) or []:
            field = annotation.get_object()
            if field.get("/FT") != "/Tx" or str(field["/TU"]) not in theme_of:
                continue
            question = str(field["/TU"])
            assert " ".join(question.split()[:4]) in text, f"page {number + 1}: the box of “{question}” alone"
            pages_of_theme.setdefault(theme_of[question], set()).add(number)
    assert set(pages_of_theme) == set(theme_of.values())
    assert any(len(pages) > 1 for pages in pages_of_theme.values()), "no theme goes on over a page"


# 3. The language switch keeps the selection


def test_language_switch_keeps_the_selection(client, demo_content):
    english = soup_of(client.get(tool("en").url, {"element": "hope", "phase": "crisis", "audience": "group"}))
    for selector in (".language-switch a[hreflang=nb]", ".site-footer__languages a[hreflang=nb]"):
        link = english.select_one(selector) or english.select_one(
            selector.replace("[hreflang=nb]", "[lang=nb]")
        )
        parts = urlsplit(link["href"])
        assert parts.path == tool("nb").url, selector
        query = parse_qs(parts.query)
        assert (
            query["element"] == ["hope"] and query["phase"] == ["crisis"] and query["audience"] == ["group"]
        )
    # Canonical and hreflang alternates name the tool itself, without a selection.
    assert all("?" not in link["href"] for link in english.select('link[rel="alternate"][hreflang]'))
    # The empty form's switch goes to the empty form.
    plain = soup_of(client.get(tool("en").url))
    assert plain.select_one(".language-switch a[hreflang=nb]")["href"] == tool("nb").url


# 4. Wording


@pytest.mark.parametrize(
    ("language", "summary", "help_text"),
    [
        (
            "nb",
            "Spørsmål til tjenestemottaker og til alle.",
            "Velg temaer hvis du bare vil ha dem, og ikke hele elementet.",
        ),
        (
            "en",
            "Questions for the service user and for everyone.",
            "Choose themes to get only those, not the whole element.",
        ),
    ],
)
def test_wording_of_the_summary_and_the_theme_help(client, demo_content, language, summary, help_text):
    soup = soup_of(client.get(tool(language).url, {"element": "hope", "audience": "service_user"}))
    assert soup.select_one(".tool-result__summary").get_text(strip=True) == summary
    assert soup.select_one(".tool-form__themes .tool-form__help").get_text(strip=True) == help_text


def test_intro_speaks_of_chime_elements_as_the_form_does(client, demo_content):
    intro = soup_of(client.get(tool("nb").url)).select_one(".page-header .lead").get_text()
    assert "CHIME-elementer" in intro and "CHIME-prosesser" not in intro


# 5. The note on what was not understood


def test_note_shortens_long_values(client, demo_content):
    soup = soup_of(client.get(tool("nb").url, {"lines": "9" * 300, "element": "hope"}))
    (item,) = soup.select(".tool-ignored code")
    assert len(item.get_text()) <= 40
    assert item.get_text().startswith("lines=999") and item.get_text().endswith("…")


def test_a_valid_value_after_an_invalid_one_is_used(client, demo_content):
    soup = soup_of(client.get(tool("nb").url + "?element=hope&phase=%F0%9F%98%80&phase=crisis"))
    assert [code.get_text() for code in soup.select(".tool-ignored code")] == ["phase=😀"]
    assert soup.select_one('input[name="phase"][value="crisis"]').has_attr("checked")
    assert "Krise eller lav motivasjon" in soup.select_one(".tool-result__summary").get_text()


# 6. An element whose phase guide has no row for the phase


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "Veiledningen for Mening har ingen rad for fasen «Oppfølgingsfase»."),
        ("en", "The guidance for Meaning has no row for the phase “Follow-up phase”."),
    ],
)
def test_missing_phase_guidance_is_said(client, demo_content, language, expected):
    soup = soup_of(client.get(tool(language).url, {"element": ["hope", "meaning"], "phase": "follow_up"}))
    meaning = soup.select_one("#element-meaning").find_parent("section")
    assert meaning.select_one(".tool-guidance--missing").get_text(" ", strip=True) == expected
    hope = soup.select_one("#element-hope").find_parent("section")
    assert hope.select(".tool-guidance") and not hope.select(".tool-guidance--missing")


# 7. Ready-made sets in the admin


def test_ready_made_sets_list_language_and_status_and_have_a_menu_item(client, demo_content):
    from ..conftest import make_user

    client.force_login(make_user("redaktor", "Editors"))
    listing_url = reverse("wagtailsnippets_course_pages_conversationset:list")
    soup = soup_of(client.get(listing_url))
    headings = [th.get_text(" ", strip=True) for th in soup.select("table.listing thead th")]
    assert "Språk" in headings and "Status" in headings
    rows = {
        row.select_one("td.title").get_text(" ", strip=True).split("  ")[0]: row.get_text(" ", strip=True)
        for row in soup.select("table.listing tbody tr")
    }
    assert any(
        title.startswith("Første samtale – Håp") and "Norsk bokmål" in text for title, text in rows.items()
    )
    assert any(
        title.startswith("First conversation – Hope") and "Engelsk" in text for title, text in rows.items()
    )
    # The admin menu offers the sets next to the question bank, not only under Snippets.
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert listing_url in home
