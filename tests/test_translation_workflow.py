"""The translators' tools: PO files, sync, status, preview; locales by configuration."""

import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from course_pages.locales import ensure_configured_locales

from .conftest import make_theme

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def translated_lesson(make_lesson, memory):
    memory.add(("Håp er en forutsetning for recovery.", "Hope is a precondition for recovery."))
    lesson = make_lesson(
        [{"type": "text", "value": "<p>Håp er en forutsetning for recovery.</p>"}],
        title=("Om håp", "About hope"),
        translated=True,
    )
    en = Locale.objects.get(language_code="en")
    translation = Translation.objects.get(source__object_id=lesson.translation_key, target_locale=en)
    return lesson, lesson.get_translation(en), translation


def test_po_download_edit_upload_publish(admin_client, translated_lesson, django_capture_on_commit_callbacks):
    lesson, en_lesson, translation = translated_lesson
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(e for e in po if e.msgid == "Håp er en forutsetning for recovery.")
    assert entry.msgstr == "Hope is a precondition for recovery."
    entry.msgstr = "Hope comes first in recovery."

    upload = SimpleUploadedFile("en.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": reverse("wagtailadmin_pages:edit", args=[en_lesson.pk])},
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("wagtailadmin_pages:edit", args=[en_lesson.pk]), {"action": "publish"})
    html = admin_client.get(en_lesson.url).content.decode()
    assert "Hope comes first in recovery." in html


def test_sync_after_a_norwegian_change_shows_the_translation_as_behind(
    admin_client, translated_lesson, django_capture_on_commit_callbacks
):
    lesson, en_lesson, translation = translated_lesson
    assert translation.get_progress() == (translation.get_progress()[0], translation.get_progress()[0])
    draft = lesson.get_latest_revision_as_object()
    draft.body = [("text", "<p>Håp kan læres.</p>")]
    draft.save_revision().publish()

    def dashboard_panel():
        page = BeautifulSoup(admin_client.get(reverse("wagtailadmin_home")).content, "html.parser")
        return page.find(id="translations-behind-heading").find_parent("section")

    # Published in Norwegian, not yet synced: the panel says so and offers the sync.
    changed = dashboard_panel().find(id="changed-since-sync-heading").find_next("table")
    assert "Om håp" in changed.get_text()
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert changed.find("a", href=sync_url) is not None

    # The sync is a job, run at the commit when there is no queue (kbt/jobs.py).
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]), {"locales": []}
        )
    assert response.status_code == 302
    total, done = Translation.objects.get(pk=translation.pk).get_progress()
    assert done < total

    report = admin_client.get(reverse("wagtail_localize:translations_report"))
    assert report.status_code == 200
    assert "Om håp" in report.content.decode() or "About hope" in report.content.decode()

    panel = dashboard_panel()
    assert "About hope" in panel.get_text()
    assert panel.find(id="changed-since-sync-heading") is None  # synced now


def test_snippet_translation_can_be_previewed_in_context(admin_client, translate_now):
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    translate_now(
        theme, [("Tro på fremtiden", "Belief in the future"), ("Hva gir deg håp?", "What gives you hope?")]
    )
    translation = Translation.objects.get(source__object_id=theme.translation_key)
    response = admin_client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.find("h1").get_text(strip=True) == "Belief in the future"
    assert "What gives you hope?" in soup.get_text()


def test_snippet_preview_marks_a_string_not_yet_translated_as_norwegian(admin_client, translate_now):
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?", "Hva drømmer du om?"])
    translate_now(
        theme,
        [
            ("Tro på fremtiden", "Belief in the future"),
            ("Hva gir deg håp?", "What gives you hope?"),
            ("Hva drømmer du om?", "What do you dream of?"),
        ],
    )
    StringTranslation.objects.filter(data="What do you dream of?").delete()
    translation = Translation.objects.get(source__object_id=theme.translation_key)
    response = admin_client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
    soup = BeautifulSoup(response.content, "html.parser")
    untranslated = soup.find(string="Hva drømmer du om?").find_parent(lang=True)
    assert untranslated["lang"] == "nb"
    assert soup.find(string="What gives you hope?").find_parent(lang=True)["lang"] == "en"


def test_deleting_the_norwegian_source_keeps_the_translators_work(translated_lesson):
    lesson, en_lesson, translation = translated_lesson
    kept = StringTranslation.objects.filter(locale=en_lesson.locale).count()
    assert kept
    lesson.delete()
    assert StringTranslation.objects.filter(locale=en_lesson.locale).count() == kept
    assert not Translation.objects.get(pk=translation.pk).enabled
    en_lesson.refresh_from_db()
    assert en_lesson.live


def machine_translator_setting(env):
    clean = {k: v for k, v in os.environ.items() if k not in {"DEEPL_API_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings; "
            "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS', 'off'))",
        ],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout.strip()


def test_machine_translation_is_on_only_with_a_deepl_key():
    assert machine_translator_setting({}) == "off"
    assert machine_translator_setting({"DEEPL_API_KEY": "not-a-real-key"}).endswith("DeepLTranslator")


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
)
def test_machine_translation_fills_untranslated_strings(admin_client, translated_lesson):
    lesson, en_lesson, translation = translated_lesson
    StringTranslation.objects.filter(locale=en_lesson.locale).delete()
    response = admin_client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale=en_lesson.locale, translation_type="machine").exists()


def test_a_third_configured_locale_gets_a_working_tree(
    client, admin_client, course, django_capture_on_commit_callbacks
):
    """Configuration only: SITE_LANGUAGES gains nn, migrate's locale step runs, and an editor
    translates the Norwegian tree (home page and its subtree) into nn, then publishes."""
    from django.contrib.auth.models import Group

    nb_home = course.get_parent().get_parent()
    languages = [("nb", "Norsk bokmål"), ("en", "English"), ("nn", "Norsk nynorsk")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        ensure_configured_locales()
        nn = Locale.objects.get(language_code="nn")
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(
                reverse("wagtail_localize:submit_page_translation", args=[nb_home.pk]),
                {"locales": [nn.pk], "include_subtree": "on"},
            )
        assert response.status_code == 302, response.content.decode()[:3000]
        nn_course = course.get_translation(nn)
        for page in reversed([nn_course, *nn_course.get_ancestors().filter(depth__gt=1)]):
            page.specific.save_revision().publish()

        response = client.get(nn_course.url)
        assert response.status_code == 200
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == "nn"
        assert nn_course.url.startswith("/nn/")
        call_command("setup_translator_groups", stdout=open(os.devnull, "w"))
        assert Group.objects.filter(name="Translators (nn)").exists()
