"""The stored demo snapshot (``course_pages/demo_snapshot.py``, issue 14: ``load_demo`` under
10 s): an empty database gets it, it is exactly what building the demo through wagtail-localize
makes, and a database in use is never overwritten by it."""

import io
from collections import Counter

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.core.management.color import no_style
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from course_pages import demo_snapshot
from course_pages.management.commands import load_demo
from course_pages.models import ChimeElementPage, HomePage
from course_pages.search_backend import backend_for_language
from question_bank.models import QuestionTheme

from .conftest import _publishing_on_save

pytestmark = pytest.mark.django_db

MANIFEST = demo_snapshot.read_manifest()
STALE = (
    "The stored demo snapshot is not what today's code builds: "
    "run `make demo-snapshot` and commit course_pages/fixtures/."
)


def test_the_stored_snapshot_is_made_from_todays_code():
    assert MANIFEST is not None, "no demo snapshot: run `make demo-snapshot`"
    assert demo_snapshot.is_current(MANIFEST), STALE


def _number_rows_as_a_new_database_does():
    """Start each snapshot model's id sequence after its largest id, as in a newly migrated
    database: on PostgreSQL, earlier tests' rolled-back rows have used up ids (SQLite's
    counters roll back with them), and the build must number its rows as the snapshot's were."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), demo_snapshot.snapshot_models()):
            cursor.execute(sql)


def test_building_the_demo_makes_exactly_what_the_snapshot_holds(settings, tmp_path):
    """Every row the build writes, field for field — page bodies, revisions, translation sources,
    the ids they point at — but for UUIDs, times and the order rows are numbered in
    (``demo_snapshot.content`` says what that leaves unseen): what an empty database gets from
    the snapshot is what building it would give."""
    settings.MEDIA_ROOT = tmp_path
    _number_rows_as_a_new_database_does()
    with _publishing_on_save():
        call_command("load_demo", "--build", stdout=io.StringIO())
    built, stored = demo_snapshot.database_content(), demo_snapshot.snapshot_content()
    assert sum(built.values()) > 5000
    missing, extra = stored - built, built - stored
    differing = (Counter(label for label, _ in missing), Counter(label for label, _ in extra))
    assert differing == ({}, {}), STALE


def test_an_empty_database_gets_the_snapshot_with_files_search_and_fresh_caches(
    settings, tmp_path, client, django_user_model
):
    settings.MEDIA_ROOT = tmp_path
    # A superuser made before loading the demo, in one of Wagtail's groups: users do not count.
    admin = django_user_model.objects.create_superuser("admin", password="x")
    admin.groups.add(Group.objects.get(name="Moderators"))
    assert demo_snapshot.is_fresh(MANIFEST)
    output = io.StringIO()
    with _publishing_on_save():
        call_command("load_demo", stdout=output)
    assert "from the stored snapshot" in output.getvalue(), STALE
    assert [group.name for group in admin.groups.all()] == ["Moderators"]
    client.force_login(admin)
    assert client.get("/admin/pages/").status_code == 200
    client.logout()
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
    calls = []
    monkeypatch.setattr(load_demo.Command, "build", lambda self: calls.append("build"))
    call_command("load_demo", stdout=io.StringIO())
    assert calls == ["build"]
    assert Group.objects.get(pk=group.pk).name == "Kommunikasjon"
    assert not QuestionTheme.objects.exists()


def test_a_home_page_of_its_own_stops_the_build_before_it_changes_anything():
    """The admin offers only a home page under the root; made there, it is a site of its own."""
    own = HomePage(title="Vår egen forside", slug="var-forside")
    Page.get_first_root_node().add_child(instance=own)
    with pytest.raises(CommandError, match="«Vår egen forside»") as refused:
        call_command("load_demo", stdout=io.StringIO())
    assert "new database" in str(refused.value)
    assert not QuestionTheme.objects.exists()
    assert list(Page.objects.filter(depth=2).values_list("title", flat=True)) == [
        "Welcome to your new Wagtail site!",
        own.title,
    ]


def test_the_demo_home_page_renamed_by_an_editor_does_not_stop_another_run(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with _publishing_on_save():
        call_command("load_demo", stdout=io.StringIO())
        home = HomePage.objects.get(locale__language_code="nb")
        home.title, home.slug = "Forsiden", "forsiden"
        home.save_revision().publish()
        output = io.StringIO()
        call_command("load_demo", stdout=output)
    assert "built around what is there" in output.getvalue()
    assert HomePage.objects.get(pk=home.pk).title == "Forsiden"
    assert HomePage.objects.filter(locale__language_code="nb").count() == 1


def _change_site_host():
    Site.objects.update(hostname="kbt.example.no", port=443)


def _give_editors_a_permission():
    Group.objects.get(name="Editors").permissions.add(Permission.objects.get(codename="delete_questiontheme"))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda: Page.get_first_root_node().add_child(title="Ny", slug="ny"), id="page added"),
        pytest.param(
            lambda: get_image_model().objects.create(title="Logo", width=1, height=1), id="image added"
        ),
        pytest.param(_change_site_host, id="site host changed"),
        pytest.param(_give_editors_a_permission, id="group permission added"),
        pytest.param(lambda: Group.objects.filter(name="Editors").delete(), id="group deleted"),
    ],
)
def test_any_change_to_what_migrate_made_makes_the_database_one_in_use(change):
    assert demo_snapshot.is_fresh(MANIFEST)
    change()
    assert not demo_snapshot.is_fresh(MANIFEST)


def test_a_snapshot_older_than_the_code_is_not_loaded_but_the_demo_built(monkeypatch):
    stale = dict(MANIFEST, fingerprint="0" * 64)
    monkeypatch.setattr(demo_snapshot, "read_manifest", lambda: stale)
    calls = []
    monkeypatch.setattr(load_demo.Command, "build", lambda self: calls.append("build"))
    monkeypatch.setattr(demo_snapshot, "load_snapshot", lambda *args: calls.append("snapshot"))
    assert demo_snapshot.is_fresh(stale)
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
