"""Loads the CHIME question banks (seed 001) in Norwegian and translates them into English.

Each theme's ``phases`` (codes of question_bank.phases) are the phases seed 001 supports for it:
its own «Når det er relevant» text («Bruk tidlig i samtalen», «Passer i planleggings- og
tiltaksfasen», «Egner seg for grupper …»), and the rows of the element's phase guide
(«Veiledning for bruk»: innledende fase, midtfase, oppfølgingsfase, grupper, and the row for
resistance, low motivation or crisis) whose example questions match the theme's. The data
modules (question_bank/demo_content/) say above each theme which.
"""

from importlib import import_module

from wagtail.models import Locale

from course_pages.translation.demo import translate

from .elements import ELEMENTS
from .models import Question, QuestionTheme, ThemeCollection

# One data module per element, plus the conversation plan's evaluation form (no element).
SOURCES = [(element.code, element.code) for element in ELEMENTS] + [("conversation_plan", "")]


def load_question_bank(memory, stdout):
    """Create and publish every theme with its questions, then its English translation.

    Themes are found again by element and Norwegian title, so a second run changes nothing.
    """
    created = 0
    for module_name, element in SOURCES:
        module = import_module(f"{__package__}.demo_content.{module_name}")
        for order, data in enumerate(module.THEMES, start=1):
            created += ensure_theme(memory, element, data, order * 10)
    if created:
        stdout.write(f"Created {created} question themes.")


def ensure_theme(memory, element, data, sort_order, collection=ThemeCollection.QUESTION_BANK):
    """The published Norwegian theme described by ``data`` (``title``, ``when_relevant``,
    ``questions`` as (kind, audience, nb, en) and optionally ``phases``, a list of phase codes),
    created if missing, and its English translation. An existing theme whose phases differ
    from ``data`` gets them in a new published revision, synced to its translation (the demo's
    phases were added after its themes). Returns 1 if the theme was created, else 0."""
    nb = Locale.get_default()
    phases = QuestionTheme._meta.get_field("phases").clean_list(data.get("phases"))
    title = memory.add(data["title"])
    when_relevant = memory.add(data["when_relevant"])
    texts = [memory.add((nb_text, en_text)) for _, _, nb_text, en_text in data["questions"]]
    theme = QuestionTheme.objects.filter(
        locale=nb, element=element, title=title, collection=collection
    ).first()
    created = theme is None
    if created:
        theme = QuestionTheme(
            locale=nb,
            element=element,
            collection=collection,
            title=title,
            when_relevant=when_relevant,
            phases=phases,
            sort_order=sort_order,
        )
        theme.questions = [
            Question(locale=nb, text=text, kind=kind, audience=audience)
            for text, (kind, audience, _, _) in zip(texts, data["questions"], strict=True)
        ]
        theme.save()
        theme.save_revision().publish()
    elif theme.phases != phases:
        theme.phases = phases
        theme.save_revision().publish()
        translate(theme, memory, "en", update=True)
        return 0
    translate(theme, memory, "en")
    return int(created)


def find_theme(element, title, collection=ThemeCollection.QUESTION_BANK):
    """The Norwegian theme with this element and title (for pages that embed it)."""
    return QuestionTheme.objects.get(
        locale=Locale.get_default(), element=element, title=title, collection=collection
    )
