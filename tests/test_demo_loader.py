"""What makes ``load_demo`` fast without changing its result (issue 14): each saved object is
put into the search index once, after the loader's many saves of it, and found afterwards."""

from collections import Counter
from unittest import mock

import pytest
from modelsearch.backends import get_search_backend

from course_pages.management.commands.load_demo import search_index_updated_once
from course_pages.search_backend import backend_for_language
from question_bank.models import QuestionTheme

from .conftest import make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed():
    """Counts what reaches the search backend per (model label, pk): one object at a time (on
    each save, or from code that indexes an object itself) or in bulk (the loader's, at the end)."""
    counts = Counter()
    backend_class = type(get_search_backend())
    original, original_bulk = backend_class.add, backend_class.add_bulk

    def counting(self, instance):
        counts[(instance._meta.label, instance.pk)] += 1
        return original(self, instance)

    def counting_bulk(self, model, objects):
        for instance in objects:
            counts[(instance._meta.label, instance.pk)] += 1
        return original_bulk(self, model, objects)

    with (
        mock.patch.object(backend_class, "add", counting),
        mock.patch.object(backend_class, "add_bulk", counting_bulk),
    ):
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

    # Outside the loader, every save updates the index again, as Wagtail does (and then once
    # more from QuestionTheme.save, with its questions as saved).
    theme.save()
    assert indexed[(QuestionTheme._meta.label, theme.pk)] > 1


def test_loader_records_each_saved_objects_references_once_at_the_end():
    from wagtail.models import Page, ReferenceIndex
    from wagtail.tasks import update_reference_index_task

    from course_pages.management.commands.load_demo import reference_index_updated_once
    from course_pages.models import StandardPage

    counts = Counter()

    class Counting:
        @staticmethod
        def enqueue(app_label, model_name, pk):
            counts[(app_label, model_name, pk)] += 1
            return update_reference_index_task.enqueue(app_label, model_name, pk)

    def rows():
        fields = ("content_type", "object_id", "to_content_type", "to_object_id")
        return set(ReferenceIndex.objects.values_list(*fields))

    key = ("course_pages", "standardpage")
    with mock.patch("wagtail.tasks.update_reference_index_task", Counting):
        with reference_index_updated_once():
            root = Page.get_first_root_node()
            link = f'<p><a linktype="page" id="{root.pk}">Forsiden</a></p>'
            page = root.add_child(instance=StandardPage(title="Om oss", slug="om-oss", intro=link))
            page.save_revision().publish()  # saved, then saved again on publishing
            assert counts[(*key, str(page.pk))] == 0
        assert counts[(*key, str(page.pk))] == 1
    recorded = rows()
    assert recorded
    ReferenceIndex.create_or_update_for_object(page)  # what Wagtail records on a save
    assert rows() == recorded
