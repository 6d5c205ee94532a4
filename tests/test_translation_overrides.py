"""Issue 10, rows 12 and 13: what a translation may put in place of a link or an image.

wagtail-localize's translation editor lets a translator "override" a non-text value per
language: a link in rich text, an image. Upstream stores any value; here the endpoint refuses
unsafe links and images that do not exist or may not be chosen, and values stored before
(or images deleted since) are not used where the translation is built.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from rest_framework.test import APIRequestFactory, force_authenticate
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission, PageLogEntry
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue
from wagtail_localize.views import edit_translation

from course_pages.translation import overrides
from course_pages.translation.groups import ensure_translator_groups
from course_pages.translation.review import SUBMIT_ACTION

pytestmark = pytest.mark.django_db

SOURCE_LINK = "https://example.org/kilde"
UNSAFE_LINKS = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,x",
    "//evil.example/x",
]


@pytest.fixture
def images():
    return {
        "source": Image.objects.create(title="Kilde", file=get_test_image_file()),
        "other": Image.objects.create(title="Annet", file=get_test_image_file()),
    }


@pytest.fixture
def lesson(make_lesson, memory, images, django_capture_on_commit_callbacks):
    """A translated lesson with a link in its text and an image; the en translation's
    wagtail-localize records and its two overridable segments."""
    memory.add(("Les kilden.", "Read the source."))
    memory.add(("Et bilde", "A picture"))
    nb_lesson = make_lesson(
        [
            {"type": "text", "value": f'<p>Les <a href="{SOURCE_LINK}">kilden</a>.</p>'},
            {"type": "image", "value": {"image": images["source"].pk, "alt_text": "Et bilde", "caption": ""}},
        ],
        title=("Om håp", "About hope"),
        translated=True,
    )
    translation = Translation.objects.get(
        source__object_id=nb_lesson.translation_key, target_locale__language_code="en"
    )
    # The demo's memory translates plain text; keep the link as a translator would.
    StringTranslation.objects.filter(data="Read the source.").update(data='Read <a id="a1">the source</a>.')
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    segments = OverridableSegment.objects.filter(source=translation.source).select_related("context")
    by_field = {segment.context.field_path: segment for segment in segments}
    return {
        "nb": nb_lesson,
        "en": nb_lesson.get_translation(translation.target_locale),
        "translation": translation,
        "link": by_field["body.text"],
        "image": by_field["body.image.image"],
    }


def make_user(username, group, *extra_permissions):
    user = get_user_model().objects.create_user(username, password="x")
    group = Group.objects.get(name=group)
    for codename in extra_permissions:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


@pytest.fixture
def people(home_pages):
    ensure_translator_groups()
    return {
        # The README: editors start translations, so they have submit_translation.
        "editor": lambda: make_user("redaktor", "Editors", "submit_translation"),
        "moderator": lambda: make_user("moderator", "Moderators"),
        "translator": lambda: make_user("oversetter", "Translators (en)"),
        "admin": lambda: get_user_model().objects.create_superuser("admin", "admin@example.org", "x"),
    }


def override_url(lesson, kind):
    return reverse("wagtail_localize:edit_override", args=[lesson["translation"].pk, lesson[kind].pk])


def assert_refused(response, value):
    """The override endpoint's refusal, as the translation editor reads it: a 200 answer whose
    ``error`` it shows on the segment, marked as an error (it reads no other status)."""
    assert response.status_code == 200, value
    body = response.json()
    assert body["data"] == value and body["error"], body


def put_override(client, lesson, kind, value):
    """What the translation editor sends: a multipart PUT with the field ``value``."""
    return client.put(
        override_url(lesson, kind), encode_multipart(BOUNDARY, {"value": value}), MULTIPART_CONTENT
    )


def preview_html(client, lesson, mode=""):
    url = reverse("wagtail_localize:preview_translation", args=[lesson["translation"].pk])
    if mode:
        url = reverse("wagtail_localize:preview_translation", args=[lesson["translation"].pk, mode])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role", ["editor", "moderator", "translator", "admin"])
def test_row12_a_javascript_link_override_is_refused_for_every_role(client, people, lesson, role):
    client.force_login(people[role]())
    for value in UNSAFE_LINKS:
        response = put_override(client, lesson, "link", value)
        assert_refused(response, value)
    assert not SegmentOverride.objects.exists()

    # What Wagtail's link editor accepts is stored, and the preview shows it.
    for value in [
        "https://example.org/source",
        "mailto:post@example.org",
        "tel:+4722000000",
        "/en/",
        "#del-2",
    ]:
        assert put_override(client, lesson, "link", value).status_code in (200, 201), value
    assert 'href="#del-2"' in preview_html(client, lesson)


def test_row12_a_stored_javascript_link_never_runs_on_the_page_its_print_view_or_the_preview(
    admin_client, lesson, django_capture_on_commit_callbacks
):
    """An override stored before the endpoint checked values: the preview, the published
    page and its print view keep the source's link."""
    SegmentOverride.objects.create(
        locale=lesson["translation"].target_locale,
        context=lesson["link"].context,
        data_json=json.dumps("javascript:alert(document.cookie)"),
    )
    for mode in ["", "print"]:
        html = preview_html(admin_client, lesson, mode)
        assert "javascript:" not in html
        assert SOURCE_LINK in html

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[lesson["en"].pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    en_url = lesson["en"].get_url()
    for url in [en_url, en_url + "print/"]:
        response = admin_client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="en"' in html
        assert "javascript:" not in html
        assert SOURCE_LINK in html


def test_row13_an_image_override_must_be_an_existing_image_the_user_may_choose(
    client, people, lesson, images
):
    translator = people["translator"]()
    client.force_login(translator)
    for value in ["abc", "", "999999", "-1", "²"]:
        response = put_override(client, lesson, "image", value)
        assert_refused(response, value)
    assert not SegmentOverride.objects.exists()

    # An existing image the translator may not choose in Wagtail's image chooser: Wagtail asks
    # for "choose" on the image's collection, which translator groups have on the root.
    choose = dict(
        group=Group.objects.get(name="Translators (en)"),
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="choose_image"),
    )
    GroupCollectionPermission.objects.filter(**choose).delete()
    assert_refused(put_override(client, lesson, "image", str(images["other"].pk)), str(images["other"].pk))
    assert not SegmentOverride.objects.exists()
    GroupCollectionPermission.objects.create(**choose)
    assert put_override(client, lesson, "image", str(images["other"].pk)).status_code == 201
    assert SegmentOverride.objects.get().data == str(images["other"].pk)
    assert images["other"].get_rendition("width-1200").url in preview_html(client, lesson)


def test_row13_a_stored_bad_image_override_is_no_server_error(
    client, people, lesson, images, django_capture_on_commit_callbacks
):
    """An image id ``abc`` stored before the endpoint checked values, or an image deleted
    since it was chosen: preview, "Submit for review", publish and sync all work, and the
    page shows the source's image."""
    override = SegmentOverride.objects.create(
        locale=lesson["translation"].target_locale,
        context=lesson["image"].context,
        data_json=json.dumps("abc"),
    )
    translator = people["translator"]()
    admin = people["admin"]()

    def publishes():
        return PageLogEntry.objects.filter(page=lesson["en"], action="wagtail.publish").count()

    source_image_url = images["source"].get_rendition("width-1200").url
    for bad in ["abc", str(images["other"].pk)]:
        override.data_json = json.dumps(bad)
        override.save()
        if bad != "abc":
            images["other"].delete()

        client.force_login(translator)
        assert source_image_url in preview_html(client, lesson)
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[lesson["en"].pk]), {SUBMIT_ACTION: "1"}
        )
        assert response.status_code == 302
        assert lesson["en"].revisions.count() >= 2

        client.force_login(admin)
        published_before = publishes()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("wagtailadmin_pages:edit", args=[lesson["en"].pk]), {"action": "publish"}
            )
        assert response.status_code == 302
        assert publishes() == published_before + 1
        html = client.get(lesson["en"].get_url()).content.decode()
        assert source_image_url in html

        sync_url = reverse("wagtail_localize:update_translations", args=[lesson["translation"].source_id])
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(sync_url, {"locales": [], "publish_translations": "on"})
        assert response.status_code == 302


def test_canary_upstream_override_endpoint_stores_any_value(lesson):
    """wagtail-localize 1.14.5 stores a ``javascript:`` link (issue 305), which is why
    ``views.edit_override`` checks values first. When this fails, upstream validates: review
    the override in ``course_pages/translation/views.py``."""
    request = APIRequestFactory().put(
        override_url(lesson, "link"), {"value": "javascript:alert(1)"}, format="multipart"
    )
    force_authenticate(request, get_user_model().objects.create_superuser("root", "root@example.org", "x"))
    response = edit_translation.edit_override(request, lesson["translation"].pk, lesson["link"].pk)
    assert response.status_code == 201
    assert SegmentOverride.objects.get().data == "javascript:alert(1)"


def test_canary_upstream_uses_stored_overrides_unchecked(lesson):
    """wagtail-localize 1.14.5 builds translations with every stored override (issues 294,
    305), which is why ``overrides.drop_unusable_overrides`` filters them. When this fails,
    upstream checks them: review that override."""
    SegmentOverride.objects.create(
        locale=lesson["translation"].target_locale,
        context=lesson["link"].context,
        data_json=json.dumps("javascript:alert(1)"),
    )
    upstream = overrides._upstream_get_segments(
        lesson["translation"].source, lesson["translation"].target_locale
    )
    assert [s.data for s in upstream if isinstance(s, OverridableSegmentValue)] == ["javascript:alert(1)"]
    assert TranslationSource._get_segments_for_translation is not overrides._upstream_get_segments
