"""Who puts a translation live: every path that saves a translation asks for publish rights on
the target, and a draft never changes what the public sees (issue rows 1, 2 and 15)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, ModelLogEntry, PageLogEntry
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from question_bank.models import QuestionTheme

from .conftest import make_theme

pytestmark = pytest.mark.django_db

HOPE_PAIRS = [("Tro på fremtiden", "Belief in the future"), ("Hva gir deg håp?", "What gives you hope?")]


def theme_block(theme):
    return {"type": "question_theme", "value": {"theme": theme.pk, "show_guidance": True, "answer_lines": 0}}


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


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

    client.force_login(user_in("Editors", "redaktor"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]), {"locales": [en.pk]}
        )
    assert response.status_code == 302

    en_theme.refresh_from_db()
    assert en_theme.live and en_theme.live_revision_id == live_revision
    assert en_theme.title == "Belief in the future"
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
    editor = user_in("Editors", "redaktor")
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
def test_a_moderator_may_publish_by_syncing(
    client, en, changed_since_sync, target, django_capture_on_commit_callbacks
):
    instance = changed_since_sync[target]
    moderator = user_in("Moderators", "moderator")
    client.force_login(moderator)
    sync(client, instance, True, django_capture_on_commit_callbacks)
    en_target = instance.get_translation(en)
    # Published, with the changed Norwegian title showing until it is translated.
    assert en_target.live and en_target.title.endswith("(endret)")
    log = PageLogEntry if target == "lesson" else ModelLogEntry
    assert log.objects.filter(user=moderator, action="wagtail.publish").exists()


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
