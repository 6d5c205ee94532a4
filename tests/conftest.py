from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale

from course_pages import demo as page_demo
from course_pages import printing
from course_pages.translation.demo import TranslationMemory

# The browser fixtures live in one place so that the session-wide Chromium starts once.
from .browser import chromium, wagtail_root  # noqa: F401


class _Quiet:
    def write(self, *args, **kwargs):
        pass


@pytest.fixture
def memory():
    return TranslationMemory()


@pytest.fixture
def nb_locale(db):
    return Locale.objects.get(language_code="nb")


@pytest.fixture
def en_locale(db):
    return Locale.objects.get(language_code="en")


@contextmanager
def _publishing_on_save():
    """Run ``transaction.on_commit`` callbacks at once, as on a real database in autocommit
    mode, where wagtail-localize publishes each translation as soon as it is saved. Deferring
    every publish to the end (a test's transaction never commits) would save pages with stale
    tree counts, so the English section pages would answer 404 — a state a real database
    never reaches."""

    def run_now(func, using=None, robust=False):
        func()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transaction, "on_commit", run_now)
        yield


@pytest.fixture
def load_demo(db):
    """Run ``load_demo`` as on a real database in autocommit mode (see ``_publishing_on_save``)."""

    def load():
        with _publishing_on_save():
            call_command("load_demo", stdout=_Quiet())

    return load


@pytest.fixture
def home_pages(db, memory, django_capture_on_commit_callbacks):
    """The nb home page (the default site's root) and its English translation."""
    with django_capture_on_commit_callbacks(execute=True):
        nb_home = page_demo.load_home(memory, _Quiet())
    en_home = nb_home.get_translation(Locale.objects.get(language_code="en"))
    return nb_home, en_home


@pytest.fixture
def builds(monkeypatch):
    """The HTML of every PDF WeasyPrint is asked to build."""
    built = []
    real_build = printing.build_pdf

    def counting_build(html, base_url):
        built.append(html)
        return real_build(html, base_url)

    monkeypatch.setattr(printing, "build_pdf", counting_build)
    return built


@pytest.fixture(autouse=True)
def empty_cache():
    """Tests share one process-wide cache; start each with it empty (no database access)."""
    from django.core.cache import cache

    cache.clear()


ROLE_GROUPS = {"editor": "Editors", "moderator": "Moderators", "translator": "Translators (en)"}


def make_user(username, group_name=None, **extra):
    """A user (password "x") in the group ``group_name``, e.g. Wagtail's "Editors"."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, password="x", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def role_user(role):
    """A user of one role of the permission matrix: editor, moderator, translator (en) or
    admin (a superuser). The translator group needs the English home page."""
    from django.contrib.auth import get_user_model

    from course_pages.translation.groups import ensure_translator_groups

    if role == "admin":
        return get_user_model().objects.create_superuser("admin", password="x")
    if role == "translator":
        ensure_translator_groups()
    return make_user(role, ROLE_GROUPS[role])


def make_theme(
    element="hope", title="Tro på fremtiden", questions=("Hva gir deg håp?",), locale=None, **kwargs
):
    """A published Norwegian question theme with its questions."""
    from question_bank.models import Question, QuestionTheme

    locale = locale or Locale.get_default()
    theme = QuestionTheme(locale=locale, element=element, title=title, **kwargs)
    theme.questions = [Question(locale=locale, text=text) for text in questions]
    theme.save()
    theme.save_revision().publish()
    return theme


@pytest.fixture
def translate_now(memory, django_capture_on_commit_callbacks):
    """Translate an object into en through wagtail-localize and publish it right away."""
    from course_pages.translation.demo import translate

    def run(instance, pairs=()):
        for pair in pairs:
            memory.add(pair)
        with django_capture_on_commit_callbacks(execute=True):
            return translate(instance, memory)

    return run


@pytest.fixture
def course(home_pages, memory, translate_now):
    """A published nb course (with its course index), both translated into en."""
    from course_pages.models import CourseIndexPage, CoursePage

    nb_home, _ = home_pages
    index = CourseIndexPage(title=memory.add(("Kurs", "Courses")), slug=memory.add(("kurs", "courses")))
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    translate_now(index)
    course = CoursePage(
        title=memory.add(("Recovery i praksis", "Recovery in practice")),
        slug=memory.add(("recovery", "recovery")),
        intro=f"<p>{memory.add(('Et kurs.', 'A course.'))}</p>",
        audience=memory.add(("Ansatte i kommunene.", "Municipal staff.")),
        learning_outcomes=f"<ul><li>{memory.add(('Å bruke CHIME.', 'Using CHIME.'))}</li></ul>",
        format="hybrid",
        duration=memory.add(("To dager", "Two days")),
        provider=memory.add(("KBT Fagskole", "KBT Fagskole")),
        signup_text=memory.add(("Meld deg på via kommunen.", "Sign up through your municipality.")),
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    translate_now(course)
    return course


@pytest.fixture
def make_lesson(course, memory, translate_now):
    """Creates a published nb lesson with the given body; ``translated=True`` adds its en twin."""
    from course_pages.models import LessonPage

    def make(body, title=("Leksjon", "Lesson"), slug=None, translated=False):
        number = LessonPage.objects.count() + 1
        lesson = LessonPage(
            title=memory.add(title),
            slug=slug or memory.add((f"leksjon-{number}", f"lesson-{number}")),
            body=body,
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        if translated:
            translate_now(lesson)
        return lesson

    return make


def page_types():
    """Every public page type, for the tests that visit one of each."""
    from course_pages.models import (
        ChimeElementPage,
        ChimeOverviewPage,
        ConversationToolPage,
        CourseIndexPage,
        CoursePage,
        GuideIndexPage,
        GuidePage,
        HomePage,
        LessonPage,
        NewsIndexPage,
        NewsPage,
        ProjectIndexPage,
        ProjectPage,
        SearchPage,
        StandardPage,
    )

    return [
        HomePage,
        ChimeOverviewPage,
        ChimeElementPage,
        ConversationToolPage,
        CourseIndexPage,
        CoursePage,
        LessonPage,
        GuideIndexPage,
        GuidePage,
        ProjectIndexPage,
        ProjectPage,
        NewsIndexPage,
        NewsPage,
        StandardPage,
        SearchPage,
    ]


GUIDE_THEME_PAIRS = [
    ("Tro på fremtiden", "Belief in the future"),
    ("Tidlig i samtalen.", "Early in the conversation."),
    ("Hva gir deg håp?", "What gives you hope?"),
]


@pytest.fixture
def guide(home_pages, memory, translate_now):
    """A published guide with a question theme and a fillable field, in nb and en."""
    from course_pages.demo import list_items
    from course_pages.models import GuideIndexPage, GuidePage

    nb_home, _ = home_pages
    theme = make_theme(
        title="Tro på fremtiden", when_relevant="Tidlig i samtalen.", questions=["Hva gir deg håp?"]
    )
    translate_now(theme, GUIDE_THEME_PAIRS)
    index = GuideIndexPage(
        title=memory.add(("Veiledere", "Guides")), slug=memory.add(("veiledere", "guides"))
    )
    nb_home.add_child(instance=index)
    index.save_revision().publish()
    translate_now(index)
    guide = GuidePage(
        title=memory.add(("Spørsmålsbank: Håp", "Question bank: Hope")),
        slug=memory.add(("sporsmalsbank-hap", "question-bank-hope")),
        body=[
            {"type": "heading", "value": memory.add(("Spørsmål om håp", "Questions about hope"))},
            {
                "type": "question_theme",
                "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 2},
            },
            {
                "type": "answer_field",
                "value": {"label": memory.add(("Mine mål", "My goals")), "help_text": "", "lines": 4},
            },
            {
                "type": "checklist",
                "value": {
                    "heading": memory.add(("Tema", "Topics")),
                    "items": list_items([memory.add(("Håp", "Hope"))]),
                },
            },
        ],
    )
    index.add_child(instance=guide)
    guide.save_revision().publish()
    translate_now(guide)
    return guide
