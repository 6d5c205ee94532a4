from contextlib import contextmanager

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.models.signals import post_save

from course_pages.demo import load_pages
from course_pages.translation.demo import TranslationMemory
from course_pages.translation.groups import ensure_question_bank_workflow, ensure_translator_groups
from question_bank.demo import load_question_bank


@contextmanager
def search_index_updated_once():
    """Index each saved object once, at the end, instead of on every save.

    modelsearch re-indexes an object on each ``post_save`` (a task per save); the loader
    saves a theme, its revision and its translations many times over, which was about a
    fifth of its time. Objects deleted meanwhile are skipped.
    """
    from modelsearch import index, signal_handlers

    saved = {}

    def remember(instance, raw=False, **kwargs):
        if not raw:
            saved[(instance._meta.label, instance.pk)] = None

    models = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
            post_save.connect(signal_handlers.post_save_signal_handler, sender=model)
    for label, pk in saved:
        instance = apps.get_model(label)._default_manager.filter(pk=pk).first()
        if instance is not None:
            index.insert_or_update_object(instance)


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
        "(made through wagtail-localize). Safe to run again: existing content is left alone."
    )

    def handle(self, *args, **options):
        memory = TranslationMemory()
        with sqlite_without_fsync(), search_index_updated_once():
            # Snippets first: translating a page needs the English versions of what it embeds.
            load_question_bank(memory, self.stdout)
            load_pages(memory, self.stdout)
            ensure_translator_groups()
            ensure_question_bank_workflow()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
