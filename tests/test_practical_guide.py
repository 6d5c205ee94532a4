"""The practical guide's example questions come from the question bank: edited once, shown
in every guide table in the reader's language, and kept out of the element's question bank."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from course_pages.blocks import PracticalGuideRowBlock
from question_bank.models import ThemeCollection

from .conftest import make_theme

pytestmark = pytest.mark.django_db

PAIRS = [
    ("Relasjoner som gir håp", "Relationships that give hope"),
    ("Hvem i livet ditt gir deg håp?", "Who in your life gives you hope?"),
    ("Støtte fra andre", "Support from others"),
    ("Relasjoner som oppmuntrer.", "Relationships that encourage."),
    ("Vær en håpsbærer.", "Be a bearer of hope."),
]


def guide_table(theme):
    return {
        "type": "practical_guide",
        "value": {
            "heading": "",
            "element": "hope",
            "rows": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "subcategory": "Støtte fra andre",
                        "meaning": "Relasjoner som oppmuntrer.",
                        "support": "Vær en håpsbærer.",
                        "example_questions": theme.pk,
                        "questions": "",
                    },
                }
            ],
        },
    }


@pytest.fixture
def example_theme():
    return make_theme(
        title="Relasjoner som gir håp",
        questions=["Hvem i livet ditt gir deg håp?"],
        collection=ThemeCollection.PRACTICAL_GUIDE,
    )


def table_questions(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [li.get_text(strip=True) for li in soup.select(".guide-table__questions li")]


def test_guide_table_shows_the_themes_questions_in_the_readers_language(
    client, make_lesson, translate_now, example_theme
):
    translate_now(example_theme, PAIRS)
    lesson = make_lesson([guide_table(example_theme)], title=("Håp", "Hope"), translated=True)
    en_lesson = lesson.get_translation(Locale.objects.get(language_code="en"))
    assert table_questions(client, lesson) == ["Hvem i livet ditt gir deg håp?"]
    assert table_questions(client, en_lesson) == ["Who in your life gives you hope?"]


def test_editing_the_theme_changes_the_guide_table_once_published(client, make_lesson, example_theme):
    lesson = make_lesson([guide_table(example_theme)])
    draft = example_theme.get_latest_revision_as_object()
    question = draft.questions.first()
    question.text = "Hvem gir deg håp i dag?"
    draft.questions = [question]
    revision = draft.save_revision()
    assert table_questions(client, lesson) == ["Hvem i livet ditt gir deg håp?"]
    revision.publish()
    assert table_questions(client, lesson) == ["Hvem gir deg håp i dag?"]


def test_examples_stay_out_of_the_elements_question_bank(client, make_lesson, example_theme):
    make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    lesson = make_lesson(
        [{"type": "element_themes", "value": {"element": "hope", "show_guidance": False, "answer_lines": 0}}]
    )
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    titles = [h.get_text(strip=True) for h in soup.select(".question-theme__title")]
    assert titles == ["Tro på fremtiden"]


def test_a_row_needs_a_theme_or_written_questions():
    block = PracticalGuideRowBlock()
    row = {"subcategory": "Håp", "meaning": "Tro på bedring.", "support": "Vis at det går.", "questions": ""}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**row, "example_questions": None}))
    block.clean(block.to_python({**row, "example_questions": None, "questions": "Hva gir deg håp?"}))
