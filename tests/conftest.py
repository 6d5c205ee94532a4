import pytest
from django.core.management import call_command
from wagtail.models import Locale

from course_pages import demo as page_demo
from kbt.demo_translation import TranslationMemory


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


@pytest.fixture
def load_demo(db, django_capture_on_commit_callbacks):
    """Run ``load_demo`` as on a real database, where wagtail-localize publishes translations
    when the transaction commits (the test's transaction never does)."""

    def load():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo", stdout=_Quiet())

    return load


@pytest.fixture
def home_pages(db, memory, django_capture_on_commit_callbacks):
    """The nb home page (the default site's root) and its English translation."""
    with django_capture_on_commit_callbacks(execute=True):
        nb_home = page_demo.load_home(memory, _Quiet())
    en_home = nb_home.get_translation(Locale.objects.get(language_code="en"))
    return nb_home, en_home


@pytest.fixture(autouse=True)
def empty_cache():
    """Tests share one process-wide cache; start each with it empty (no database access)."""
    from django.core.cache import cache

    cache.clear()
