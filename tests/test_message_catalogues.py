"""Every interface string of ours is translated in locale/nb and locale/en, and the
compiled catalogues match their sources; wagtail-localize's messages are complete in nb."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["kbt", "site", "course_pages", "question_bank", "locale", "manage.py"]
WAGTAIL_LOCALIZE = Path(__import__("wagtail_localize").__file__).parent


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The catalogues as `make messages` would leave them, made in a copy of the tree."""
    if shutil.which("xgettext") is None:
        pytest.fail("gettext is not installed: run scripts/install-system-packages test")
    copy = tmp_path_factory.mktemp("tree")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, copy / name)
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "nb",
            "-l",
            "en",
            "--no-obsolete",
            "--no-location",
        ],
        cwd=copy,
        env={**env, "DJANGO_SETTINGS_MODULE": "kbt.settings.dev", "DATABASE_URL": "sqlite:///:memory:"},
        check=True,
        capture_output=True,
    )
    return {
        lang: polib.pofile(str(copy / "locale" / lang / "LC_MESSAGES" / "django.po")) for lang in ("nb", "en")
    }


@pytest.mark.parametrize("language", ["nb", "en"])
def test_no_string_lacks_a_translation(fresh_catalogues, language):
    catalogue = fresh_catalogues[language]
    assert len(catalogue) > 100
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], "run `make messages` and translate these"
    assert fuzzy == []


@pytest.mark.parametrize("language", ["nb", "en"])
def test_committed_catalogue_is_up_to_date(fresh_catalogues, language):
    committed = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    assert {e.msgid for e in committed} == {e.msgid for e in fresh_catalogues[language]}


@pytest.mark.parametrize(
    "po_path",
    [ROOT / "locale" / lang / "LC_MESSAGES" / "django.po" for lang in ("nb", "en")]
    + [
        ROOT / "locale" / "wagtail_localize" / "nb" / "LC_MESSAGES" / f"{domain}.po"
        for domain in ("django", "djangojs")
    ],
)
def test_compiled_catalogue_matches_its_source(po_path):
    source = {
        (e.msgid, e.msgstr or tuple(sorted(e.msgstr_plural.items()))) for e in polib.pofile(str(po_path))
    }
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    built = {(e.msgid, e.msgstr or tuple(sorted(e.msgstr_plural.items()))) for e in compiled if e.msgid}
    assert {msgid for msgid, _ in source} == {msgid for msgid, _ in built}


@pytest.mark.parametrize("domain", ["django", "djangojs"])  # djangojs: the React translation editor
def test_wagtail_localize_is_fully_translated_into_norwegian(domain):
    ours = polib.pofile(str(ROOT / "locale" / "wagtail_localize" / "nb" / "LC_MESSAGES" / f"{domain}.po"))
    translated = {entry.msgid for entry in ours.translated_entries()}
    assert not ours.fuzzy_entries()
    theirs = polib.pofile(str(WAGTAIL_LOCALIZE / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"))
    missing = [entry.msgid for entry in theirs if entry.msgid and entry.msgid not in translated]
    assert len(theirs) > 40
    assert missing == []
