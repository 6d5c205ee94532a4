"""Translators translate; they do not publish, delete or touch the Norwegian source."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Locale, Page, PageLogEntry
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from course_pages.translation.groups import ensure_translator_groups
from question_bank.models import QuestionTheme

from .conftest import make_theme, make_user

pytestmark = pytest.mark.django_db

THEME_PAIRS = [("Tro på fremtiden", "Belief in the future"), ("Hva gir deg håp?", "What gives you hope?")]


@pytest.fixture
def translator(home_pages):
    ensure_translator_groups()
    return make_user("oversetter", "Translators (en)")


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture
def content(make_lesson, translate_now):
    theme = make_theme(title="Tro på fremtiden", questions=["Hva gir deg håp?"])
    en_theme = translate_now(theme, THEME_PAIRS)
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_lesson = lesson.get_translation(Locale.objects.get(language_code="en"))
    return {"theme": theme, "en_theme": en_theme, "lesson": lesson, "en_lesson": en_lesson}


def theme_url(action, theme):
    return reverse(f"wagtailsnippets_question_bank_questiontheme:{action}", args=[theme.pk])


def denied(response):
    """Wagtail's admin answers a forbidden page with a redirect to the dashboard (302) and
    a message, or with 403."""
    return response.status_code in (302, 403) and "/admin/login/" not in response.get("Location", "")


def refused_by_the_admin(response):
    """How Wagtail's admin answers PermissionDenied: a redirect to the dashboard, with a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_groups_are_created_for_each_translated_language(translator):
    group = Group.objects.get(name="Translators (en)")
    en_home = Page.objects.get(depth=2, locale__language_code="en")
    granted = set(
        GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")
    )
    assert granted == {(en_home.pk, "add_page"), (en_home.pk, "change_page")}
    # Wagtail's image and document choosers ask for "choose" on a collection, not group-wide.
    chosen = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection__depth", "permission__codename"
        )
    )
    assert chosen == {(1, "choose_image"), (1, "choose_document")}
    assert not Group.objects.filter(name="Translators (nb)").exists()
    ensure_translator_groups()  # idempotent
    assert GroupPagePermission.objects.filter(group=group).count() == 2


@pytest.mark.parametrize(
    "target, action, allowed",
    [
        ("en_lesson", "edit", True),
        ("lesson", "edit", False),
        ("en_lesson", "delete", False),
        ("lesson", "delete", False),
    ],
)
def test_page_permission_matrix(translator_client, content, target, action, allowed):
    page = content[target]
    response = translator_client.get(reverse(f"wagtailadmin_pages:{action}", args=[page.pk]))
    if allowed:
        assert response.status_code == 200
    else:
        assert denied(response), response.status_code


def test_translator_cannot_publish_an_english_page(translator_client, translator, content):
    en_lesson = content["en_lesson"]
    assert en_lesson.permissions_for_user(translator).can_edit()
    assert not en_lesson.permissions_for_user(translator).can_publish()
    assert not content["lesson"].permissions_for_user(translator).can_edit()
    before = en_lesson.live_revision_id
    # The English page is a synced translation: its edit view is wagtail-localize's editor.
    url = reverse("wagtailadmin_pages:edit", args=[en_lesson.pk])
    assert translator_client.get(url).status_code == 200
    translator_client.post(url, {"action": "publish"})
    en_lesson.refresh_from_db()
    assert en_lesson.live_revision_id == before


@pytest.mark.parametrize(
    "target, action, allowed",
    [
        ("en_theme", "edit", True),
        ("theme", "edit", False),
        ("en_theme", "delete", False),
        ("theme", "delete", False),
    ],
)
def test_snippet_permission_matrix(translator_client, content, target, action, allowed):
    response = translator_client.get(theme_url(action, content[target]))
    if allowed:
        assert response.status_code == 200
    else:
        assert denied(response), response.status_code


def test_permission_policy_lets_the_translator_edit_only_their_languages_themes(translator, content):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(QuestionTheme)
    editable = set(policy.instances_user_has_permission_for(translator, "change"))
    assert editable == {QuestionTheme.objects.get(pk=content["en_theme"].pk)}
    assert not policy.user_has_permission_for_instance(translator, "publish", content["en_theme"])


@pytest.mark.parametrize(
    "url_name", ["wagtailusers_users:index", "wagtailsites:index", "wagtailadmin_workflows:index"]
)
def test_translator_does_not_see_other_admin_areas(translator_client, url_name):
    assert denied(translator_client.get(reverse(url_name)))


def test_translator_cannot_start_a_translation_of_the_norwegian_source(translator_client, content):
    url = reverse("wagtail_localize:submit_page_translation", args=[content["lesson"].pk])
    assert denied(translator_client.get(url))
    snippet_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["question_bank", "questiontheme", content["theme"].pk],
    )
    assert denied(translator_client.get(snippet_url))


def test_submit_permission_alone_cannot_create_live_pages_in_another_tree(
    client, content, django_capture_on_commit_callbacks
):
    """The stock gap: submit_translation was enough to create live English pages."""
    user = get_user_model().objects.create_user("bare-submit", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="submit_translation")
    )
    client.force_login(user)
    lesson = content["lesson"]
    new_lesson = lesson.copy(update_attrs={"title": "Ny leksjon", "slug": "ny-leksjon"}, keep_live=True)
    url = reverse("wagtail_localize:submit_page_translation", args=[new_lesson.pk])
    en = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [en.pk]})
    assert denied(response)
    assert new_lesson.get_translation_or_none(en) is None
    assert not PageLogEntry.objects.filter(user=user, action="wagtail.publish").exists()


def test_editor_translation_starts_as_a_draft(client, content, django_capture_on_commit_callbacks):
    editors = Group.objects.get(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="submit_translation"))
    user = get_user_model().objects.create_user("redaktor", password="x")
    user.groups.add(editors)
    client.force_login(user)
    new_lesson = content["lesson"].copy(
        update_attrs={"title": "Ny leksjon", "slug": "ny-leksjon"}, keep_live=True
    )
    en = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[new_lesson.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [en.pk]})
    assert response.status_code == 302
    translation = new_lesson.get_translation(en)
    assert not translation.live


def test_translations_start_only_from_norwegian(admin_client, content):
    url = reverse("wagtail_localize:submit_page_translation", args=[content["en_lesson"].pk])
    response = admin_client.get(url)
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("norske originalen" in m for m in messages), messages


def test_translator_reaches_the_translation_tools_from_the_admin(translator_client, content):
    """The menu offers the translations report and the question bank; the dashboard lists
    what is behind its source; the report itself opens."""
    dashboard = translator_client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    html = dashboard.content.decode()
    report_url = reverse("wagtail_localize:translations_report")
    assert report_url in html
    assert reverse("wagtailsnippets_question_bank_questiontheme:list") in html
    assert 'id="translations-behind-heading"' in html
    assert reverse("wagtailusers_users:index") not in html
    assert translator_client.get(report_url).status_code == 200


def test_translator_cannot_turn_a_translation_back_into_a_live_alias(
    translator_client, content, django_capture_on_commit_callbacks
):
    """Converting to an alias would put the Norwegian text live on the English page."""
    en_lesson = content["en_lesson"]
    url = reverse("wagtail_localize:convert_to_alias", args=[en_lesson.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(url)
    assert refused_by_the_admin(response)
    en_lesson.refresh_from_db()
    assert en_lesson.alias_of_id is None
    assert en_lesson.title == "About hope"


def test_translators_edit_strings_only_in_their_own_language(
    translator_client, content, memory, django_capture_on_commit_callbacks
):
    from django.test import override_settings

    from course_pages.locales import ensure_configured_locales
    from course_pages.translation.demo import translate

    languages = [("nb", "Norsk bokmål"), ("en", "English"), ("nn", "Norsk nynorsk")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        ensure_configured_locales()
        memory.add(("Tro på fremtiden", "Belief in the future"))
        with django_capture_on_commit_callbacks(execute=True):
            translate(content["theme"], memory, "nn")

    def edit_first_string(language_code):
        translation = Translation.objects.get(
            source__object_id=content["theme"].translation_key, target_locale__language_code=language_code
        )
        segment = StringSegment.objects.filter(source=translation.source).first()
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        return translator_client.put(url, encode_multipart(BOUNDARY, {"value": "Endret"}), MULTIPART_CONTENT)

    assert edit_first_string("en").status_code == 200
    assert refused_by_the_admin(edit_first_string("nn"))
    nn_strings = StringTranslation.objects.filter(locale__language_code="nn")
    assert not nn_strings.filter(data="Endret").exists()


def test_translating_a_page_under_an_untranslated_parent_copies_the_parent(
    admin_client, course, django_capture_on_commit_callbacks
):
    from course_pages.models import LessonPage

    chapter = LessonPage(title="Ny leksjon", slug="ny-leksjon")
    course.add_child(instance=chapter)
    chapter.save_revision().publish()
    untranslated_course = course.copy(
        update_attrs={"title": "Nytt kurs", "slug": "nytt-kurs"}, keep_live=True
    )
    lesson = LessonPage(title="Første leksjon", slug="forste-leksjon")
    untranslated_course.add_child(instance=lesson)
    lesson.save_revision().publish()
    en = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]), {"locales": [en.pk]}
        )
    assert response.status_code == 302
    assert lesson.get_translation_or_none(en) is not None
    assert untranslated_course.get_translation_or_none(en) is not None


def test_a_malformed_locale_is_ignored_not_a_server_error(admin_client, content):
    url = reverse("wagtail_localize:submit_page_translation", args=[content["lesson"].pk])
    for malformed in ("abc", "²"):  # "²" is a digit to str.isdigit(), not to int()
        response = admin_client.post(url, {"locales": [malformed]})
        assert response.status_code in (200, 302), malformed


@pytest.mark.parametrize("role, stopped", [("translator", False), ("moderator", True)])
def test_stopping_a_synced_translation_needs_publish_rights(client, translator, content, role, stopped):
    """Stopping detaches the English theme from its source for good: the translator's editor
    offered it in one click, for a live theme."""
    user = translator
    if role == "moderator":
        user = make_user("moderator", "Moderators")
    client.force_login(user)
    translation = Translation.objects.get(source__object_id=content["theme"].translation_key)
    response = client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.enabled is not stopped
    assert content["en_theme"].get_translation_or_none(translation.target_locale) is not None
