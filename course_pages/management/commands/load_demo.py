from collections import defaultdict
from contextlib import contextmanager

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models.signals import post_save

from course_pages import demo_snapshot
from course_pages.demo import DemoConflict, check_site_root, load_pages
from course_pages.translation.demo import TranslationMemory
from course_pages.translation.groups import ensure_question_bank_workflow, ensure_translator_groups
from question_bank.demo import load_question_bank


def _saved_objects(models, receiver_to_defer):
    """A context manager that disconnects ``receiver_to_defer`` from ``post_save`` of
    ``models`` and yields ``{model label: [pk, ...]}`` of every object saved meanwhile, in
    the order first saved."""

    @contextmanager
    def deferring():
        saved = defaultdict(dict)

        def remember(sender, instance, raw=False, **kwargs):
            if not raw:
                saved[instance._meta.label][instance.pk] = None

        for model in models:
            post_save.disconnect(receiver_to_defer, sender=model)
            post_save.connect(remember, sender=model, weak=False)
        try:
            yield saved
        finally:
            for model in models:
                post_save.disconnect(remember, sender=model)
                post_save.connect(receiver_to_defer, sender=model)

    return deferring()


@contextmanager
def search_index_updated_once():
    """Index each saved object once, at the end, instead of on every save.

    modelsearch re-indexes an object on each ``post_save`` (a task per save); the loader
    saves a theme, its revision and its translations many times over, which was about a
    fifth of its time. At the end, the objects of each model go to the index together
    (``add_bulk``, as ``update_index`` does): the SQLite backend re-computes its title norms
    over the whole index after each addition. Objects deleted meanwhile are skipped.
    """
    from modelsearch import index, signal_handlers
    from modelsearch.backends import get_search_backends
    from wagtail.search import index as wagtail_index

    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    with _saved_objects(models, signal_handlers.post_save_signal_handler) as saved:
        # Code that indexes an object itself (QuestionTheme.save, once its questions are
        # saved) is deferred too, through either module that offers the function.
        direct = index.insert_or_update_object

        def remember(instance):
            saved[instance._meta.label].setdefault(instance.pk)

        modules = (index, wagtail_index)
        for module in modules:
            module.insert_or_update_object = remember
        try:
            yield
        finally:
            for module in modules:
                module.insert_or_update_object = direct
    indexed = defaultdict(list)
    for label, pks in saved.items():
        for instance in apps.get_model(label)._default_manager.filter(pk__in=list(pks)):
            indexed_instance = instance.get_indexed_instance()
            if indexed_instance is not None:
                indexed[type(indexed_instance)].append(indexed_instance)
    for model, instances in indexed.items():
        # As ``index.insert_or_update_object``: only what the model's indexed objects include.
        included = set(
            model.get_indexed_objects()
            .filter(pk__in=[obj.pk for obj in instances])
            .values_list("pk", flat=True)
        )
        instances = [obj for obj in instances if obj.pk in included]
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, instances)


@contextmanager
def reference_index_updated_once():
    """Record each saved object's references (Wagtail's ``ReferenceIndex``, behind the usage
    reports) once, at the end, instead of on every save, as Wagtail's own receiver does
    (``update_reference_index_task``). Objects deleted meanwhile are skipped."""
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import update_reference_index_on_save
    from wagtail.tasks import update_reference_index_task

    with _saved_objects(ReferenceIndex.tracked_models, update_reference_index_on_save) as saved:
        yield
    for label, pks in saved.items():
        model = apps.get_model(label)
        for pk in model._default_manager.filter(pk__in=list(pks)).values_list("pk", flat=True):
            update_reference_index_task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


@contextmanager
def sqlite_without_fsync():
    """On SQLite, skip the fsync after each of the loader's ~2,400 commits (the demo can
    be loaded again if the machine crashes mid-way); other databases are left as they are,
    and so is a loader run inside a transaction (the tests), where SQLite refuses the pragma
    and there are no commits to speed up."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        (previous,) = cursor.fetchone()
        cursor.execute("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA synchronous = {int(previous)}")


class Command(BaseCommand):
    help = (
        "Fill the database with the demo content in Norwegian and its English translation "
        "(made through wagtail-localize). An empty database gets the stored snapshot of it "
        "(course_pages/fixtures/); otherwise, or with --build, it is built. Safe to run again: "
        "existing content is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--build",
            action="store_true",
            help="Build the demo through wagtail-localize even when the stored snapshot could be loaded.",
        )

    def handle(self, *args, build=False, **options):
        manifest = None if build else demo_snapshot.read_manifest()
        if manifest is not None and not demo_snapshot.is_current(manifest):
            self.stdout.write(
                "The stored demo snapshot is older than the demo's code (make demo-snapshot "
                "renews it); building the demo instead."
            )
        elif manifest is not None:
            if demo_snapshot.load_snapshot(manifest, self.stdout):
                self.stdout.write(self.style.SUCCESS("Demo content is in place (from the stored snapshot)."))
                return
            self.stdout.write(
                "The database is not as migrate left it (it has content or settings of its own), "
                "so the demo is built around what is there, which is slower."
            )
        self.build()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def build(self):
        try:
            check_site_root()
        except DemoConflict as conflict:
            raise CommandError(str(conflict)) from None
        memory = TranslationMemory()
        with sqlite_without_fsync(), search_index_updated_once(), reference_index_updated_once():
            # Snippets first: translating a page needs the English versions of what it embeds.
            load_question_bank(memory, self.stdout)
            load_pages(memory, self.stdout)
            ensure_translator_groups()
            ensure_question_bank_workflow()
