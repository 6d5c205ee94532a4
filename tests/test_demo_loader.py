"""What makes ``load_demo`` fast without changing its result (issue 14): each saved object is
put into the search index once, after the loader's many saves of it, and found afterwards."""

from collections import Counter
from unittest import mock

import pytest
from modelsearch import index

from course_pages.management.commands.load_demo import search_index_updated_once
from course_pages.search_backend import backend_for_language
from question_bank.models import QuestionTheme

from .conftest import make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed():
    """Counts index updates per (model label, pk)."""
    counts = Counter()
    original = index.insert_or_update_object

    def counting(instance):
        counts[(instance._meta.label, instance.pk)] += 1
        return original(instance)

    with mock.patch.object(index, "insert_or_update_object", counting):
        yield counts


def test_loader_indexes_each_saved_object_once_and_it_is_found(indexed):
    with search_index_updated_once():
        theme = make_theme(title="Håp og mening")  # saved, then saved again on publishing
        theme.title = "Håp og mening i hverdagen"
        theme.save()
        assert indexed[(QuestionTheme._meta.label, theme.pk)] == 0
    assert indexed[(QuestionTheme._meta.label, theme.pk)] == 1
    # Searched as a Norwegian reader searches: on PostgreSQL with the `norwegian` configuration.
    assert list(backend_for_language("nb").search("hverdagen", QuestionTheme)) == [theme]

    # Outside the loader, every save updates the index again, as Wagtail does.
    theme.save()
    assert indexed[(QuestionTheme._meta.label, theme.pk)] == 2
