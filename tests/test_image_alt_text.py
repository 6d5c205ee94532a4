"""An image block's alternative text starts as the image's description (issue 13): the editor
fills an empty one when an image is chosen, and saving fills one left empty; what the editor
wrote is kept, and with no description the field is still required."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from course_pages.blocks import ImageBlock

from .browser import open_page

DESCRIPTION = "Tegning av en sti som går mot horisonten"


def make_image(title="sti.png", description=DESCRIPTION):
    return get_image_model().objects.create(title=title, description=description, file=get_test_image_file())


def cleaned(image, alt_text):
    block = ImageBlock()
    return block.clean(block.to_python({"image": image.pk, "alt_text": alt_text, "caption": ""}))


@pytest.mark.django_db
def test_saving_fills_an_empty_alt_text_with_the_images_description():
    assert cleaned(make_image(), "")["alt_text"] == DESCRIPTION
    assert cleaned(make_image(), "   ")["alt_text"] == DESCRIPTION


@pytest.mark.django_db
def test_the_editors_alt_text_is_kept():
    assert cleaned(make_image(), "En sti")["alt_text"] == "En sti"


@pytest.mark.django_db
def test_without_a_description_the_alt_text_is_still_required():
    with pytest.raises(StructBlockValidationError) as error:
        cleaned(make_image(description=""), "")
    assert "alt_text" in error.value.block_errors


@pytest.mark.django_db
def test_page_editor_loads_the_prefill_script(admin_client, make_lesson):
    lesson = make_lesson([{"type": "text", "value": "<p>Tekst</p>"}])
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "course_pages/admin/image-block.js" in editor
    assert "course_pages.blocks.ImageBlock" in editor.replace("&quot;", '"')


@pytest.mark.browser
def test_choosing_an_image_in_the_editor_prefills_its_alt_text(
    chromium, live_server, wagtail_root, make_lesson
):
    make_image()
    make_image(title="uten-beskrivelse.png", description="")
    lesson = make_lesson([{"type": "image", "value": {"image": None, "alt_text": "", "caption": ""}}])
    get_user_model().objects.create_superuser("admin", password="x")
    edit_url = live_server.url + reverse("wagtailadmin_pages:edit", args=[lesson.pk])

    def choose(browser):
        context, page, _ = open_page(browser, live_server.url + reverse("wagtailadmin_login"), 1280)
        try:
            page.fill("input[name=username]", "admin")
            page.fill("input[name=password]", "x")
            page.click("button[type=submit]")
            page.wait_for_url("**/admin/")
            page.goto(edit_url)
            alt_text = page.locator("input[id$='-alt_text']")
            image_field = page.locator("[data-contentpath=image]")

            def choose_image(title):
                # "Choose an image", then the chooser's menu: "Change image" (the
                # admin speaks English to a user with no language preference).
                first = image_field.get_by_role("button", name="Choose an image")
                if first.is_visible():
                    first.click()
                else:
                    image_field.get_by_role("button", name="Actions").click()
                    page.locator(".tippy-box").get_by_role("button", name="Change image").click()
                page.locator(".modal a", has_text=title).first.click()
                page.locator(".modal").wait_for(state="hidden")

            values = []
            for title in ("sti.png", "uten-beskrivelse.png"):
                choose_image(title)
                values.append(alt_text.input_value())
            alt_text.fill("Min egen tekst")
            choose_image("sti.png")
            values.append(alt_text.input_value())
            return values
        finally:
            context.close()

    first, no_description, own = chromium.run(choose)
    assert first == DESCRIPTION
    # The previous image's description is taken away from an image that has none: the field
    # is empty, to be written; text the editor wrote stays whatever is chosen.
    assert no_description == ""
    assert own == "Min egen tekst"
