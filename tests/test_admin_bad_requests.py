"""Malformed admin requests an editor or translator can send get a 400 or a form error, never a 500.

Each request below made Wagtail 8.0.1 or wagtail-localize 1.14.5 raise (KeyError, ValueError,
RecursionError, OverflowError, Pillow errors). They are sent as the person who can send them,
and each test also checks that nothing was changed.
"""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from .conftest import make_theme, role_user


@pytest.fixture
def editor_client(client, db):
    client.force_login(role_user("editor"))
    return client


@pytest.fixture
def lesson(make_lesson):
    return make_lesson([("text", "<p>Tekst.</p>")])


def lesson_form(lesson, body):
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "intro": rich_text(""),
            "estimated_minutes": "",
            "body": body,
        }
    )


def assert_bad_request(response):
    assert response.status_code == 400, response.status_code
    return response


# --- StreamField and rich text posted to the page editor ---------------------------------


def test_streamfield_with_non_numeric_order_is_a_bad_request(editor_client, lesson):
    data = lesson_form(lesson, streamfield([("text", rich_text("<p>Ny tekst.</p>"))]))
    data["body-0-order"] = "abc"
    response = editor_client.post(f"/admin/pages/{lesson.pk}/edit/", data)
    assert_bad_request(response)
    assert "Skjemaet kom ufullstendig" in response.content.decode()  # the editor's admin language
    lesson.refresh_from_db()
    assert lesson.body[0].value.source == "<p>Tekst.</p>"
    assert lesson.revisions.count() == 1


def test_streamfield_without_count_is_a_bad_request(editor_client, lesson):
    data = lesson_form(lesson, streamfield([("text", rich_text("<p>Ny tekst.</p>"))]))
    del data["body-count"]
    assert_bad_request(editor_client.post(f"/admin/pages/{lesson.pk}/edit/", data))
    assert lesson.revisions.count() == 1


def test_bad_draftail_json_in_a_rich_text_block_is_a_bad_request(editor_client, lesson):
    data = lesson_form(lesson, streamfield([("text", "{not json")]))
    assert_bad_request(editor_client.post(f"/admin/pages/{lesson.pk}/edit/", data))
    assert lesson.revisions.count() == 1


def test_bad_draftail_json_in_a_rich_text_field_is_a_bad_request(editor_client, course):
    data = nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "intro": '{"blocks": [{"text": 1}',
            "audience": course.audience,
            "learning_outcomes": rich_text("<ul><li>Noe</li></ul>"),
            "format": course.format,
            "duration": course.duration,
            "credits": "",
            "provider": course.provider,
            "signup_url": "",
            "signup_text": course.signup_text,
            "body": streamfield([]),
        }
    )
    assert_bad_request(editor_client.post(f"/admin/pages/{course.pk}/edit/", data))
    assert course.revisions.count() == 1


# --- Question theme form ------------------------------------------------------------------


def test_theme_form_with_non_numeric_question_id_is_answered_without_500(editor_client, db):
    theme = make_theme()
    data = {
        "element": theme.element,
        "title": "Endret tittel",
        "when_relevant": "",
        "collection": theme.collection,
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "1",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-id": "abc",
        "questions-0-ORDER": "1",
        "questions-0-DELETE": "",
        "questions-0-text": "Hva gir deg håp?",
        "questions-0-kind": theme.questions.first().kind,
        "questions-0-audience": "",
    }
    response = editor_client.post(f"/admin/snippets/question_bank/questiontheme/edit/{theme.pk}/", data)
    assert response.status_code in (200, 400), response.status_code
    theme.refresh_from_db()
    assert theme.title == "Tro på fremtiden"


# --- Choosers, API, search ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/admin/choose-page/chosen-multiple/?id=abc",
        "/admin/images/chooser/chosen-multiple/?id=abc",
        "/admin/documents/chooser/chosen-multiple/?id=abc",
        "/admin/snippets/choose/question_bank/questiontheme/chosen-multiple/?id=abc",
    ],
)
def test_chooser_with_non_numeric_ids_is_a_bad_request(editor_client, url):
    assert_bad_request(editor_client.get(url))


@pytest.mark.parametrize("offset", ["99999999999999999999", "9" * 40, "9" * 5000])
def test_pages_api_with_huge_offset_is_a_bad_request(editor_client, home_pages, offset):
    response = assert_bad_request(editor_client.get(f"/admin/api/main/pages/?offset={offset}"))
    assert "message" in response.json()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/search/",
        "/admin/snippets/question_bank/questiontheme/",
        "/admin/images/",
        "/admin/documents/",
    ],
)
def test_very_long_admin_search_is_refused_with_a_message(editor_client, home_pages, url):
    response = editor_client.get(url, {"q": " ".join(["håp"] * 5000)})
    assert_bad_request(response)
    # An ordinary search still works.
    assert editor_client.get(url, {"q": "håp"}).status_code == 200


# --- Image uploads ------------------------------------------------------------------------


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#0a7").save(buffer, "PNG")
    return buffer.getvalue()


def gif_without_colour_table():
    """A GIF whose header says "no global colour table" and whose image has no local one."""
    header = b"GIF89a" + (2).to_bytes(2, "little") + (2).to_bytes(2, "little") + bytes([0x00, 0, 0])
    image = b"\x2c" + bytes(8) + b"\x00" + b"\x02\x02\x44\x01\x00"
    return header + image + b"\x3b"


@pytest.mark.parametrize(
    "name, content",
    [("avkortet.png", png_bytes()[:-30]), ("uten-farger.gif", gif_without_colour_table())],
)
def test_broken_image_upload_is_a_form_error(editor_client, name, content):
    upload = SimpleUploadedFile(name, content, content_type="image/" + name.rsplit(".", 1)[1])
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"title": name, "files[]": upload},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert get_image_model().objects.count() == 0

    upload.seek(0)
    response = editor_client.post("/admin/images/add/", {"title": name, "file": upload, "collection": "1"})
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert get_image_model().objects.count() == 0


def test_intact_image_upload_still_works(editor_client):
    upload = SimpleUploadedFile("hel.png", png_bytes(), content_type="image/png")
    response = editor_client.post("/admin/images/add/", {"title": "Hel", "file": upload, "collection": "1"})
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 40


# --- wagtail-localize's translation editor ------------------------------------------------


@pytest.fixture
def translation(make_lesson, memory):
    text = memory.add(("Håp gir retning.", "Hope gives direction."))
    lesson = make_lesson([("text", f"<p>{text}</p>")], translated=True)
    return Translation.objects.get(source__object_id=lesson.translation_key)


@pytest.fixture
def translator_client(client, translation):
    client.force_login(role_user("translator"))
    return client


def po_file(translation, with_header=True):
    po = translation.export_po()
    if not with_header:
        del po.metadata["X-WagtailLocalize-TranslationID"]
    return SimpleUploadedFile("oversettelse.po", str(po).encode(), content_type="text/x-gettext-translation")


def test_po_upload_without_translation_id_header_is_a_bad_request(translator_client, translation):
    url = f"/admin/localize/translate/{translation.pk}/pofile/upload/"
    response = translator_client.post(url, {"file": po_file(translation, with_header=False)})
    assert_bad_request(response)
    # The intact file is accepted.
    response = translator_client.post(url, {"file": po_file(translation), "next": "/admin/"})
    assert response.status_code == 302


def test_po_upload_without_a_file_is_a_bad_request(translator_client, translation):
    url = f"/admin/localize/translate/{translation.pk}/pofile/upload/"
    assert_bad_request(translator_client.post(url, {"next": "/admin/"}))


def test_string_put_without_value_is_a_bad_request(translator_client, translation):
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    response = translator_client.put(url, "", content_type="application/x-www-form-urlencoded")
    assert_bad_request(response)
    assert "value" in json.dumps(response.json())
    # With a value it is saved.
    response = translator_client.put(
        url, "value=Håp+viser+vei", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201)
