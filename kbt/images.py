"""The admin's image upload form: an image file must decode completely before it is stored.

Wagtail 8.0.1's ``WagtailImageField`` opens uploads with Willow, and a file whose header is
fine but whose data is not (a truncated PNG, a GIF without a colour table) makes Pillow raise
``OSError``/``ValueError``/``struct.error`` from inside the field's pixel-count check — a 500
for the editor instead of a form error. ``settings.WAGTAILIMAGES_IMAGE_FORM_BASE`` points here.
"""

import struct

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import AbstractImage

# What Pillow raises on a damaged file (SyntaxError is its "not a valid PNG" from verify()).
DECODING_ERRORS = (OSError, ValueError, SyntaxError, EOFError, IndexError, struct.error)


class VerifiedImageField(WagtailImageField):
    """``WagtailImageField`` that also runs Pillow's ``verify()`` (Django's own ImageField does;
    Wagtail's does not) and turns a decoding error in Wagtail's checks into the field's
    "not a valid image" error. Formats Pillow does not know (e.g. SVG, when allowed) are left
    to Willow, as before."""

    def to_python(self, data):
        verify_with_pillow(data, self.error_messages["invalid_image"])
        return super().to_python(data)

    def check_image_pixel_size(self, f):
        try:
            return super().check_image_pixel_size(f)
        except DECODING_ERRORS as error:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


def verify_with_pillow(data, message):
    """Raises ``ValidationError(message)`` if Pillow recognises ``data`` (an uploaded file)
    but finds it damaged; returns quietly for no file or a format Pillow does not read."""
    if not hasattr(data, "seek") or not hasattr(data, "read"):
        return
    data.seek(0)
    try:
        with PILImage.open(data) as image:
            image.verify()
    except PILImage.UnidentifiedImageError:
        pass
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        pass  # WagtailImageField reports these itself, with the pixel limit
    except DECODING_ERRORS as error:
        raise ValidationError(message, code="invalid_image") from error
    finally:
        data.seek(0)


class ImageForm(BaseImageForm):
    file = VerifiedImageField(label=capfirst(AbstractImage._meta.get_field("file").verbose_name))
