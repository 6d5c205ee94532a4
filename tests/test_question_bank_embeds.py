"""Question-bank embeds on pages: the reader's language, fallback, drafts, usage, query cost."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from question_bank.models import QuestionTheme

from .conftest import make_theme

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [
    ("Tro på fremtiden", "Belief in the future"),
    ("Tidlig i samtalen.", "Early in the conversation."),
    ("Hva gir deg håp?", "What gives you hope?"),
    ("Hva ser du frem til?", "What are you looking forward to?"),
]


def hope_theme():
    return make_theme(
        title="Tro på fremtiden",
        when_relevant="Tidlig i samtalen.",
        questions=["Hva gir deg håp?", "Hva ser du frem til?"],
    )


def theme_block(theme, **options):
    return {
        "type": "question_theme",
        "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0, **options},
    }


def themes_on(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select(".question-theme")


def en_twin(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


def test_embed_shows_norwegian_on_the_norwegian_page_and_english_on_the_english_page(
    client, make_lesson, translate_now
):
    theme = hope_theme()
    translate_now(theme, HOPE_PAIRS)
    lesson = make_lesson([theme_block(theme)], translated=True)

    nb_theme = themes_on(client.get(lesson.url))[0]
    assert nb_theme.find("h3").get_text(strip=True) == "Tro på fremtiden"
    assert [li.get_text(" ", strip=True) for li in nb_theme.select("li")] == [
        "Hva gir deg håp?",
        "Hva ser du frem til?",
    ]

    response = client.get(en_twin(lesson).url)
    assert response.status_code == 200
    en_theme = themes_on(response)[0]
    assert en_theme.find("h3").get_text(strip=True) == "Belief in the future"
    assert "Early in the conversation." in en_theme.get_text()
    assert [li.get_text(" ", strip=True) for li in en_theme.select("li")] == [
        "What gives you hope?",
        "What are you looking forward to?",
    ]
    assert en_theme.find(attrs={"lang": "nb"}) is None
    assert en_theme.get("lang") is None


def test_english_page_embeds_the_english_snippet(make_lesson, translate_now):
    theme = hope_theme()
    en_theme = translate_now(theme, HOPE_PAIRS)
    lesson = make_lesson([theme_block(theme)], translated=True)
    en_body = en_twin(lesson).specific.body
    assert en_body[0].value["theme"].pk == en_theme.pk


def test_untranslated_theme_falls_back_to_norwegian_marked_as_such(client, make_lesson):
    theme = hope_theme()
    lesson = make_lesson([theme_block(theme)], translated=True)
    section = themes_on(client.get(en_twin(lesson).url))[0]
    assert section["lang"] == "nb"
    assert section.find("h3").get_text(strip=True) == "Tro på fremtiden"
    assert len(section.select("li")) == 2


def test_copy_made_by_wagtail_localize_is_not_shown_as_english(client, make_lesson):
    """Translating a page from the admin also creates the snippets it embeds — as drafts
    still holding Norwegian text. They must not pass for English."""
    theme = hope_theme()
    lesson = make_lesson([theme_block(theme)], translated=True)
    en = Locale.objects.get(language_code="en")
    TranslationCreator(user=None, target_locales=[en]).create_translations(lesson)
    copy = QuestionTheme.objects.get(translation_key=theme.translation_key, locale=en)
    assert not copy.live
    assert copy.title == "Tro på fremtiden"

    section = themes_on(client.get(en_twin(lesson).url))[0]
    assert section["lang"] == "nb"


def test_question_left_untranslated_in_a_live_translation_is_marked_norwegian(
    client, make_lesson, translate_now
):
    theme = hope_theme()
    en_theme = translate_now(theme, HOPE_PAIRS)
    untranslated = en_theme.questions.all()[1]
    untranslated.text = "Hva ser du frem til?"
    untranslated.save()
    lesson = make_lesson([theme_block(theme)], translated=True)

    section = themes_on(client.get(en_twin(lesson).url))[0]
    items = section.select("li")
    assert items[0].get("lang") is None
    assert items[1]["lang"] == "nb"


def test_only_live_content_is_public_and_drafts_show_in_preview(client, make_lesson):
    theme = hope_theme()
    lesson = make_lesson([theme_block(theme)])
    draft = theme.get_latest_revision_as_object()
    draft.title = "Ny tittel i utkast"
    draft.save_revision()
    theme.refresh_from_db()
    assert theme.has_unpublished_changes

    public = themes_on(client.get(lesson.url))[0]
    assert public.find("h3").get_text(strip=True) == "Tro på fremtiden"

    preview = lesson.make_preview_request()
    preview_theme = BeautifulSoup(preview.rendered_content, "html.parser").select(".question-theme")[0]
    assert preview_theme.find("h3").get_text(strip=True) == "Ny tittel i utkast"


def test_never_published_theme_is_not_public(client, make_lesson):
    theme = hope_theme()
    theme.live = False
    theme.save()
    lesson = make_lesson([theme_block(theme)])
    assert themes_on(client.get(lesson.url)) == []


def test_usage_report_lists_pages_in_both_languages(admin_client, make_lesson, translate_now):
    theme = hope_theme()
    translate_now(theme, HOPE_PAIRS)
    lesson = make_lesson([theme_block(theme)], title=("Om håp", "About hope"), translated=True)
    url = reverse("wagtailsnippets_question_bank_questiontheme:usage", args=[theme.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Om håp" in soup.get_text()
    assert "About hope" in soup.get_text()
    en_lesson = lesson.get_translation(Locale.objects.get(language_code="en"))
    for page in (lesson, en_lesson):
        assert soup.find("a", href=reverse("wagtailadmin_pages:edit", args=[page.pk])) is not None


def test_element_and_hand_picked_embeds(client, make_lesson, translate_now, memory):
    memory.add(("Utvalgte", "Selected"))
    first = hope_theme()
    second = make_theme(title="Styrker og ressurser", questions=["Hva er du god på?"], sort_order=20)
    make_theme(element="meaning", title="Mening", questions=["Hva gir mening?"])
    translate_now(first, HOPE_PAIRS)
    question = second.questions.get()
    lesson = make_lesson(
        [
            {
                "type": "element_themes",
                "value": {"element": "hope", "show_guidance": False, "answer_lines": 0},
            },
            {
                "type": "question_set",
                "value": {"heading": "Utvalgte", "questions": [question.pk], "answer_lines": 2},
            },
        ],
        translated=True,
    )
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    titles = [h.get_text(strip=True) for h in soup.select(".element-themes .question-theme h3")]
    assert titles == ["Tro på fremtiden", "Styrker og ressurser"]
    assert "Tidlig i samtalen." not in soup.select_one(".element-themes").get_text()
    picked = soup.select_one(".question-set")
    assert [li.find(class_="question__text").get_text() for li in picked.select("li")] == [
        "Hva er du god på?"
    ]
    assert len(picked.select(".answer-line")) == 2

    en_soup = BeautifulSoup(client.get(en_twin(lesson).url).content, "html.parser")
    en_titles = [h.get_text(strip=True) for h in en_soup.select(".element-themes .question-theme h3")]
    assert en_titles == ["Belief in the future", "Styrker og ressurser"]
    assert en_soup.select(".element-themes .question-theme")[1]["lang"] == "nb"


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_embeds(client, make_lesson):
    themes = [
        make_theme(title=f"Tema {n}", questions=[f"Spørsmål {n}a?", f"Spørsmål {n}b?"]) for n in range(40)
    ]
    questions = [theme.questions.first().pk for theme in themes]
    one = make_lesson(
        [
            theme_block(themes[0]),
            {
                "type": "element_themes",
                "value": {"element": "hope", "show_guidance": True, "answer_lines": 0},
            },
            {"type": "question_set", "value": {"heading": "", "questions": questions[:1], "answer_lines": 0}},
        ],
        translated=True,
    )
    many = make_lesson(
        [theme_block(theme) for theme in themes]
        + [{"type": "element_themes", "value": {"element": "hope", "show_guidance": True, "answer_lines": 0}}]
        * 5
        + [{"type": "question_set", "value": {"heading": "", "questions": questions, "answer_lines": 0}}],
        translated=True,
    )
    # Warm the site-root cache and each language's cached footer, as on a running site.
    client.get(one.url)
    client.get(en_twin(one).url)
    few_queries = query_count(client, one.url)
    many_queries = query_count(client, many.url)
    assert len(themes_on(client.get(many.url))) == 40 + 5 * 40
    assert many_queries == few_queries
    assert many_queries <= 20
    en_many = en_twin(many)
    assert query_count(client, en_many.url) == query_count(client, en_twin(one).url)


def test_deleted_theme_is_left_out_without_an_error(client, make_lesson):
    theme = hope_theme()
    other = make_theme(title="Styrker", questions=["Hva er du god på?"])
    lesson = make_lesson([theme_block(theme), theme_block(other)])
    theme.delete()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert [s.find("h3").get_text(strip=True) for s in themes_on(response)] == ["Styrker"]
