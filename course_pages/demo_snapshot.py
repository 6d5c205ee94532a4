"""The demo content as built, stored: a snapshot that ``load_demo`` loads into an empty database.

Building the demo the way a translator would, through wagtail-localize (``load_demo --build``),
takes about 20 s on a quiet machine, most of it wagtail-localize turning 135 objects into
segments and back. An empty database does not need that work done again: it gets the rows the
build wrote, from a Django fixture, in a few seconds (issue 14: ``load_demo`` under 10 s) — the
way Wagtail's bakerydemo loads its demo. ``make demo-snapshot`` builds the demo through
wagtail-localize in a new SQLite database and stores the result here; nothing else makes it.

Two files in ``course_pages/fixtures/``:

- ``demo.json.xz``: every row of every model the build may write (``snapshot_models``), in
  Django's JSON serialization. Content types and permissions, which ``migrate`` creates with
  database-dependent ids, are referred to by natural key; everything else keeps its id, so the
  pages, revisions, translation sources and reference index stay linked as built.
- ``demo.manifest.json``: ``fingerprint`` (``fingerprint()`` when the snapshot was made), and
  what a newly migrated database holds of the snapshot models (Wagtail's root and welcome
  pages, default Site, groups and their permissions, collection, workflow, locales):
  ``fresh_ids``, their ids per model label, and ``fresh_rows``, their content (``content``).

A snapshot is loaded only when it matches the code (same fingerprint) and the database is
exactly as ``migrate`` left it (``is_fresh``: no row added, none changed, none deleted; users
may exist); otherwise ``load_demo`` builds, which is slower and correct in any state.

Two tests keep the stored snapshot true (tests/test_demo_snapshot.py): one fails when the
fingerprint is out of date, and one builds the demo and compares every row with the snapshot.
The fingerprint covers what is particular to the demo; a change elsewhere that alters what
gets stored (a block's or a model's code) is caught by the second.
"""

import io
import json
import lzma
import re
import tempfile
from collections import Counter
from hashlib import sha256
from importlib.metadata import version
from itertools import chain
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.commands import loaddata
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings

BASE_DIR = Path(settings.BASE_DIR)
SNAPSHOT_DIR = BASE_DIR / "course_pages" / "fixtures"
SNAPSHOT = SNAPSHOT_DIR / "demo.json.xz"
MANIFEST = SNAPSHOT_DIR / "demo.manifest.json"

# What the built content depends on besides the migrations: the demo's data and the code that
# builds and translates it, and the packages that decide how it is stored (StreamField and
# revision JSON, wagtail-localize's segments, modelcluster's child rows).
SOURCES = (
    "course_pages/demo.py",
    "course_pages/demo_images.py",
    "course_pages/demo_content/*.py",
    "course_pages/demo_snapshot.py",
    "course_pages/management/commands/load_demo.py",
    "course_pages/translation/demo.py",
    "course_pages/translation/groups.py",
    "course_pages/translation/tree.py",
    "question_bank/demo.py",
    "question_bank/demo_content/*.py",
    "question_bank/elements.py",
    "question_bank/phases.py",
)
# Our apps' migrations count by content (a data migration may be edited); other apps' by name,
# with their package's version.
OWN_APPS = ("course_pages", "question_bank")
PACKAGES = ("Django", "wagtail", "wagtail-localize", "django-modelcluster")

# Not in the snapshot: the people (users and their profiles, sessions, login records, the
# Django admin's log), what is derived and rebuilt after loading (the search index, image
# renditions), the job queue, and what ``migrate`` creates, referred to by natural key instead.
# Everything else is, so a row of it that a newly migrated database lacks (a page, a comment,
# an editing session) makes the database one in use.
EXCLUDED_APPS = {"admin", "axes", "contenttypes", "django_rq", "sessions", "wagtailsearch", "wagtailusers"}
EXCLUDED_MODELS = {"auth.Permission", "auth.User", "wagtailimages.Rendition"}
# Referred to by natural key: ``migrate`` creates them, with ids that depend on the database.
NATURAL_KEY_MODELS = (ContentType, Permission)


def snapshot_models():
    """The concrete models whose rows the snapshot holds, in ``INSTALLED_APPS`` order."""
    return [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.app_label not in EXCLUDED_APPS
        and model._meta.label not in EXCLUDED_MODELS
    ]


def fingerprint():
    """A hex SHA-256 of what the built demo depends on: the ``SOURCES`` files, the migrations
    of ``OWN_APPS``, the latest migration of every other app, and the versions of
    ``PACKAGES``. A snapshot made under another fingerprint may not be what the build makes
    today."""
    digest = sha256()
    migrations = [BASE_DIR / app / "migrations" / "*.py" for app in OWN_APPS]
    patterns = [*SOURCES, *(str(path.relative_to(BASE_DIR)) for path in migrations)]
    for path in sorted(chain.from_iterable(BASE_DIR.glob(pattern) for pattern in patterns)):
        digest.update(str(path.relative_to(BASE_DIR)).encode())
        digest.update(path.read_bytes())
    for app_label, name in sorted(MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes()):
        digest.update(f"migration {app_label}.{name}".encode())
    for package in PACKAGES:
        digest.update(f"package {package}=={version(package)}".encode())
    return digest.hexdigest()


def read_manifest():
    """The stored manifest as a dict, or ``None`` when there is no snapshot."""
    if not (SNAPSHOT.exists() and MANIFEST.exists()):
        return None
    return json.loads(MANIFEST.read_text())


def is_current(manifest):
    """Whether the snapshot described by ``manifest`` was made from today's code."""
    return manifest is not None and manifest["fingerprint"] == fingerprint()


def existing_ids():
    """``{model label: sorted list of ids}`` of every snapshot model's rows in the database."""
    return {
        model._meta.label: sorted(model._base_manager.values_list("pk", flat=True))
        for model in snapshot_models()
    }


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")


def content(records):
    """What serialized rows say, as a ``Counter`` of ``(model label, fields as JSON text)``.

    ``records`` are dicts as Django's serializers make them (``model``, ``pk``, ``fields``).
    Left out is what differs between two runs of the same code: a row's own id (the order in
    which rows are numbered can differ between databases), UUIDs (translation keys, StreamField
    block ids) and times, wherever they occur, the order of many-to-many lists, and the order of
    keys in JSON, also in JSON held as text (PostgreSQL's ``jsonb`` keeps its own order).
    Foreign keys and ids inside StreamField and revision JSON stay: they must point at the same
    rows; so does an id that is a link, as a page type's row's is to its page.

    Not seen, then: rows that trade places, all of their fields with them (two pages' ids),
    and UUIDs that trade places (two pages' translation keys, which pair each page with its
    translations). The build makes neither happen by changing what it stores.
    """
    rows = Counter()
    for record in records:
        meta = apps.get_model(record["model"])._meta
        many_to_many = {field.name for field in meta.many_to_many}
        fields = {
            name: sorted(value, key=json.dumps) if name in many_to_many else _parsed(value)
            for name, value in record["fields"].items()
        }
        if meta.pk.is_relation:
            fields[meta.pk.name] = record["pk"]
        text = TIME.sub("<time>", UUID.sub("<uuid>", json.dumps(fields, sort_keys=True)))
        rows[(record["model"], text)] += 1
    return rows


def _parsed(value):
    """``value`` with every JSON text in it (a StreamField's, a revision's) read as JSON."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_parsed(item) for item in value]
    if isinstance(value, dict):
        return {key: _parsed(item) for key, item in value.items()}
    return value


def database_content():
    """``content`` of every snapshot model's rows in the database."""
    stream = io.StringIO()
    dump(stream)
    return content(json.loads(stream.getvalue()))


def snapshot_content():
    """``content`` of the stored snapshot's rows."""
    with lzma.open(SNAPSHOT, "rt", encoding="utf-8") as stream:
        return content(json.load(stream))


def is_fresh(manifest):
    """Whether the database is exactly as ``migrate`` left it, for the snapshot models: no row
    added (a page, a theme, a group, a document), none changed (a Site's host name, a group's
    permissions), none deleted. Such a database has nothing the snapshot would overwrite; any
    other is in use, and the demo is built around what is there instead. Users do not count:
    a superuser made before ``load_demo`` keeps their logins and group memberships."""
    fresh_ids = manifest["fresh_ids"]
    if any(
        model._base_manager.exclude(pk__in=fresh_ids.get(model._meta.label, ())).exists()
        for model in snapshot_models()
    ):
        return False
    fresh_rows = Counter({(label, text): count for label, text, count in manifest["fresh_rows"]})
    return database_content() == fresh_rows


class _Serializer(JSONSerializer):
    """Django's JSON serializer, with natural keys only for ``NATURAL_KEY_MODELS``.

    ``dumpdata --natural-foreign`` would also write every page reference as the page's
    ``url_path`` (Wagtail's natural key for pages), which fails for the log entries of a
    deleted page and costs a query per reference when loading.
    """

    def handle_fk_field(self, obj, field):
        if issubclass(field.remote_field.model, NATURAL_KEY_MODELS):
            return super().handle_fk_field(obj, field)
        self._current[field.name] = getattr(obj, field.attname)

    def handle_m2m_field(self, obj, field):
        if issubclass(field.remote_field.model, NATURAL_KEY_MODELS):
            return super().handle_m2m_field(obj, field)
        if field.remote_field.through._meta.auto_created:
            self._current[field.name] = sorted(getattr(obj, field.name).values_list("pk", flat=True))


def dump(stream):
    """Write every row of every snapshot model to ``stream``, as the snapshot's JSON."""
    querysets = [model._base_manager.order_by("pk") for model in snapshot_models()]
    _Serializer().serialize(
        chain.from_iterable(querysets), stream=stream, indent=0, use_natural_foreign_keys=True
    )


def save_snapshot(stdout):
    """Build the demo through wagtail-localize in this database, which must be newly migrated,
    and store it as the snapshot. Uploads go to a temporary ``MEDIA_ROOT``, so file names are
    the ones an empty media folder gives. Raises ``RuntimeError`` on a database in use."""
    from wagtail.models import Page

    from question_bank.models import QuestionTheme

    # A newly migrated database has two pages: Wagtail's root and its welcome page.
    if Page.objects.count() > 2 or QuestionTheme.objects.exists():
        raise RuntimeError("The demo snapshot must be made in a newly migrated, empty database.")
    fresh_ids, fresh_rows = existing_ids(), database_content()
    with tempfile.TemporaryDirectory(prefix="kbt-demo-media-") as media, override_settings(MEDIA_ROOT=media):
        call_command("load_demo", "--build", stdout=stdout)
    SNAPSHOT_DIR.mkdir(exist_ok=True)
    with lzma.open(SNAPSHOT, "wt", encoding="utf-8", preset=9) as stream:
        dump(stream)
    manifest = {
        "fingerprint": fingerprint(),
        "fresh_ids": {label: ids for label, ids in fresh_ids.items() if ids},
        "fresh_rows": sorted([label, text, count] for (label, text), count in fresh_rows.items()),
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    size = SNAPSHOT.stat().st_size
    stdout.write(f"Stored the demo snapshot: {SNAPSHOT.relative_to(BASE_DIR)} ({size} bytes).")


def _clear_snapshot_tables():
    """Empty every snapshot model's table (and its many-to-many tables), without cascading:
    foreign keys are checked at the commit (Django creates them deferred), when the snapshot's
    rows are in place.

    In a fresh database these rows are what ``migrate`` made. The snapshot holds each of them
    as the build left it, or not at all when the build deleted it (the welcome page). Their ids
    are the same in every database, but not always what they stand for: PostgreSQL numbers
    Wagtail's default group permissions in another order than SQLite, so loading the
    snapshot's rows over them would collide on their unique constraints."""
    tables = []
    for model in snapshot_models():
        tables.append(model._meta.db_table)
        tables += [
            field.remote_field.through._meta.db_table
            for field in model._meta.local_many_to_many
            if field.remote_field.through._meta.auto_created
        ]
    with connection.cursor() as cursor:
        for table in reversed(tables):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


class _LoadIntoEmptyTables(loaddata.Command):
    """Django's ``loaddata`` for tables known to be empty: each row is inserted at once instead
    of first tried as an update (two queries a row), which on PostgreSQL is most of the load."""

    def save_obj(self, obj):
        save = obj.save
        obj.save = lambda **kwargs: save(force_insert=True, **kwargs)
        return super().save_obj(obj)


def load_snapshot(manifest, stdout):
    """Load the snapshot if the database is fresh (``is_fresh``), all or nothing: replace what
    ``migrate`` made with the snapshot's rows, draw the demo images' files, index everything for
    search and start every cache afresh. Returns whether it did. The check and the load are one
    transaction, so what it checked is what it replaces (but a row another process writes
    meanwhile is not locked out: load the demo before the site serves)."""
    from wagtail.models import Site

    from course_pages.caching import purge_urls, urls_of_every_page
    from course_pages.demo_images import restore_image_files
    from course_pages.site_settings import forget_site_chrome

    with transaction.atomic():
        if not is_fresh(manifest):
            return False
        _clear_snapshot_tables()
        call_command(_LoadIntoEmptyTables(), str(SNAPSHOT), stdout=stdout, verbosity=0)
        restore_image_files(stdout)
        call_command("update_index", stdout=stdout, verbosity=0)
        Site.clear_site_root_paths_cache()
        forget_site_chrome()
        purge_urls(urls_of_every_page())
    return True
