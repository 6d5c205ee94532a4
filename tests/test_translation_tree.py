"""A translated tree follows its source's shape and order (issue 10, rows 6–9).

Canary tests at the end exercise the upstream behaviour our overrides work around; when one
fails after an upgrade, the matching override in ``course_pages/translation`` can go.
"""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import LocaleSynchronization, TranslationSource

from course_pages.locales import ensure_configured_locales
from course_pages.models import CoursePage, LessonPage

from .conftest import role_user

pytestmark = pytest.mark.django_db

LANGUAGES_WITH_NN = [("nb", "Norsk bokmål"), ("en", "English"), ("nn", "Norsk nynorsk")]
SYNC = "component-wagtail_localize_localesynchronization"


def en():
    return Locale.objects.get(language_code="en")


def children_titles(page):
    return [child.title for child in Page.objects.get(pk=page.pk).get_children()]


def messages_of(response):
    return [str(message) for message in response.wsgi_request._messages]


@pytest.fixture
def second_course(course, memory, translate_now):
    """A second published nb course next to ``course``, translated into en."""
    memory.add(("Kurs to", "Course two"))
    memory.add(("kurs-to", "course-two"))
    copy = course.copy(update_attrs={"title": "Kurs to", "slug": "kurs-to"}, keep_live=True)
    return translate_now(Page.objects.get(pk=copy.pk).specific) and CoursePage.objects.get(pk=copy.pk)


def submit_translation(client, page, locale, django_capture_on_commit_callbacks, **extra):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale.pk], **extra},
        )
    assert response.status_code == 302, response.content[:500]
    return page.get_translation(locale)


# Row 6: the Locales screen's "Synchronise content from another locale".


def add_nn_synced_from(client, locale, django_capture_on_commit_callbacks):
    """Settings → Locales → Add "nn" with "Synchronise content from another locale" ticked."""
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("wagtaillocales:add"),
            {"language_code": "nn", f"{SYNC}-enabled": "on", f"{SYNC}-sync_from": locale.pk},
        )


def test_locale_sync_option_is_refused_and_no_norwegian_goes_live_in_english(
    admin_client, course, make_lesson, django_capture_on_commit_callbacks
):
    untranslated = make_lesson([], title=("Bare på norsk", "Only in Norwegian"))
    nb = Locale.objects.get(language_code="nb")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtaillocales:edit", args=[en().pk]),
            {"language_code": "en", f"{SYNC}-enabled": "on", f"{SYNC}-sync_from": nb.pk},
        )
    assert response.status_code == 200
    assert "Synkronisering av innhold fra et annet språk er slått av" in response.content.decode()
    assert not LocaleSynchronization.objects.exists()
    assert untranslated.get_translation_or_none(en()) is None
    assert not Page.objects.filter(locale=en(), title="Bare på norsk").exists()
    assert admin_client.get("/en/courses/recovery/leksjon-1/").status_code == 404


def test_new_nn_locale_cannot_sync_but_translating_the_home_page_works(
    admin_client, course, make_lesson, django_capture_on_commit_callbacks
):
    make_lesson([], title=("Om håp", "About hope"), translated=True)
    nb = Locale.objects.get(language_code="nb")
    with override_settings(LANGUAGES=LANGUAGES_WITH_NN, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES_WITH_NN):
        response = add_nn_synced_from(admin_client, nb, django_capture_on_commit_callbacks)
        assert response.status_code == 200
        assert not Locale.objects.filter(language_code="nn").exists()
        # README, "Adding Nynorsk": migrate creates the locale, then translate the home page.
        ensure_configured_locales()
        nn = Locale.objects.get(language_code="nn")
        nb_home = Page.objects.get(depth=2, locale=nb)
        submit_translation(
            admin_client, nb_home, nn, django_capture_on_commit_callbacks, include_subtree="on"
        )
    nn_pages = Page.objects.filter(locale=nn)
    assert set(nn_pages.values_list("title", flat=True)) >= {"KBT Fagskole", "Recovery i praksis", "Om håp"}
    assert not nn_pages.filter(live=True).exists()


# Row 7: translated lessons follow the Norwegian order.


def test_translated_lessons_follow_the_norwegian_order(
    admin_client, admin_user, course, make_lesson, django_capture_on_commit_callbacks
):
    first = make_lesson([], title=("Første", "First"), slug="forste")
    second = make_lesson([], title=("Andre", "Second"), slug="andre")
    en_course = course.get_translation(en())
    for lesson in (second, first):  # translated B before A
        submit_translation(admin_client, lesson, en(), django_capture_on_commit_callbacks)
    assert children_titles(en_course) == ["Første", "Andre"]
    for page in LessonPage.objects.child_of(en_course):
        page.get_latest_revision().publish()
    en_second = second.get_translation(en())
    html = admin_client.get(en_second.url).content.decode()
    assert "Lesson 2 of 2" in html
    assert 'rel="prev"' in html and 'rel="next"' not in html

    # The explorer's drag-and-drop: the second nb lesson becomes the first.
    response = admin_client.post(
        reverse("wagtailadmin_pages:set_page_position", args=[second.pk]) + "?position=0"
    )
    assert response.status_code == 200
    assert children_titles(course) == ["Andre", "Første"]
    assert children_titles(en_course) == ["Andre", "Første"]
    assert PageLogEntry.objects.filter(page=en_second, action="wagtail.reorder", user=admin_user).exists()
    html = admin_client.get(en_second.url).content.decode()
    assert "Lesson 1 of 2" in html and 'rel="next"' in html

    # Syncing keeps the order.
    source = TranslationSource.objects.get_for_instance(first)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": ""}
        )
    assert response.status_code == 302
    assert children_titles(en_course) == ["Andre", "Første"]


# Row 8: copying or moving into another language's tree, for every role.


@pytest.mark.parametrize("role", ["editor", "moderator", "translator", "admin"])
def test_nobody_copies_or_moves_a_page_into_another_languages_tree(
    client, role, course, make_lesson, django_capture_on_commit_callbacks
):
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_course = course.get_translation(en())
    client.force_login(role_user(role))
    before = sorted(Page.objects.values_list("pk", "path", "locale_id"))
    with django_capture_on_commit_callbacks(execute=True):
        copy = client.post(
            reverse("wagtailadmin_pages:copy", args=[lesson.pk]),
            {
                "new_title": "Om håp",
                "new_slug": "om-hap-kopi",
                "new_parent_page": en_course.pk,
                "copy_subpages": "",
                "publish_copies": "on",
            },
        )
        move = client.post(reverse("wagtailadmin_pages:move_confirm", args=[lesson.pk, en_course.pk]))
    assert copy.status_code in (302, 403) and move.status_code in (302, 403)
    assert sorted(Page.objects.values_list("pk", "path", "locale_id")) == before
    assert not Page.objects.filter(locale__language_code="nb", path__startswith=en_course.path).exists()
    assert client.get("/en/courses/recovery/om-hap-kopi/").status_code == 404
    if role == "admin":
        for response in (copy, move):
            assert any("Oversett denne siden" in message for message in messages_of(response))


def test_canary_bulk_move_refuses_another_locale_wagtail_page_can_move_to(admin_client, course, make_lesson):
    """Wagtail's ``Page.can_move_to`` keeps pages in their locale's tree, so the bulk move
    needs no hook of ours; if this fails, refuse it in ``translation/hooks.py`` too."""
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_course = course.get_translation(en())
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) + f"?id={lesson.pk}"
    response = admin_client.post(url, {"chooser": en_course.pk})
    assert response.status_code == 200
    assert response.context_data["pages_without_destination_access"]
    lesson.refresh_from_db()
    assert lesson.get_parent().pk == course.pk
    assert not PageLogEntry.objects.filter(page=lesson, action="wagtail.move").exists()


# Row 9: moving a translated nb lesson, then adding a language.


def test_moving_a_translated_lesson_moves_its_translation_and_a_new_language_follows(
    admin_client, admin_user, course, second_course, make_lesson, django_capture_on_commit_callbacks
):
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_lesson = lesson.get_translation(en())
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:move_confirm", args=[lesson.pk, second_course.pk])
        )
    assert response.status_code == 302
    en_lesson.refresh_from_db()
    assert en_lesson.get_parent().pk == second_course.get_translation(en()).pk
    assert PageLogEntry.objects.filter(page=en_lesson, action="wagtail.move", user=admin_user).exists()
    assert admin_client.get("/en/courses/course-two/lesson-1/").status_code == 200

    nb = Locale.objects.get(language_code="nb")
    with override_settings(LANGUAGES=LANGUAGES_WITH_NN, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES_WITH_NN):
        response = add_nn_synced_from(admin_client, nb, django_capture_on_commit_callbacks)
        assert response.status_code == 200  # the form, with its explanation; not a 500
        ensure_configured_locales()
        nn = Locale.objects.get(language_code="nn")
        nb_home = Page.objects.get(depth=2, locale=nb)
        submit_translation(
            admin_client, nb_home, nn, django_capture_on_commit_callbacks, include_subtree="on"
        )
    assert lesson.get_translation(nn).get_parent().pk == second_course.get_translation(nn).pk


def test_a_live_translation_waits_for_its_new_parent_to_be_published(
    client, admin_client, course, make_lesson, django_capture_on_commit_callbacks
):
    """Moving an nb lesson to a course whose English version is still a draft must not take
    the live English lesson off the public site; it follows once that course is published."""
    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    en_lesson = lesson.get_translation(en())
    old_url = en_lesson.url
    new_course = course.copy(update_attrs={"title": "Kurs tre", "slug": "kurs-tre"}, keep_live=True)
    en_draft_course = new_course.copy_for_translation(en())
    assert not en_draft_course.live

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("wagtailadmin_pages:move_confirm", args=[lesson.pk, new_course.pk]))
    en_lesson.refresh_from_db()
    assert en_lesson.get_parent().pk == course.get_translation(en()).pk
    assert client.get(old_url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        en_draft_course.save_revision().publish()
    en_lesson.refresh_from_db()
    assert en_lesson.get_parent().pk == en_draft_course.pk
    assert client.get(en_lesson.url).status_code == 200


# Canaries: upstream behaviour our overrides work around.


def test_canary_translations_are_added_last_wagtail_localize_84(course, make_lesson):
    """wagtail-localize issue 84: ``copy_for_translation`` adds the translation as the last child."""
    first = make_lesson([], title=("Første", "First"), slug="forste")
    second = make_lesson([], title=("Andre", "Second"), slug="andre")
    second.copy_for_translation(en())
    first.copy_for_translation(en())
    assert children_titles(course.get_translation(en())) == ["Andre", "Første"]


def test_canary_synctree_creates_live_aliases_wagtail_localize_743(course, make_lesson):
    """wagtail-localize issue 743: tree sync ignores SYNC_LIVE_STATUS_ON_TRANSLATE = False."""
    from wagtail_localize.synctree import synchronize_tree

    lesson = make_lesson([], title=("Bare på norsk", "Only in Norwegian"))
    synchronize_tree(Locale.objects.get(language_code="nb"), en())
    alias = lesson.get_translation(en())
    assert alias.alias_of_id == lesson.pk and alias.live


def test_canary_moves_leave_translations_and_break_synctree_wagtail_localize_906(
    course, second_course, make_lesson
):
    """wagtail-localize issues 469 and 906: a source move leaves its translation behind, and
    then tree sync into a new locale fails."""
    from django.core.exceptions import ValidationError
    from treebeard.mp_tree import MP_MoveHandler
    from wagtail_localize.synctree import synchronize_tree

    lesson = make_lesson([], title=("Om håp", "About hope"), translated=True)
    MP_MoveHandler(lesson, second_course, "last-child").process()  # a move without our receiver
    with override_settings(LANGUAGES=LANGUAGES_WITH_NN, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES_WITH_NN):
        ensure_configured_locales()
        with pytest.raises(ValidationError):
            synchronize_tree(Locale.objects.get(language_code="nb"), Locale.objects.get(language_code="nn"))


def test_canary_copy_accepts_a_parent_in_another_locale_wagtail_13577(course, make_lesson):
    """Wagtail issue 13577: copying under another locale's page keeps the page's locale."""
    lesson = make_lesson([], title=("Om håp", "About hope"))
    copy = lesson.copy(to=course.get_translation(en()), update_attrs={"slug": "kopi"})
    assert copy.locale.language_code == "nb" and copy.get_parent().locale == en()
