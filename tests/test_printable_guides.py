"""Printable guides, lessons and element pages: print views and tagged, cached PDFs."""

import io
import logging

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from pypdf import PdfReader

from course_pages.models import GuidePage

pytestmark = pytest.mark.django_db


def pdf_of(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def pdf_text(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


def outline_titles(outline):
    titles = []
    for item in outline:
        titles += outline_titles(item) if isinstance(item, list) else [item.title]
    return titles


def embedded_fonts(reader):
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for descendant in descendants:
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                        fonts.add(str(descriptor["/FontName"]))
    return fonts


@pytest.mark.parametrize(
    "language, question, title, other_language_question",
    [
        ("nb", "Hva gir deg håp?", "Spørsmålsbank: Håp", "What gives you hope?"),
        ("en", "What gives you hope?", "Question bank: Hope", "Hva gir deg håp?"),
    ],
)
def test_guide_pdf_is_a_tagged_document_in_the_page_language(
    client, guide, language, question, title, other_language_question
):
    page = guide if language == "nb" else guide.get_translations().get(locale__language_code="en")
    reader = pdf_of(client.get(page.url + "pdf/"))
    text = pdf_text(reader)
    assert question in text
    assert other_language_question not in text
    root = reader.trailer["/Root"]
    assert root["/Lang"] == language
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert reader.metadata.title == title
    bookmarks = outline_titles(reader.outline)
    assert bookmarks[0] == title
    assert ("Spørsmål om håp" if language == "nb" else "Questions about hope") in bookmarks
    assert any("DejaVu-Sans" in name for name in embedded_fonts(reader))


@pytest.mark.parametrize(
    "language, names",
    [
        ("nb", {"Hva gir deg håp?", "Mine mål", "Tema: Håp"}),
        ("en", {"What gives you hope?", "My goals", "Topics: Hope"}),
    ],
)
def test_worksheet_pdf_has_form_fields_named_in_the_page_language(client, guide, language, names):
    """An answer box under each question with answer lines, the answer field and the
    checklist, each named for screen readers by its question or label (a check box by its
    checklist's heading and its label)."""
    page = guide if language == "nb" else guide.get_translations().get(locale__language_code="en")
    fields = pdf_of(client.get(page.url + "pdf/")).get_fields()
    assert fields is not None
    kinds = {field.get("/FT") for field in fields.values()}
    assert {"/Tx", "/Btn"} <= kinds
    assert {str(field.get("/TU")) for field in fields.values()} == names


def test_page_advertises_its_pdf(client, guide):
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    alternate = soup.find("link", rel="alternate", type="application/pdf")
    assert alternate["href"] == guide.url + "pdf/"
    assert soup.find("a", href=guide.url + "pdf/") is not None


def test_second_request_is_served_from_the_cache_and_publishing_a_snippet_rebuilds(client, guide, builds):
    first = client.get(guide.url + "pdf/").content
    second = client.get(guide.url + "pdf/").content
    assert len(builds) == 1
    assert first == second

    theme = guide.body[1].value["theme"]
    draft = theme.get_latest_revision_as_object()
    draft.title = "Tro på fremtiden – nytt"
    draft.save_revision()
    client.get(guide.url + "pdf/")
    assert len(builds) == 1, "a draft must not change the PDF"

    draft.get_latest_revision().publish()
    reader = pdf_of(client.get(guide.url + "pdf/"))
    assert len(builds) == 2
    assert "Tro på fremtiden – nytt" in pdf_text(reader)


def test_print_view_has_no_navigation_chrome(client, guide):
    response = client.get(guide.url + "print/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("nav") is None
    assert soup.find(class_="site-header") is None
    assert soup.find("h1").get_text(strip=True) == "Spørsmålsbank: Håp"
    assert "Hva gir deg håp?" in soup.get_text()
    assert soup.select('textarea.answer-box[title="Hva gir deg håp?"]')


def test_unknown_guide_is_a_404(client, guide):
    assert client.get(guide.get_parent().url + "finnes-ikke/pdf/").status_code == 404
    assert client.get(guide.url + "pdf/ekstra/").status_code == 404


def test_failed_build_shows_an_error_page_and_is_logged(client, guide, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OSError("Pango is missing")

    monkeypatch.setattr("weasyprint.HTML.write_pdf", broken)
    with caplog.at_level(logging.ERROR, logger="course_pages.printing"):
        response = client.get(guide.url + "pdf/")
    assert response.status_code == 503
    assert "Traceback" not in response.content.decode()
    assert "PDF-en kunne ikke lages" in response.content.decode()
    assert "Could not build the PDF" in caplog.text


def test_editor_previews_the_pdf_of_a_draft(admin_client, guide):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    url = reverse("wagtailadmin_pages:preview_on_edit", args=[guide.pk])
    data = nested_form_data(
        {
            "title": "Utkast til veileder",
            "slug": guide.slug,
            "intro": rich_text("<p>Et utkast.</p>"),
            "body": streamfield([("heading", "Bare i utkastet")]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"]
    reader = pdf_of(admin_client.get(url, {"mode": "pdf"}))
    assert reader.metadata.title == "Utkast til veileder"
    assert "Bare i utkastet" in pdf_text(reader)
    # Nothing was published.
    assert GuidePage.objects.get(pk=guide.pk).title == "Spørsmålsbank: Håp"


def test_print_view_writes_out_where_internal_links_lead(client, guide):
    """Links to our own pages get absolute addresses in print, which the print CSS writes out."""
    guide.body.append(("chime_link", {"element": "hope", "text": ""}))
    guide.intro = '<p>Se <a href="/nb/">forsiden</a>.</p>'
    guide.save_revision().publish()
    soup = BeautifulSoup(client.get(guide.url + "print/").content, "html.parser")
    hrefs = {a["href"] for a in soup.select("main a")}
    assert "http://testserver/nb/" in hrefs
    assert not [href for href in hrefs if href.startswith("/")]
