"""Print views and PDFs as a reader, a screen reader and a search engine meet them (issue 12).

One guide, nb and en, holds what went wrong: a practical-guide table long enough to cross a
page break, a phase table, a square image with a caption, a quote, an untranslated theme
(``lang="nb"`` on the English page), a checklist, answer boxes. Its print views and PDFs are
built once for the module (``documents``); the tests read them. The structure-tree repairs
are in course_pages/pdf_tags.py; ``test_weasyprint_still_writes_what_pdf_tags_repairs`` is
the canary that says when a WeasyPrint upgrade makes one of them unnecessary.
"""

import io
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import Client
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from wagtail.images import get_image_model

from course_pages import demo as page_demo
from course_pages.demo import list_items
from course_pages.demo_images import chime_diagram_png
from course_pages.models import GuideIndexPage, GuidePage
from course_pages.pdf_audit import audit, marked_content_errors, structure_tree
from course_pages.printing import content_disposition
from course_pages.translation.demo import TranslationMemory, translate

from .conftest import _publishing_on_save, _Quiet, make_theme

pytestmark = pytest.mark.django_db

LONG = (
    "Denne raden er lang nok til at tabellen må deles over flere sider i utskriften, "
    "slik en praktisk veileder med mange underkategorier blir på A4.",
    "This row is long enough for the table to run over several pages in print, "
    "as a practical guide with many subcategories does on A4.",
)
ROWS = 12
# A one-pixel PNG.
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def _guide_body(memory, theme, untranslated_theme, image):
    return [
        {"type": "heading", "value": memory.add(("Praktisk veileder", "Practical guide"))},
        {
            "type": "practical_guide",
            "value": {
                "heading": memory.add(("Håp i praksis", "Hope in practice")),
                "element": "hope",
                "rows": list_items(
                    [
                        {
                            "subcategory": memory.add((f"Underkategori {n}", f"Subcategory {n}")),
                            "meaning": memory.add(LONG),
                            "support": memory.add(LONG),
                            "example_questions": None,
                            "questions": memory.add((f"Spørsmål {n}?", f"Question {n}?")),
                        }
                        for n in range(1, ROWS + 1)
                    ]
                ),
            },
        },
        {
            "type": "phase_guide",
            "value": {
                "heading": memory.add(("Faser", "Phases")),
                "rows": list_items(
                    [{"phase": memory.add(("Start", "Opening")), "tips": memory.add(("Lytt.", "Listen."))}]
                ),
            },
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": memory.add(("CHIME-modellen", "The CHIME model")),
                "caption": memory.add(("Fem prosesser.", "Five processes.")),
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": memory.add(("Håp er en prosess.", "Hope is a process.")),
                "attribution": memory.add(("En deltaker", "A participant")),
            },
        },
        {"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": False, "answer_lines": 3}},
        {
            "type": "question_theme",
            "value": {"theme": untranslated_theme.pk, "show_guidance": False, "answer_lines": 0},
        },
        {
            "type": "checklist",
            "value": {
                "heading": memory.add(
                    ("CHIME-områder vi har snakket om", "CHIME areas we have talked about")
                ),
                "items": list_items([memory.add(("Håp", "Hope")), memory.add(("Mening", "Meaning"))]),
            },
        },
        {
            "type": "answer_field",
            "value": {"label": memory.add(("Mine mål", "My goals")), "help_text": "", "lines": 4},
        },
    ]


def _build_guide():
    memory = TranslationMemory()
    nb_home = page_demo.load_home(memory, _Quiet())
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    memory.add(("Tro på fremtiden", "Belief in the future"))
    memory.add(("Hva gir deg håp?", "What gives you hope?"))
    translate(theme, memory)
    untranslated = make_theme(title="Små skritt", questions=["Hva har du fått til?"])
    # Wider than the text column on screen and on A4, as the demo's diagram: narrowed to fit,
    # it must keep its shape.
    image = get_image_model()(title="CHIME-modellen")
    image.file = ImageFile(io.BytesIO(chime_diagram_png(size=1200)), name="chime-test.png")
    image.save()
    index = GuideIndexPage(
        title=memory.add(("Veiledere", "Guides")), slug=memory.add(("veiledere", "guides"))
    )
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    translate(index, memory)
    guide = GuidePage(
        title=memory.add(("Tilhørighet og håp: øvelser", "Connectedness and hope: exercises")),
        slug=memory.add(("tilhorighet-og-hap", "connectedness-and-hope")),
        body=_guide_body(memory, theme, untranslated, image),
    )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    assert [block.block_type for block in guide.body] == [
        "heading", "practical_guide", "phase_guide", "image", "quote",
        "question_theme", "question_theme", "checklist", "answer_field",
    ]  # fmt: skip
    english = translate(guide, memory)
    return {"nb": guide, "en": english}


@pytest.fixture(scope="module")
def documents(django_db_setup, django_db_blocker):
    """``{"nb": …, "en": …}``: each with the page's ``url``, the print view (``print_response``,
    ``html``, ``soup``), the PDF (``pdf_response``, ``pdf`` bytes, ``reader``) and the
    ordinary page's HTML (``page_html``), requested on the host "testserver" (the Site record
    says "localhost")."""
    from django.core.cache import cache

    with django_db_blocker.unblock(), transaction.atomic():
        with _publishing_on_save():
            pages = _build_guide()
        client = Client()
        built = {}
        for language, page in pages.items():
            cache.clear()
            print_response = client.get(page.url + "print/")
            pdf_response = client.get(page.url + "pdf/")
            assert print_response.status_code == pdf_response.status_code == 200
            html = print_response.content.decode()
            built[language] = SimpleNamespace(
                url=page.url,
                title=page.title,
                print_response=print_response,
                html=html,
                soup=BeautifulSoup(html, "html.parser"),
                pdf_response=pdf_response,
                pdf=pdf_response.content,
                reader=PdfReader(io.BytesIO(pdf_response.content)),
                page_html=client.get(page.url).content.decode(),
            )
        with django_db_blocker.block():
            yield built
        transaction.set_rollback(True)


LANGUAGES = ["nb", "en"]


def elements(reader, kind):
    return [element for element in structure_tree(reader).walk() if element.type == kind]


# 1. Images keep their aspect ratio.


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_image_keeps_its_aspect_ratio_and_fits_the_page(documents, language):
    reader = documents[language].reader
    (figure,) = elements(reader, "/Figure")
    x1, y1, x2, y2 = (float(number) for number in figure.attribute("/BBox"))
    assert abs((x2 - x1) - (y2 - y1)) < 1, "the square diagram is drawn square"
    page = reader.pages[reader.get_page_number(figure.obj["/Pg"])]
    assert 0 < x1 < x2 < float(page.mediabox.width), "the figure's box is on its page, in points"
    assert 0 < y1 < y2 < float(page.mediabox.height)


# 2. One /Table per HTML table, the repeated header row read once.


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_table_crossing_a_page_break_stays_one_table(documents, language):
    document = documents[language]
    assert len(document.soup.select("body table")) == 2
    tables = elements(document.reader, "/Table")
    assert len(tables) == 2
    guide_table = tables[0]
    rows = [element for element in guide_table.walk() if element.type == "/TR"]
    assert len(rows) == ROWS + 1, "the header row once, then every row"
    assert len([element for element in guide_table.walk() if element.type == "/THead"]) == 1
    pages = {document.reader.get_page_number(row.obj["/Pg"]) for row in rows}
    assert len(pages) > 1, "the table must cross a page break for this test to mean anything"
    # Nothing lost or tagged twice: every marked content is in the tree once, or an artifact.
    assert marked_content_errors(document.reader) == []


# 3. Header cells keep their scope; cells point to headers through the IDTree.


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_header_cell_has_its_scope_and_the_ids_resolve(documents, language):
    reader = documents[language].reader
    headers = elements(reader, "/TH")
    assert len(headers) == 4 + ROWS + 2 + 1
    scopes = Counter(str(cell.attribute("/Scope")) for cell in headers)
    assert scopes == {"/Column": 4 + 2, "/Row": ROWS + 1}
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    names = root["/IDTree"].get_object()["/Names"]
    ids = {str(names[i]) for i in range(0, len(names), 2)}
    assert {str(cell.obj["/ID"]) for cell in headers} == ids
    for cell in elements(reader, "/TD"):
        assert {str(key) for key in cell.attribute("/Headers")} <= ids


# 4. Parts in another language keep their language.


def test_parts_in_another_language_carry_their_lang(documents):
    """The English page shows the untranslated theme in Norwegian, marked lang="nb"."""
    document = documents["en"]
    in_html = Counter(element["lang"] for element in document.soup.select("body [lang]"))
    assert in_html["nb"] >= 1
    assert audit(document.pdf, document.html, "testserver").inner_langs == in_html
    (section,) = [e for e in elements(document.reader, "/Sect") if e.obj.get("/Lang") == "nb"]
    assert [e.type for e in section.children][0] == "/H3"


# 5. Captions inside their figure and quote.


@pytest.mark.parametrize("language", LANGUAGES)
def test_captions_are_inside_what_they_caption(documents, language):
    captions = elements(documents[language].reader, "/Caption")
    assert sorted(caption.parent.type for caption in captions) == ["/BlockQuote", "/Figure"]


# 6. The fillable plan.


def _text_lines(page, wanted):
    """The y coordinate of each text run on ``page`` whose text is in ``wanted``."""
    found = {}

    def visit(text, cm, tm, font, size):
        if text.strip() in wanted:
            found[text.strip()] = tm[5] * cm[3] + cm[5]

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize(
    "language, legend, items",
    [
        ("nb", "CHIME-områder vi har snakket om", ["Håp", "Mening"]),
        ("en", "CHIME areas we have talked about", ["Hope", "Meaning"]),
    ],
)
def test_check_boxes_sit_on_their_labels_line_and_are_named_with_the_legend(
    documents, language, legend, items
):
    reader = documents[language].reader
    boxes = [
        (page, annotation.get_object())
        for page in reader.pages
        for annotation in page.get("/Annots", []) or []
        if annotation.get_object().get("/FT") == "/Btn"
    ]
    assert [str(box["/TU"]) for _page, box in boxes] == [f"{legend}: {item}" for item in items]
    for (page, box), item in zip(boxes, items, strict=True):
        bottom, top = sorted(float(box["/Rect"][i]) for i in (1, 3))
        label_y = _text_lines(page, {item})[item]
        assert bottom - 3 <= label_y <= top + 3, f"the box of {item!r} is not on its label's line"


@pytest.mark.parametrize("language", LANGUAGES)
def test_answer_boxes_are_tall_enough_to_write_in_by_hand(documents, language):
    """About 8 mm a line: the answer field's 4 lines and the question's 3."""
    heights = [
        abs(float(box["/Rect"][3]) - float(box["/Rect"][1]))
        for page in documents[language].reader.pages
        for box in (annotation.get_object() for annotation in page.get("/Annots", []) or [])
        if box.get("/FT") == "/Tx"
    ]
    mm = 72 / 25.4
    assert sorted(round(height / mm) for height in heights) == [24, 32]


def _dark_share(pdf_bytes, page_number, rect):
    """The share of dark pixels inside ``rect`` (PDF points) on a page, as poppler draws it."""
    x1, y1, x2, y2 = rect
    scale = 4  # 288 dpi
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf_bytes)
        page_height = 841.89
        left, top = int(min(x1, x2) * scale) + 3, int((page_height - max(y1, y2)) * scale) + 3
        width, height = int(abs(x2 - x1) * scale) - 6, int(abs(y2 - y1) * scale) - 6
        subprocess.run(
            ["pdftoppm", "-f", str(page_number), "-l", str(page_number), "-r", "288", "-gray",
             "-x", str(left), "-y", str(top), "-W", str(width), "-H", str(height),
             str(source), str(Path(folder) / "out")],
            check=True, capture_output=True,
        )  # fmt: skip
        (image,) = Path(folder).glob("out*.pgm")
        from PIL import Image

        pixels = Image.open(image).tobytes()
    return sum(1 for value in pixels if value < 128) / len(pixels)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed")
def test_a_ticked_check_box_is_drawn_ticked_by_poppler(documents):
    """Tick the first box as a reader's viewer saves it (/V and /AS on) and let poppler draw
    it: the tick shows. Without a /DA with Tf, poppler redraws the box blank."""
    pdf = documents["nb"].pdf
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    page_number, box = next(
        (number, annotation.get_object())
        for number, page in enumerate(writer.pages, start=1)
        for annotation in page.get("/Annots", []) or []
        if annotation.get_object().get("/FT") == "/Btn"
    )
    rect = [float(value) for value in box["/Rect"]]
    on = next(name for name in box["/AP"]["/N"] if name != "/Off")
    box[NameObject("/V")] = NameObject(on)
    box[NameObject("/AS")] = NameObject(on)
    ticked = io.BytesIO()
    writer.write(ticked)
    blank = _dark_share(pdf, page_number, rect)
    assert _dark_share(ticked.getvalue(), page_number, rect) > blank + 0.1


# 7. Addresses from the request's host.


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_and_the_online_version_use_the_requests_host(documents, language):
    document = documents[language]
    figures = audit(document.pdf, document.html, "testserver")
    assert figures.links >= 1
    assert figures.foreign_links == []
    footer = document.soup.select_one(".print-footer a")
    assert footer["href"] == f"http://testserver{document.url}"
    text = "\n".join(page.extract_text() for page in document.reader.pages)
    assert "localhost" not in text


# 8. File names keep their letters.


@pytest.mark.parametrize(
    "title, header",
    [
        ("Tilhørighet", "inline; filename=\"tilhorighet.pdf\"; filename*=UTF-8''Tilh%C3%B8righet.pdf"),
        (
            "Spørsmålsbank: Æ og Å",
            'inline; filename="sporsmalsbank-ae-og-a.pdf"; '
            "filename*=UTF-8''Sp%C3%B8rsm%C3%A5lsbank%20%C3%86%20og%20%C3%85.pdf",
        ),
    ],
)
def test_pdf_file_names_spell_norwegian_letters_out_and_keep_the_title(title, header):
    assert content_disposition(title) == header


def test_pdf_response_names_the_file_after_the_page(documents):
    assert documents["nb"].pdf_response["Content-Disposition"] == (
        'inline; filename="tilhorighet-og-hap-ovelser.pdf"; '
        "filename*=UTF-8''Tilh%C3%B8righet%20og%20h%C3%A5p%20%C3%B8velser.pdf"
    )


# 9. The print view: Print button, a way back, noindex.


@pytest.mark.parametrize("language, back", [("nb", "Tilbake til siden"), ("en", "Back to the page")])
def test_print_view_offers_print_and_the_way_back_and_is_not_indexed(documents, language, back):
    document = documents[language]
    soup = document.soup
    assert soup.select_one("button[data-print-button]") is not None
    link = soup.select_one(".print-actions a")
    assert link.get_text().startswith(back)
    assert urlsplit(link["href"]).path == document.url
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert document.print_response["X-Robots-Tag"] == "noindex"
    assert document.pdf_response["X-Robots-Tag"] == "noindex"
    # The buttons and the link are for the screen: the PDF does not show them.
    assert back not in "\n".join(page.extract_text() for page in document.reader.pages)


def test_weasyprint_still_writes_what_pdf_tags_repairs():
    """Canary: WeasyPrint as upgraded still has the faults course_pages/pdf_tags.py repairs
    (Kozea/WeasyPrint#2902 split tables, #2508 no /Scope nor /IDTree, no inner /Lang,
    captions beside their figure, a figure's /BBox in pixels, check boxes without /DA). When
    this fails, the upgrade fixed one: drop that repair and this assertion."""
    from weasyprint import HTML
    from weasyprint.pdf import tags

    assert hasattr(tags, "_build_box_tree"), "the repair wraps this WeasyPrint function"
    rows = "".join(f"<tr><th scope='row'>{n}</th><td>{'tekst ' * 40}</td></tr>" for n in range(40))
    html = f"""<html lang="en"><body>
        <table><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>
        <tbody>{rows}</tbody></table>
        <p lang="nb">Norsk tekst.</p>
        <figure><blockquote><p>Sitat.</p></blockquote><figcaption>Kilde</figcaption></figure>
        <form><input type="checkbox" name="c" id="c"><label for="c">Håp</label></form>
        <img alt="Prikk" style="width: 96px; height: 96px" src="data:image/png;base64,{PIXEL}">
    </body></html>"""
    raw = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_forms=True)
    reader = PdfReader(io.BytesIO(raw))
    tree = list(structure_tree(reader).walk())
    assert len([e for e in tree if e.type == "/Table"]) > 1, "WeasyPrint no longer splits tables"
    assert not [e for e in tree if e.type == "/TH" and e.attribute("/Scope")], "WeasyPrint writes /Scope now"
    assert "/IDTree" not in reader.trailer["/Root"]["/StructTreeRoot"], "WeasyPrint writes /IDTree now"
    assert not [e for e in tree if "/Lang" in e.obj and e.type != "/StructTreeRoot"], "inner /Lang now"
    assert [e.parent.type for e in tree if e.type == "/Caption"] == ["/NonStruct"], "captions placed now"
    (box,) = [
        a.get_object() for p in reader.pages for a in p.get("/Annots", []) if a.get_object()["/FT"] == "/Btn"
    ]
    assert "/DA" not in box, "WeasyPrint writes a /DA for check boxes now"
    (figure,) = [e for e in tree if e.type == "/Figure"]
    x1, _y1, x2, _y2 = (float(value) for value in figure.attribute("/BBox"))
    assert x2 - x1 == pytest.approx(96), "WeasyPrint writes a figure's /BBox in points now"


# In a browser: the print view's layout (1, 9) and Ctrl+P on the ordinary page (10).
# Chromium lays out the HTML the test client got, with our static and media files.

A4_TEXT_WIDTH = 658  # px: 174 mm, A4 less the print margins


def _layout(browser, html, media, width, script):
    from django.conf import settings

    def serve(route):
        path = urlsplit(route.request.url).path
        if path == "/document":
            return route.fulfill(body=html, content_type="text/html; charset=utf-8")
        file = None
        if path.startswith(settings.STATIC_URL):
            file = finders.find(path[len(settings.STATIC_URL) :])
        elif path.startswith(settings.MEDIA_URL):
            file = Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL) :]
        if file and Path(file).is_file():
            return route.fulfill(path=str(file))
        return route.fulfill(status=404, body="")

    context = browser.new_context(viewport={"width": width, "height": 1000})
    try:
        page = context.new_page()
        page.route("http://testserver/**", serve)
        page.emulate_media(media=media)
        page.goto("http://testserver/document")
        page.wait_for_load_state("load")
        return page.evaluate(script)
    finally:
        context.close()


IMAGE_BOX = """() => {
    const img = document.querySelector("figure img");
    const box = img.getBoundingClientRect();
    const main = document.querySelector("main").getBoundingClientRect();
    return {ratio: box.height / box.width, natural: img.naturalHeight / img.naturalWidth,
            inside: box.right <= main.right + 1, loaded: img.complete && img.naturalWidth > 0};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("media, width", [("screen", 1280), ("screen", 320), ("print", A4_TEXT_WIDTH)])
def test_print_view_image_keeps_its_aspect_ratio(chromium, documents, language, media, width):
    box = chromium.run(_layout, documents[language].html, media, width, IMAGE_BOX)
    assert box["loaded"]
    assert box["ratio"] == pytest.approx(box["natural"], rel=0.01), "the image is stretched"
    assert box["inside"], "the image runs past the text column"


TYPE_SIZES = """() => {
    const size = (selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize);
    return {text: size(".question-list li"), table: size("td"), header: size(".print-header__site")};
}"""


@pytest.mark.browser
def test_print_view_type_is_readable_on_screen(chromium, documents):
    sizes = chromium.run(_layout, documents["nb"].html, "screen", 1280, TYPE_SIZES)
    assert sizes["text"] >= 16
    assert min(sizes["table"], sizes["header"]) >= 15


PAPER_COPY = """() => {
    const width = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll("table")];
    const regions = [...document.querySelectorAll(".table-scroll")];
    const header = getComputedStyle(document.querySelector("thead th"));
    return {
        tables: tables.length,
        past_the_edge: tables.filter((t) => t.getBoundingClientRect().right > width + 1).length,
        scrolling: regions.filter((r) => r.scrollWidth > r.clientWidth + 1).length,
        colour_kept: header.printColorAdjust || header.webkitPrintColorAdjust,
        nav_shown: [...document.querySelectorAll(".site-header, .language-switch")]
            .filter((e) => e.getClientRects().length).length,
    };
}"""


@pytest.mark.browser
@pytest.mark.parametrize("language", LANGUAGES)
def test_ctrl_p_on_the_ordinary_page_gives_a_usable_paper_copy(chromium, documents, language):
    copy = chromium.run(_layout, documents[language].page_html, "print", A4_TEXT_WIDTH, PAPER_COPY)
    assert copy["tables"] == 2
    assert copy["past_the_edge"] == 0, "a table runs past the paper's edge"
    assert copy["scrolling"] == 0, "a table is clipped in its scrolling region"
    assert copy["colour_kept"] == "exact", "the header row loses its ground and reads pale"
    assert copy["nav_shown"] == 0
