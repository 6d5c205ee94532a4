"""Who may delete or move what (issue 10, rows 4, 11 and 14).

Deleting needs publish rights on the page or theme, except a never-published draft of one's
own; translators never delete; content locked by one person, or a page tree holding it, is
deleted or moved only by the lock holder or an admin. Each case acts through the admin's own
URLs as that person and checks the database and the log, not only the answer.
"""

import html
import json
import re

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, ModelLogEntry, Page, PageLogEntry
from wagtail_localize.views import edit_translation

from course_pages.models import LessonPage
from course_pages.translation.groups import ensure_translator_groups

from .conftest import make_theme, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(home_pages):
    ensure_translator_groups()
    editors = Group.objects.get(name="Editors")
    # Editors start translations (README, "Starting and syncing").
    editors.permissions.add(Permission.objects.get(codename="submit_translation"))
    return {
        "editor": make_user("redaktor", "Editors"),
        "colleague": make_user("kollega", "Editors"),
        "moderator": make_user("moderator", "Moderators"),
        "lock_holder": make_user("laaser", "Moderators"),
        "translator": make_user("oversetter", "Translators (en)"),
        "admin": make_user("admin", is_superuser=True, is_staff=True),
    }


def login(client, user):
    client.logout()
    client.force_login(user)
    return client


def draft_lesson(parent, owner, title, slug):
    """A never-published lesson, created by ``owner``, as the admin's create view saves it."""
    lesson = LessonPage(title=title, slug=slug, live=False, owner=owner)
    parent.add_child(instance=lesson)
    lesson.save_revision(user=owner)
    return lesson


def delete_page(client, page):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))


def exists(instance):
    return type(instance).objects.filter(pk=instance.pk).exists()


def deletion_logged(instance):
    if isinstance(instance, Page):
        return PageLogEntry.objects.filter(page_id=instance.pk, action="wagtail.delete").exists()
    return ModelLogEntry.objects.filter(object_id=str(instance.pk), action="wagtail.delete").exists()


def refused(response):
    """The admin's refusal of PermissionDenied: a redirect to the dashboard, or 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def assert_outcome(response, instance, deleted):
    if deleted:
        assert response.status_code == 302 and not refused(response), response.status_code
        assert not exists(instance)
        assert deletion_logged(instance)
    else:
        assert refused(response), response.status_code
        assert exists(instance)
        assert not deletion_logged(instance)


def editor_props(client, instance):
    """The props wagtail-localize's translation editor renders for a page or theme."""
    if isinstance(instance, Page):
        url = reverse("wagtailadmin_pages:edit", args=[instance.pk])
    else:
        url = reverse("wagtailsnippets_question_bank_questiontheme:edit", args=[instance.pk])
    response = client.get(url)
    assert response.status_code == 200
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    assert match, "not wagtail-localize's translation editor"
    return json.loads(html.unescape(match.group(1)))


@pytest.fixture
def english_draft(client, people, course, django_capture_on_commit_callbacks):
    """A Norwegian lesson whose English translation an editor started (a draft, never live)."""
    lesson = LessonPage(title="Om håp", slug="om-haap")
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    en = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[lesson.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = login(client, people["editor"]).post(url, {"locales": [en.pk]})
    assert response.status_code == 302
    draft = lesson.get_translation(en)
    assert not draft.live and draft.first_published_at is None
    return draft


# Row 4: the translation editor's footer "Delete".


def test_translator_is_not_offered_delete_in_the_translation_editor_and_cannot_delete(
    client, people, english_draft
):
    translator = login(client, people["translator"])
    assert editor_props(translator, english_draft)["perms"]["canDelete"] is False
    assert_outcome(delete_page(translator, english_draft), english_draft, deleted=False)


def test_a_moderator_is_offered_delete_in_the_translation_editor(client, people, english_draft):
    """The other side of the row-4 test: the same props say True to someone who may delete."""
    assert editor_props(login(client, people["moderator"]), english_draft)["perms"]["canDelete"] is True


def test_canary_wagtail_localize_offers_delete_on_its_own_terms():
    """wagtail-localize 1.14.5 takes "Delete" from ``page_perms.can_delete()`` for a page and
    from the model-wide permission for a snippet; our template rewrites it with our rules
    (``translation_editor_props``). When this changes, check whether that is still needed."""
    import inspect

    source = inspect.getsource(edit_translation.edit_translation)
    assert "can_delete = page_perms.can_delete()" in source
    assert 'get_permission_name("delete", instance.__class__)' in source


# Row 14: deleting needs publish rights, or a never-published draft of one's own.


@pytest.mark.parametrize(
    "role, deleted", [("editor", False), ("moderator", True), ("translator", False), ("admin", True)]
)
def test_deleting_a_colleagues_unpublished_norwegian_page(client, people, course, role, deleted):
    draft = draft_lesson(course, people["colleague"], "Utkast", "utkast")
    response = delete_page(login(client, people[role]), draft)
    assert_outcome(response, draft, deleted)


@pytest.mark.parametrize(
    "role, deleted", [("editor", False), ("moderator", True), ("translator", False), ("admin", True)]
)
def test_deleting_an_unpublished_english_translation_an_editor_started(
    client, people, english_draft, role, deleted
):
    # wagtail-localize gives a translation no owner: even the editor who started it needs
    # publish rights to delete it.
    assert english_draft.owner is None
    response = delete_page(login(client, people[role]), english_draft)
    assert_outcome(response, english_draft, deleted)


def test_an_editor_may_still_delete_their_own_never_published_draft(client, people, course):
    draft = draft_lesson(course, people["editor"], "Mitt utkast", "mitt-utkast")
    assert_outcome(delete_page(login(client, people["editor"]), draft), draft, deleted=True)


def test_a_translator_never_deletes_even_their_own_english_draft(client, people, home_pages):
    _nb_home, en_home = home_pages
    draft = draft_lesson(en_home, people["translator"], "My draft", "my-draft")
    assert_outcome(delete_page(login(client, people["translator"]), draft), draft, deleted=False)


def test_bulk_delete_follows_the_same_rules(client, people, course):
    draft = draft_lesson(course, people["colleague"], "Utkast", "utkast")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={draft.pk}"
    login(client, people["editor"]).post(url)
    assert exists(draft)
    assert not deletion_logged(draft)


# Row 11: locked content is deleted or moved only by the lock holder or an admin.


@pytest.fixture
def locked_lesson(client, people, course):
    """A never-published lesson the editor wrote, locked by another moderator."""
    lesson = draft_lesson(course, people["editor"], "Låst", "laast")
    login(client, people["lock_holder"]).post(reverse("wagtailadmin_pages:lock", args=[lesson.pk]))
    lesson.refresh_from_db()
    assert lesson.locked and lesson.locked_by == people["lock_holder"]
    return lesson


@pytest.mark.parametrize(
    "role, deleted",
    [("editor", False), ("moderator", False), ("translator", False), ("admin", True), ("lock_holder", True)],
)
def test_deleting_a_locked_page(client, people, locked_lesson, role, deleted):
    response = delete_page(login(client, people[role]), locked_lesson)
    assert_outcome(response, locked_lesson, deleted)


@pytest.mark.parametrize("role, moved", [("moderator", False), ("admin", True), ("lock_holder", True)])
def test_moving_a_locked_page(client, people, course, locked_lesson, role, moved):
    other_course = course.copy(update_attrs={"title": "Annet kurs", "slug": "annet-kurs"})
    actor = login(client, people[role])
    choose = actor.get(reverse("wagtailadmin_pages:move", args=[locked_lesson.pk]))
    confirm = actor.post(reverse("wagtailadmin_pages:move_confirm", args=[locked_lesson.pk, other_course.pk]))
    locked_lesson.refresh_from_db()
    moved_now = locked_lesson.get_parent().pk == other_course.pk
    assert moved_now is moved
    assert PageLogEntry.objects.filter(page=locked_lesson, action="wagtail.move").exists() is moved
    if not moved:
        assert refused(choose) and refused(confirm)


def test_a_tree_holding_a_locked_page_is_neither_deleted_nor_moved(client, people, course, locked_lesson):
    moderators = Group.objects.get(name="Moderators")
    # bulk_delete lets moderators delete a page with pages under it; only the lock stops them.
    GroupPagePermission.objects.create(
        group=moderators,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="bulk_delete_page"),
    )
    index = course.get_parent()
    moderator = login(client, people["moderator"])
    assert_outcome(delete_page(moderator, course), course, deleted=False)
    assert exists(locked_lesson)

    home = index.get_parent()
    moderator.post(reverse("wagtailadmin_pages:move_confirm", args=[course.pk, home.pk]))
    move = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) + f"?id={course.pk}"
    moderator.post(move, {"chooser": home.pk})
    course.refresh_from_db()
    assert course.get_parent().pk == index.pk
    assert not PageLogEntry.objects.filter(page=course, action="wagtail.move").exists()


@pytest.fixture
def locked_theme(client, people):
    theme = make_theme(title="Låst tema")
    url = reverse("wagtailsnippets_question_bank_questiontheme:lock", args=[theme.pk])
    login(client, people["lock_holder"]).post(url)
    theme.refresh_from_db()
    assert theme.locked and theme.locked_by == people["lock_holder"]
    return theme


@pytest.mark.parametrize(
    "role, deleted",
    [("editor", False), ("moderator", False), ("translator", False), ("admin", True), ("lock_holder", True)],
)
def test_deleting_a_locked_theme(client, people, locked_theme, role, deleted):
    actor = login(client, people[role])
    response = actor.post(
        reverse("wagtailsnippets_question_bank_questiontheme:delete", args=[locked_theme.pk])
    )
    assert_outcome(response, locked_theme, deleted)


@pytest.mark.parametrize("role, offered", [("moderator", False), ("lock_holder", True)])
def test_the_translation_editor_offers_delete_of_a_locked_theme_only_to_its_lock_holder(
    client, people, translate_now, role, offered
):
    pairs = [("Tro på fremtiden", "Belief in the future"), ("Hva gir deg håp?", "What gives you hope?")]
    en_theme = translate_now(make_theme(title="Tro på fremtiden"), pairs)
    url = reverse("wagtailsnippets_question_bank_questiontheme:lock", args=[en_theme.pk])
    login(client, people["lock_holder"]).post(url)
    en_theme.refresh_from_db()
    assert en_theme.locked
    assert editor_props(login(client, people[role]), en_theme)["perms"]["canDelete"] is offered


def test_bulk_delete_leaves_a_theme_locked_by_someone_else(client, people, locked_theme):
    url = reverse("wagtail_bulk_action", args=["question_bank", "questiontheme", "delete"])
    login(client, people["moderator"]).post(f"{url}?id={locked_theme.pk}")
    assert exists(locked_theme)
    assert not deletion_logged(locked_theme)


def test_every_page_type_uses_our_permission_rules():
    """A new page type that forgets ``SitePermissionsMixin`` would fall back to Wagtail's rules."""
    from django.apps import apps

    from course_pages.translation.permissions import PagePermissionTester, SitePermissionsMixin

    page_models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label == "course_pages"
    ]
    assert page_models
    for model in page_models:
        assert issubclass(model, SitePermissionsMixin), model
        assert isinstance(model().permissions_for_user(AnonymousUser()), PagePermissionTester)
