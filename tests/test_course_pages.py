"""Course pages, lessons and CHIME element pages: tree rules, rendering, navigation."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from course_pages.blocks import ImageBlock
from course_pages.models import (
    ChimeElementPage,
    ChimeOverviewPage,
    ConversationToolPage,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
)

from .conftest import make_theme

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    "page_class, parents",
    [
        (HomePage, {Page}),
        (CourseIndexPage, {HomePage}),
        (CoursePage, {CourseIndexPage}),
        (LessonPage, {CoursePage}),
        (ChimeOverviewPage, {HomePage}),
        (ChimeElementPage, {ChimeOverviewPage}),
    ],
)
def test_parent_page_rules(page_class, parents):
    assert set(page_class.allowed_parent_page_models()) == parents


def test_children_rules():
    assert set(CoursePage.allowed_subpage_models()) == {LessonPage}
    assert LessonPage.allowed_subpage_models() == []
    assert set(ChimeOverviewPage.allowed_subpage_models()) == {ChimeElementPage, ConversationToolPage}


def test_course_page_shows_its_facts_and_lessons(client, course, make_lesson):
    make_lesson([], title=("Første leksjon", "First lesson"))
    make_lesson([], title=("Andre leksjon", "Second lesson"))
    soup = soup_of(client.get(course.url))
    assert soup.find("h1").get_text(strip=True) == "Recovery i praksis"
    facts = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in soup.select(".facts div")}
    assert facts == {"Undervisningsform": "Hybrid", "Varighet": "To dager", "Arrangør": "KBT Fagskole"}
    assert [a.get_text(strip=True) for a in soup.select(".lesson-list a")] == [
        "Første leksjon",
        "Andre leksjon",
    ]
    assert "Meld deg på via kommunen." in soup.select_one(".signup").get_text()


def test_course_needs_a_way_to_sign_up(course):
    course.signup_text = ""
    course.signup_url = ""
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "signup_text" in error.value.message_dict


def test_lesson_outline_and_previous_next_follow_the_tree_order(client, make_lesson):
    first = make_lesson([], title=("Første", "First"))
    second = make_lesson([], title=("Andre", "Second"))
    third = make_lesson([], title=("Tredje", "Third"))
    soup = soup_of(client.get(second.url))
    outline = soup.select(".outline li")
    assert [li.get_text(strip=True) for li in outline] == ["Første", "Andre", "Tredje"]
    assert outline[1].find(attrs={"aria-current": "page"}) is not None
    assert soup.select_one("a[rel=prev]")["href"] == first.url
    assert soup.select_one("a[rel=next]")["href"] == third.url
    assert "Leksjon 2 av 3" in soup.select_one(".eyebrow").get_text()

    # Moving the third lesson first changes the order everywhere.
    third.move(first, pos="left")
    soup = soup_of(client.get(second.url))
    assert [li.get_text(strip=True) for li in soup.select(".outline li")] == ["Tredje", "Første", "Andre"]
    assert soup.select_one("a[rel=next]") is None


def test_lesson_shows_a_changed_question_once_it_is_published(client, make_lesson):
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    lesson = make_lesson(
        [{"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0}}]
    )
    assert "Hva gir deg håp?" in client.get(lesson.url).content.decode()

    draft = theme.get_latest_revision_as_object()
    question = draft.questions.first()
    question.text = "Hva gir deg håp akkurat nå?"
    draft.questions = [question]
    revision = draft.save_revision()
    assert "Hva gir deg håp akkurat nå?" not in client.get(lesson.url).content.decode()

    revision.publish()
    html = client.get(lesson.url).content.decode()
    assert "Hva gir deg håp akkurat nå?" in html
    assert "Hva gir deg håp?" not in html


def test_image_without_alt_text_is_a_validation_error():
    image = Image.objects.create(title="CHIME", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    value = block.clean(block.to_python({"image": image.pk, "alt_text": "Fem elementer", "caption": ""}))
    html = block.render(value)
    assert 'alt="Fem elementer"' in html


def test_body_blocks_render_semantic_html(client, make_lesson):
    lesson = make_lesson(
        [
            {"type": "heading", "value": "Hva er recovery?"},
            {"type": "text", "value": "<p>Recovery er personlig.</p>"},
            {"type": "callout", "value": {"kind": "tip", "text": "<p>Still ett spørsmål om gangen.</p>"}},
            {"type": "quote", "value": {"quote": "Håp er en forutsetning.", "attribution": "CHIME"}},
            {"type": "heading", "value": "Praktisk veileder"},
            {
                "type": "practical_guide",
                "value": {
                    "heading": "Tilhørighet",
                    "element": "connectedness",
                    "rows": [
                        {
                            "subcategory": "Relasjoner",
                            "meaning": "Nære relasjoner.",
                            "support": "Tilby nettverksmøter.",
                            "questions": "Hvem er viktige for deg?",
                        }
                    ],
                },
            },
            {
                "type": "phase_guide",
                "value": {"heading": "", "rows": [{"phase": "Innledende fase", "tips": "Utforsk åpent."}]},
            },
            {
                "type": "key_principles",
                "value": {"heading": "Nøkkelprinsipper", "items": ["Lytt etter ressurser."]},
            },
            {
                "type": "reflection",
                "value": {"title": "Din praksis", "prompt": "<p>Tenk på en samtale.</p>", "answer_lines": 3},
            },
        ]
    )
    lesson.refresh_from_db()
    assert [block.block_type for block in lesson.body] == [
        "heading",
        "text",
        "callout",
        "quote",
        "heading",
        "practical_guide",
        "phase_guide",
        "key_principles",
        "reflection",
    ]
    soup = soup_of(client.get(lesson.url))
    assert len(soup.find_all("h1")) == 1
    toc = [a.get_text(strip=True) for a in soup.select(".toc a")]
    assert toc == ["Hva er recovery?", "Praktisk veileder"]
    assert soup.select_one(".toc a")["href"] == "#" + soup.find("h2", string="Hva er recovery?")["id"]
    table = soup.select_one(".practical-guide table")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == [
        "Underkategori",
        "Hva det betyr",
        "Hvordan tjenesteyteren kan støtte det",
        "Eksempler på spørsmål eller refleksjon",
    ]
    assert table.select_one("tbody th[scope=row]").get_text(strip=True) == "Relasjoner"
    assert soup.select_one(".callout--tip") is not None
    assert soup.select_one(".key-principles li").get_text(strip=True) == "Lytt etter ressurser."
    assert len(soup.select(".reflection .answer-line")) == 3


def test_one_element_page_per_element_and_language(home_pages):
    nb_home, en_home = home_pages
    overview = ChimeOverviewPage(title="CHIME", slug="chime")
    nb_home.add_child(instance=overview)
    overview.add_child(instance=ChimeElementPage(title="Håp", slug="hap", element="hope"))
    duplicate = ChimeElementPage(title="Håp igjen", slug="hap-igjen", element="hope", locale=overview.locale)
    with pytest.raises(ValidationError) as error:
        overview.add_child(instance=duplicate)
    assert "element" in error.value.message_dict
    overview.add_child(instance=ChimeElementPage(title="Mening", slug="mening", element="meaning"))
    assert ChimeElementPage.objects.child_of(overview).count() == 2
