"""The stored demo snapshot (``course_pages/demo_snapshot.py``, issue 14: ``load_demo`` under
10 s): an empty database gets it, it is exactly what building the demo through wagtail-localize
makes, and a database in use is never overwritten by it."""

import io
import lzma
import re
from collections import Counter

import pytest
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.management import CommandError, call_command
from django.db import models
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from course_pages import demo_snapshot
from course_pages.management.commands import load_demo
from course_pages.models import ChimeElementPage, HomePage
from course_pages.search_backend import backend_for_language
from question_bank.fields import ChoiceListField
from question_bank.models import QuestionTheme

from .conftest import _publishing_on_save

pytestmark = pytest.mark.django_db

MANIFEST = demo_snapshot.read_manifest()
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ID_ATTRIBUTE = re.compile(r'\bid="\d+"')
# Text fields that hold ids: another row's id (generic relations), or a serialized copy of a
# row (wagtail-localize's copy of a translation source, like a revision's content).
ID_TEXT_FIELDS = {"object_id", "to_object_id", "content_json"}


def test_the_stored_snapshot_is_made_from_todays_code():
    assert MANIFEST is not None, "no demo snapshot: run `make demo-snapshot`"
    assert demo_snapshot.is_current(MANIFEST), (
        "The demo's code, a migration or a package changed since the snapshot was made: "
        "run `make demo-snapshot` and commit course_pages/fixtures/."
    )


def _content(instance):
    """What a row says, without what differs between two builds of the same demo: ids (its own,
        its foreign keys, ids written into text), UUIDs (translation keys, StreamField block ids),
        times of day, and StreamField and JSON values (block ids; revision content, which holds all of
    those). The texts of StreamFields are compared all the same: they are wagtail-localize's strings."""
    values = []
    for field in instance._meta.local_concrete_fields:
        if (
            field.primary_key
            or field.is_relation
            or field.name in ID_TEXT_FIELDS
            or isinstance(field, models.UUIDField | models.DateTimeField | StreamField)
            or (isinstance(field, models.JSONField) and not isinstance(field, ChoiceListField))
        ):
            continue
        value = field.value_from_object(instance)
        if isinstance(value, list):  # a ChoiceListField's codes
            value = tuple(value)
        elif isinstance(value, str):
            value = ID_ATTRIBUTE.sub('id=""', UUID.sub("<uuid>", value))
        elif hasattr(value, "name"):  # a file
            value = value.name
        values.append((field.name, value))
    return (instance._meta.label, tuple(values))


def _database_content():
    return Counter(
        _content(instance)
        for model in demo_snapshot.snapshot_models()
        for instance in model._base_manager.all()
    )


def _snapshot_content():
    with lzma.open(demo_snapshot.SNAPSHOT, "rt", encoding="utf-8") as stream:
        return Counter(_content(stored.object) for stored in serializers.deserialize("json", stream))


def test_building_the_demo_makes_exactly_what_the_snapshot_holds(settings, tmp_path):
    """Every text, title, slug, tree position, question, string and translation, row for row —
    so what an empty database gets from the snapshot is what building it would give."""
    settings.MEDIA_ROOT = tmp_path
    with _publishing_on_save():
        call_command("load_demo", "--build", stdout=io.StringIO())
    built, stored = _database_content(), _snapshot_content()
    assert sum(built.values()) > 5000
    missing, extra = stored - built, built - stored
    assert (Counter(label for label, _ in missing), Counter(label for label, _ in extra)) == ({}, {})
    assert (list(missing)[:3], list(extra)[:3]) == ([], [])


def test_an_empty_database_gets_the_snapshot_with_files_search_and_fresh_caches(settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path
    assert demo_snapshot.is_fresh(MANIFEST)
    output = io.StringIO()
    with _publishing_on_save():
        call_command("load_demo", stdout=output)
    assert "from the stored snapshot" in output.getvalue()
    # Wagtail's welcome page made way for the demo's home pages, as when building.
    assert [type(page) for page in Page.objects.filter(depth=2).specific()] == [HomePage, HomePage]
    assert Page.get_first_root_node().numchild == 2

    # The diagram's file is drawn again (the snapshot holds rows, not files) and renders.
    diagram = get_image_model().objects.get(title="CHIME-modellen (diagram)")
    assert diagram.file.storage.exists(diagram.file.name)
    assert diagram.get_rendition("width-400").width == 400

    # Pages answer in both languages; the English one shows the English question bank.
    for page in ChimeElementPage.objects.live().filter(slug__in=["hap", "hope"]):
        response = client.get(page.url)
        assert response.status_code == 200
    hope_en = ChimeElementPage.objects.get(locale__language_code="en", slug="hope")
    theme_en = QuestionTheme.objects.filter(locale__language_code="en", element="hope").first()
    assert theme_en.title in client.get(hope_en.url).content.decode()

    # The search index is rebuilt: a theme is found by a word of its title, in each language.
    for language in ("nb", "en"):
        theme = QuestionTheme.objects.filter(locale__language_code=language, element="hope").first()
        word = max(theme.title.split(), key=len)
        assert theme in backend_for_language(language).search(word, QuestionTheme)


def test_a_database_in_use_is_built_around_not_overwritten(monkeypatch):
    """A group someone added (it takes the id the snapshot's translators' group has) makes the
    database one in use: ``load_demo`` builds there, and the group stays as it was."""
    group = Group.objects.create(name="Kommunikasjon")
    assert not demo_snapshot.is_fresh(MANIFEST)
    calls = []
    monkeypatch.setattr(load_demo.Command, "build", lambda self: calls.append("build"))
    monkeypatch.setattr(demo_snapshot, "load_snapshot", lambda *args: calls.append("snapshot"))
    call_command("load_demo", stdout=io.StringIO())
    assert calls == ["build"]
    assert Group.objects.get(pk=group.pk).name == "Kommunikasjon"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda: Page.get_first_root_node().add_child(title="Ny", slug="ny"), id="page"),
        pytest.param(lambda: get_image_model().objects.create(title="Logo", width=1, height=1), id="image"),
    ],
)
def test_any_added_content_makes_the_database_one_in_use(change):
    assert demo_snapshot.is_fresh(MANIFEST)
    change()
    assert not demo_snapshot.is_fresh(MANIFEST)


def test_a_snapshot_older_than_the_code_is_not_loaded_but_the_demo_built(monkeypatch):
    stale = dict(MANIFEST, fingerprint="0" * 64)
    monkeypatch.setattr(demo_snapshot, "read_manifest", lambda: stale)
    calls = []
    monkeypatch.setattr(load_demo.Command, "build", lambda self: calls.append("build"))
    monkeypatch.setattr(demo_snapshot, "load_snapshot", lambda *args: calls.append("snapshot"))
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert calls == ["build"]
    assert "make demo-snapshot" in output.getvalue()


def test_the_snapshot_is_made_only_in_an_empty_database(monkeypatch, tmp_path):
    monkeypatch.setattr(demo_snapshot, "SNAPSHOT", tmp_path / "demo.json.xz")
    monkeypatch.setattr(demo_snapshot, "MANIFEST", tmp_path / "demo.manifest.json")
    Page.get_first_root_node().add_child(title="Ny side", slug="ny-side")
    with pytest.raises(CommandError, match="newly migrated, empty database"):
        call_command("save_demo_snapshot", stdout=io.StringIO())
    assert list(tmp_path.iterdir()) == []
