"""Who puts a translation live: every path that saves a translation asks for publish rights on
the target, and a draft never changes what the public sees (issue rows 1, 2 and 15)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale, ModelLogEntry, PageLogEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from course_pages.translation.groups import ensure_translator_groups
from question_bank.models import QuestionTheme

from .conftest import make_theme, make_user, role_user

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [("Tro på fremtiden", "Belief in the future"), ("Hva gir deg håp?", "What gives you hope?")]


def theme_block(theme):
    return {"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0}}


@pytest.fixture
def en():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def hope(translate_now):
    """The nb theme "Tro på fremtiden" and its live English twin."""
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    en_theme = translate_now(theme, HOPE_PAIRS)
    en_theme.refresh_from_db()  # published on commit
    assert en_theme.live_revision_id is not None
    return theme, en_theme


def theme_headings(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [
        (h.get_text(strip=True), h.find_parent(lang=True)["lang"]) for h in soup.select(".question-theme h3")
    ]


def test_translating_a_page_leaves_its_embedded_english_theme_live(
    client, en, hope, make_lesson, django_capture_on_commit_callbacks
):
    """Row 1: an editor translates an nb lesson that embeds a theme whose English twin is live."""
    theme, en_theme = hope
    shown_before = make_lesson([theme_block(theme)], title=("Om håp", "About hope"), translated=True)
    en_page = shown_before.get_translation(en)
    assert theme_headings(client, en_page.url) == [("Belief in the future", "en")]
    untranslated = make_theme(title="Å se muligheter", questions=["Hva er mulig nå?"])
    lesson = make_lesson([theme_block(theme), theme_block(untranslated)], title=("Ny", "New"))
    live_revision = en_theme.live_revision_id

    client.force_login(make_user("redaktor", "Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]), {"locales": [en.pk]}
        )
    assert response.status_code == 302

    en_theme.refresh_from_db()
    assert en_theme.live and en_theme.live_revision_id == live_revision
    assert en_theme.title == "Belief in the future"
    # Nothing changed in it, so no copy of it waits as "changes not yet published".
    assert not en_theme.has_unpublished_changes and en_theme.latest_revision_id == live_revision
    assert theme_headings(client, en_page.url) == [("Belief in the future", "en")]
    # The page and the theme that had no English version yet get English drafts, not live twins.
    assert not lesson.get_translation(en).live
    assert not untranslated.get_translation(en).live


def test_a_draft_translation_of_a_live_page_does_not_reach_the_public(
    client, en, make_lesson, memory, django_capture_on_commit_callbacks
):
    """Saving a draft of a live English page writes a revision only: the public keeps seeing
    the published text (wagtail-localize wrote the draft into the live row)."""
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_lesson = lesson.get_translation(en)
    translation = Translation.objects.get(source__object_id=lesson.translation_key, target_locale=en)
    StringTranslation.objects.filter(locale=en, data="About hope").update(data="About hope, revised")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=None, publish=False)

    en_lesson.refresh_from_db()
    assert en_lesson.live and en_lesson.title == "About hope"
    assert en_lesson.has_unpublished_changes
    assert en_lesson.get_latest_revision_as_object().title == "About hope, revised"
    assert "About hope, revised" not in client.get(en_lesson.url).content.decode()


@pytest.fixture
def changed_since_sync(hope, make_lesson):
    """The nb theme and lesson changed and published after their English translations."""
    theme, en_theme = hope
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    for instance in (theme, lesson):
        draft = instance.get_latest_revision_as_object()
        draft.title = f"{draft.title} (endret)"
        if isinstance(instance, QuestionTheme):
            draft.questions.first().text = "Hva gir deg mest håp?"
        draft.save_revision().publish()
    return {"theme": theme, "lesson": lesson}


def sync(client, instance, publish, capture):
    source = TranslationSource.objects.get(object_id=instance.translation_key)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    data = {"publish_translations": "on"} if publish else {}
    with capture(execute=True):
        return client.post(url, data)


@pytest.mark.parametrize("target", ["theme", "lesson"])
def test_an_editor_without_publish_rights_cannot_publish_by_syncing(
    client, en, changed_since_sync, target, django_capture_on_commit_callbacks
):
    """Row 2: "Sync translated pages" with "Publish immediately", as an editor."""
    instance = changed_since_sync[target]
    en_target = instance.get_translation(en)
    live_revision, live_title = en_target.live_revision_id, en_target.title
    editor = make_user("redaktor", "Editors")
    client.force_login(editor)

    form = client.get(
        reverse(
            "wagtail_localize:update_translations",
            args=[TranslationSource.objects.get(object_id=instance.translation_key).pk],
        )
    )
    page = BeautifulSoup(form.content, "html.parser")
    assert page.find("input", attrs={"name": "publish_translations"}) is None
    assert "so the updates are not published" in page.get_text() or "ikke publisert" in page.get_text()

    response = sync(client, instance, True, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    en_target.refresh_from_db()
    assert en_target.live and en_target.live_revision_id == live_revision
    assert en_target.title == live_title
    log = PageLogEntry if target == "lesson" else ModelLogEntry
    assert not log.objects.filter(user=editor, action="wagtail.publish").exists()


@pytest.mark.parametrize("target", ["theme", "lesson"])
@pytest.mark.parametrize(
    "role, published", [("editor", False), ("moderator", True), ("translator", False), ("admin", True)]
)
def test_sync_and_publish_permission_matrix(
    client, en, changed_since_sync, target, role, published, django_capture_on_commit_callbacks
):
    """Row 2 for every role: "Sync translated pages" with "Publish immediately" publishes only
    for who may publish the translation, and is logged in their name."""
    instance = changed_since_sync[target]
    en_target = instance.get_translation(en)
    live_revision = en_target.live_revision_id
    user = role_user(role)
    client.force_login(user)
    sync(client, instance, True, django_capture_on_commit_callbacks)

    en_target.refresh_from_db()
    assert en_target.live
    log = PageLogEntry if target == "lesson" else ModelLogEntry
    published_by_user = log.objects.filter(user=user, action="wagtail.publish")
    if published:
        # The changed Norwegian title shows until it is translated.
        assert en_target.title.endswith("(endret)")
        assert en_target.live_revision_id != live_revision
        assert published_by_user.exists()
    else:
        assert en_target.live_revision_id == live_revision
        assert not en_target.title.endswith("(endret)")
        assert not published_by_user.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/localize/submit/snippet/question_bank/questiontheme/abc/",
        "/admin/localize/submit/snippet/question_bank/questiontheme/999999/",
        "/admin/localize/submit/snippet/question_bank/nosuchmodel/1/",
    ],
)
def test_a_malformed_or_unknown_snippet_is_not_found(admin_client, url):
    """Row 15."""
    assert admin_client.get(url).status_code == 404


def test_an_invalid_translation_is_marked_and_the_next_publish_leaves_it_out(
    client, en, hope, django_capture_on_commit_callbacks
):
    """A translated title too long for the field: the translation editor's Publish fails with
    the string marked as at fault (its editor shows it), and publishing again leaves it out,
    as wagtail-localize promises ("click publish again to ignore these translations")."""
    _, en_theme = hope
    invalid = StringTranslation.objects.get(locale=en, data="Belief in the future")
    # update(), not save(): wagtail-localize's post_save receiver would copy it into a page
    # title column, which PostgreSQL refuses at that length.
    StringTranslation.objects.filter(pk=invalid.pk).update(data="Belief " * 50)
    client.force_login(make_user("moderator", "Moderators"))
    url = reverse("wagtailsnippets_question_bank_questiontheme:edit", args=[en_theme.pk])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "publish"})
    invalid.refresh_from_db()
    assert invalid.has_error
    en_theme.refresh_from_db()
    assert en_theme.title == "Belief in the future"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "publish"})
    en_theme.refresh_from_db()
    assert en_theme.live and en_theme.title == "Tro på fremtiden"  # the source text, marked nb
    assert en_theme.questions.get().text == "What gives you hope?"


def test_a_too_long_translated_page_title_is_no_server_error(
    client, en, make_lesson, home_pages, django_capture_on_commit_callbacks
):
    """A translator types a 300-character English title in the translation editor. On
    PostgreSQL wagtail-localize's receiver wrote it whole into the page's 255-character
    draft title: 500. It is saved (and refused when published, as any invalid translation)."""
    from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
    from wagtail_localize.models import StringSegment

    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_lesson = lesson.get_translation(en)
    ensure_translator_groups()
    client.force_login(make_user("oversetter", "Translators (en)"))
    translation = Translation.objects.get(source__object_id=lesson.translation_key, target_locale=en)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    long_title = "About hope " * 30
    response = client.put(url, encode_multipart(BOUNDARY, {"value": long_title}), MULTIPART_CONTENT)

    assert response.status_code == 200
    en_lesson.refresh_from_db()
    assert en_lesson.title == "About hope" and en_lesson.live
    assert en_lesson.draft_title == long_title[:255]
