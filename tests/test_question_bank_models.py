"""Question themes: inline questions in order, translation through wagtail-localize."""

import pytest
from wagtail.models import Locale

from question_bank.models import Question, QuestionTheme

from .conftest import make_theme

pytestmark = pytest.mark.django_db


def test_questions_keep_their_order():
    theme = make_theme(questions=["Første?", "Andre?", "Tredje?"])
    assert [q.text for q in theme.questions.all()] == ["Første?", "Andre?", "Tredje?"]
    first, second, third = theme.questions.all()
    # What the inline panel's drag-and-drop order does on save:
    for position, question in enumerate([third, first, second]):
        question.sort_order = position
    theme.questions = [third, first, second]
    theme.save()
    assert [q.text for q in QuestionTheme.objects.get(pk=theme.pk).questions.all()] == [
        "Tredje?",
        "Første?",
        "Andre?",
    ]


def test_theme_knows_its_chime_element():
    theme = make_theme(element="identity")
    assert theme.chime_element.code == "identity"
    assert theme.chime_element.letter == "I"
    assert str(theme) == "Tro på fremtiden"


def test_translation_creates_the_english_theme_with_its_questions(translate_now):
    theme = make_theme(
        title="Tro på fremtiden",
        when_relevant="Tidlig i samtalen.",
        questions=["Hva gir deg håp?", "Hva ser du frem til?"],
    )
    en_theme = translate_now(
        theme,
        [
            ("Tro på fremtiden", "Belief in the future"),
            ("Tidlig i samtalen.", "Early in the conversation."),
            ("Hva gir deg håp?", "What gives you hope?"),
            ("Hva ser du frem til?", "What are you looking forward to?"),
        ],
    )
    en_theme = QuestionTheme.objects.get(pk=en_theme.pk)
    assert en_theme.locale.language_code == "en"
    assert en_theme.live
    assert en_theme.translation_key == theme.translation_key
    assert en_theme.title == "Belief in the future"
    assert en_theme.element == "hope"
    en_questions = list(en_theme.questions.all())
    assert [q.text for q in en_questions] == ["What gives you hope?", "What are you looking forward to?"]
    assert {q.locale.language_code for q in en_questions} == {"en"}
    assert [q.translation_key for q in en_questions] == [q.translation_key for q in theme.questions.all()]
    # The Norwegian source is untouched.
    assert [q.text for q in Question.objects.filter(theme=theme)] == [
        "Hva gir deg håp?",
        "Hva ser du frem til?",
    ]


def test_a_question_added_to_the_english_theme_is_english():
    en = Locale.objects.get(language_code="en")
    theme = make_theme(locale=en, title="Hope", questions=["What helps?"])
    theme.questions.add(Question(text="Who helps?"))
    theme.save()
    assert {q.locale_id for q in theme.questions.all()} == {en.pk}


def test_questions_made_in_code_keep_their_order(db):
    """Without a sort_order PostgreSQL returned a theme's questions in any order (a page then
    showed "Hva ser du frem til?" before "Hva gir deg håp?")."""
    from .conftest import make_theme

    texts = ["Hva gir deg håp?", "Hva ser du frem til?", "Hvem heier på deg?"]
    theme = make_theme(questions=texts)
    assert [(q.sort_order, q.text) for q in theme.questions.all()] == list(enumerate(texts))
