"""The site's frame as a reader and a search engine see it: titles, descriptions, canonical
links, Open Graph, robots.txt, icons, the current page in the menu, landmarks and sections,
the front page's editor-chosen sections, and the tables that stack on phones."""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.images import ImageFile
from django.test import RequestFactory
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model

from course_pages import metadata
from course_pages.blocks import CalloutBlock, ChimeModelBlock
from course_pages.models import HomePage

from .conftest import make_user


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, **attrs):
    tag = soup.find("meta", attrs=attrs)
    return tag["content"] if tag else None


# --- Head metadata ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/nb/", "/en/"])
def test_front_page_title_names_the_site_once(client, home_pages, path):
    soup = soup_of(client.get(path))
    assert soup.title.get_text() == "KBT Fagskole"


def test_a_page_is_titled_by_its_name_then_the_site(client, course):
    soup = soup_of(client.get("/nb/kurs/recovery/"))
    assert soup.title.get_text() == "Recovery i praksis – KBT Fagskole"
    soup = soup_of(client.get("/en/courses/recovery/"))
    assert soup.title.get_text() == "Recovery in practice – KBT Fagskole"


def test_description_is_the_search_description_else_the_intro_as_plain_text(client, course):
    soup = soup_of(client.get("/nb/kurs/recovery/"))
    assert meta(soup, name="description") == "Et kurs."
    assert meta(soup, property="og:description") == "Et kurs."

    course.search_description = "Kurs om recovery for kommunalt ansatte."
    course.save_revision().publish()
    soup = soup_of(client.get("/nb/kurs/recovery/"))
    assert meta(soup, name="description") == "Kurs om recovery for kommunalt ansatte."


def test_a_long_intro_is_shortened_at_a_word(course):
    course.intro = "<p>" + "Recovery handler om håp og tilhørighet. " * 20 + "</p>"
    description = metadata.page_description(course)
    assert len(description) <= metadata.DESCRIPTION_MAX_CHARS
    assert description.endswith("…") and "<p>" not in description
    text = "Recovery handler om håp og tilhørighet. " * 20
    kept = description[:-1]
    assert text.startswith(kept) and text[len(kept)] in " ,."  # ends with a whole word


def test_canonical_link_and_open_graph_tags(client, course):
    soup = soup_of(client.get("/en/courses/recovery/"))
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == "http://testserver/en/courses/recovery/"
    assert meta(soup, property="og:url") == canonical
    assert meta(soup, property="og:title") == "Recovery in practice"
    assert meta(soup, property="og:type") == "article"
    assert meta(soup, property="og:locale") == "en_GB"
    assert meta(soup, property="og:site_name") == "KBT Fagskole"
    # Without a lead image, the site's own 1200 × 630 card.
    assert meta(soup, property="og:image").startswith("http://testserver/static/images/og-default")

    home = soup_of(client.get("/nb/"))
    assert meta(home, property="og:type") == "website"
    assert meta(home, property="og:locale") == "nb_NO"


def make_image(title="Lead"):
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), "#0b4f6c").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(BytesIO(buffer.getvalue()), name="lead.png")
    )


def test_open_graph_uses_a_pages_lead_image(course):
    """News pages have ``lead_image``; any page that has one gets it as its Open Graph image."""
    image = make_image()
    course.lead_image = image
    request = RequestFactory().get("/nb/kurs/recovery/")
    page_meta = metadata.page_meta(request, course, "nb")
    assert page_meta.image_url.startswith("http://testserver/")
    rendition = image.get_rendition(metadata.OG_IMAGE_FILTER)
    assert page_meta.image_url.endswith(rendition.url)
    assert (rendition.width, rendition.height) == (1200, 630)


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert client.get("/sitemap.xml").status_code == 200


def test_icons_are_linked_and_favicon_ico_is_answered(client, home_pages):
    soup = soup_of(client.get("/nb/"))
    icons = {link["href"] for link in soup.find_all("link", rel=["icon", "apple-touch-icon"])}
    assert {"/static/images/favicon.svg", "/static/images/favicon.ico"} <= icons
    assert "/static/images/apple-touch-icon.png" in icons
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/images/favicon.ico"


def test_icons_match_their_declared_sizes():
    static = settings.BASE_DIR / "site" / "static" / "images"
    assert PILImage.open(static / "apple-touch-icon.png").size == (180, 180)
    assert PILImage.open(static / "icon-512.png").size == (512, 512)
    assert PILImage.open(static / "og-default.png").size == (1200, 630)
    assert "<svg" in (static / "favicon.svg").read_text()


# --- Frame: wordmark, menu, landmarks ---------------------------------------------------------


def test_header_has_the_wordmark_search_box_and_designsystemet(client, home_pages):
    from course_pages.models import SearchPage

    _, en_home = home_pages
    search_page = en_home.add_child(instance=SearchPage(title="Search", slug="search"))
    search_page.save_revision().publish()
    soup = soup_of(client.get("/en/"))
    brand = soup.select_one("header .site-brand")
    assert brand.get_text(strip=True) == "KBT Fagskole"
    assert brand.find("img")["alt"] == ""  # the name is the link's text; the mark is decoration
    search = soup.select_one("header form[role=search]")
    assert search["action"] == "/en/search/" and search["method"] == "get"
    assert search.find("label")["for"] == search.find("input")["id"]
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert stylesheets[:3] == [
        "/static/vendor/designsystemet/theme.css",
        "/static/vendor/designsystemet/designsystemet.css",
        "/static/css/site.css",
    ]
    assert soup.select_one("a.ds-skip-link")["href"] == "#main"


def test_vendored_designsystemet_is_the_pinned_version():
    """`make designsystemet` copies the version package-lock.json pins; the two must agree."""
    import json

    lock = json.loads((settings.BASE_DIR / "package-lock.json").read_text())
    pinned = lock["packages"]["node_modules/@digdir/designsystemet-css"]["version"]
    vendored = settings.BASE_DIR / "site" / "static" / "vendor" / "designsystemet"
    assert (vendored / "VERSION").read_text().strip() == pinned
    assert "MIT" in (vendored / "LICENSE").read_text()


def test_menu_marks_only_the_current_page_as_current(client, course):
    menu_links = lambda soup: soup.select("nav.primary-nav a")  # noqa: E731
    course.get_parent().specific.show_in_menus = True
    course.get_parent().specific.save_revision().publish()
    index = course.get_parent().specific
    index.show_in_menus = True
    index.save_revision().publish()

    soup = soup_of(client.get("/nb/kurs/"))
    (link,) = [a for a in menu_links(soup) if a.get_text(strip=True) == "Kurs"]
    assert link["aria-current"] == "page"

    soup = soup_of(client.get("/nb/kurs/recovery/"))
    (link,) = [a for a in menu_links(soup) if a.get_text(strip=True) == "Kurs"]
    assert not link.has_attr("aria-current")
    assert "is-current-section" in link["class"]
    current = [tag.get_text(strip=True) for tag in soup.select('[aria-current="page"]')]
    assert current == ["Recovery i praksis"]


def test_userbar_is_in_the_page_for_editors_only(client, home_pages):
    assert b"wagtail-userbar" not in client.get("/nb/").content
    client.force_login(make_user("editor", "Editors"))
    assert b"wagtail-userbar" in client.get("/nb/").content


def test_no_avatars_from_gravatar():
    from wagtail.users.utils import get_gravatar_url

    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert get_gravatar_url("editor@example.org") is None


def test_callouts_are_titled_notes_not_same_named_asides():
    block = CalloutBlock()
    titled = BeautifulSoup(
        block.render(
            block.to_python(
                {"kind": "info", "title": "Nettverkskartlegging", "text": "<p>Tegn nettverket.</p>"}
            ),
            context={"block_id": "abc"},
        ),
        "html.parser",
    )
    assert titled.find("aside") is None
    note = titled.find(attrs={"role": "note"})
    assert note["aria-labelledby"] == "callout-abc"
    assert titled.find(id="callout-abc").get_text(strip=True) == "Nettverkskartlegging"

    untitled = block.to_python({"kind": "tip", "title": "", "text": "<p>Still ett spørsmål.</p>"})
    for language, label in (("nb", "Tips"), ("en", "Tip")):
        with translation.override(language):
            plain = BeautifulSoup(block.render(untitled), "html.parser")
        assert plain.select_one(".callout__label").get_text(strip=True) == label


def test_every_section_contains_its_heading_and_tables_label_their_cells(client, make_lesson):
    lesson = make_lesson(
        [
            {"type": "purpose", "value": {"heading": "", "items": ["Utforske nettverket."]}},
            {"type": "key_principles", "value": {"heading": "", "items": ["Lytt."]}},
            {
                "type": "practical_guide",
                "value": {
                    "heading": "",
                    "element": "hope",
                    "rows": [{"subcategory": "Tro", "meaning": "M.", "support": "S.", "questions": "Q?"}],
                },
            },
            {
                "type": "phase_guide",
                "value": {"heading": "Faser", "rows": [{"phase": "Innledende fase", "tips": "Utforsk."}]},
            },
        ]
    )
    soup = soup_of(client.get(lesson.url))
    sections = soup.find_all("section")
    assert sections, "the phase guide with a heading is a section"
    for section in sections:
        assert section.find(["h2", "h3", "h4"]) is not None, section.get("class")
    for table in soup.select("table.guide-table"):
        headings = [th.get_text(strip=True) for th in table.select("thead th")]
        for row in table.select("tbody tr"):
            assert [cell["data-label"] for cell in row.find_all(["th", "td"])] == headings
    # No scroll region: on a phone each row is a card, on a desktop the table has the width.
    assert soup.select("[role=region]") == []
    phase_table = soup.select_one(".phase-guide table")
    assert soup.find(id=phase_table["aria-labelledby"]).get_text(strip=True) == "Faser"


# --- Front page sections ----------------------------------------------------------------------


def set_sections(home, sections):
    home.refresh_from_db()  # fixtures may have added pages under it since it was loaded
    home.sections = sections
    home.save_revision().publish()
    home.refresh_from_db()
    assert [block.block_type for block in home.sections] == [section["type"] for section in sections]


def test_front_page_shows_the_featured_pages_an_editor_chose(client, home_pages, course):
    nb_home, _ = home_pages
    set_sections(
        nb_home,
        [{"type": "featured_pages", "value": {"heading": "Kurs", "intro": "", "pages": [course.pk]}}],
    )
    soup = soup_of(client.get("/nb/"))
    section = soup.select_one("section.featured-pages")
    assert section.find("h2").get_text(strip=True) == "Kurs"
    card = section.select_one(".card")
    assert card.find("a")["href"] == "/nb/kurs/recovery/"
    assert "Et kurs." in card.get_text()

    # A translated front page keeps the source's choice (wagtail-localize copies page choosers
    # as they are); it shows the chosen page's translation.
    _, en_home = home_pages
    set_sections(
        en_home,
        [{"type": "featured_pages", "value": {"heading": "Courses", "intro": "", "pages": [course.pk]}}],
    )
    soup = soup_of(client.get("/en/"))
    assert [a["href"] for a in soup.select("section.featured-pages .card h3 a")] == ["/en/courses/recovery/"]

    # An unpublished pick is left out rather than shown as a dead link.
    course.unpublish()
    soup = soup_of(client.get("/nb/"))
    assert soup.select_one("section.featured-pages") is None


def test_chime_model_shows_the_elements_in_the_editors_order_with_their_colours(client, home_pages):
    nb_home, _ = home_pages
    set_sections(
        nb_home,
        [
            {
                "type": "chime_model",
                "value": {"heading": "CHIME-modellen", "intro": "", "elements": ["hope", "connectedness"]},
            }
        ],
    )
    soup = soup_of(client.get("/nb/"))
    items = soup.select("section.chime-model .chime-model__element")
    assert [item["class"][-1] for item in items] == ["chime-hope", "chime-connectedness"]
    assert [item.select_one(".chime-model__name").get_text(strip=True) for item in items] == [
        "Håp",
        "Tilhørighet",
    ]


@pytest.mark.django_db
def test_chime_model_refuses_a_repeated_element_and_a_diagram_without_alt_text():
    from wagtail.blocks import StructBlockValidationError

    block = ChimeModelBlock()
    value = block.to_python({"heading": "CHIME", "elements": ["hope", "hope"], "diagram": None})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"elements"}
    value = block.to_python({"heading": "CHIME", "elements": ["hope"], "diagram": make_image().pk})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"diagram_alt_text"}
    default = list(block.get_default()["elements"])
    assert default == ["connectedness", "hope", "identity", "meaning", "empowerment"]


def test_front_page_sections_are_a_field_editors_fill():
    fields = [getattr(panel, "field_name", None) for panel in HomePage.content_panels]
    assert fields.index("intro") < fields.index("sections") < fields.index("body")


def test_an_unreadable_lead_image_falls_back_to_the_default(course):
    image = make_image()
    image.file.storage.delete(image.file.name)
    course.lead_image = image
    page_meta = metadata.page_meta(RequestFactory().get("/nb/kurs/recovery/"), course, "nb")
    assert page_meta.image_url.startswith("http://testserver/static/images/og-default")
