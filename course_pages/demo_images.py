"""Demo images drawn in code (nothing is downloaded): the CHIME model as a diagram.

The diagram carries no words of either language, only the letters C, H, I, M and E around
"recovery" (a word Norwegian uses too), so one image serves both languages; the alt text
and caption, which are block fields, are what gets translated.
"""

import math
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from question_bank.elements import ELEMENTS

FONT = Path(settings.BASE_DIR) / "site" / "static" / "fonts" / "DejaVuSans-Bold.ttf"
CHIME_DIAGRAM_TITLE = "CHIME-modellen (diagram)"


def chime_diagram_png(size=1600):
    """Five element circles in their colours around a centre circle, as PNG bytes."""
    image = PillowImage.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    centre = size / 2
    orbit, radius, core = size * 0.34, size * 0.115, size * 0.135
    letter_font = ImageFont.truetype(str(FONT), int(radius * 1.1))
    core_font = ImageFont.truetype(str(FONT), int(core * 0.3))

    points = []
    for index, element in enumerate(ELEMENTS):
        angle = -math.pi / 2 + index * 2 * math.pi / len(ELEMENTS)
        points.append((centre + orbit * math.cos(angle), centre + orbit * math.sin(angle), element))
    for x, y, _element in points:
        draw.line([(centre, centre), (x, y)], fill="#9a9a9a", width=max(2, size // 200))
    draw.ellipse([centre - core, centre - core, centre + core, centre + core], fill="#0b4f6c")
    draw.text((centre, centre), "recovery", font=core_font, fill="white", anchor="mm")
    for x, y, element in points:
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=element.colour)
        draw.text((x, y), element.letter, font=letter_font, fill="white", anchor="mm")

    output = BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def load_images(stdout):
    """Create the demo images that are missing; return them by the names the demo modules use."""
    Image = get_image_model()
    diagram = Image.objects.filter(title=CHIME_DIAGRAM_TITLE).first()
    if diagram is None:
        diagram = Image(title=CHIME_DIAGRAM_TITLE)
        diagram.file = ImageFile(BytesIO(chime_diagram_png()), name="chime-modellen.png")
        diagram.save()
        stdout.write("Created the CHIME diagram image.")
    return {"chime_diagram": diagram}


# The demo images by title, and how each is drawn.
DRAWINGS = {CHIME_DIAGRAM_TITLE: chime_diagram_png}


def restore_image_files(stdout):
    """Draw the file of each demo image whose row exists but whose file does not (a database
    loaded from the demo snapshot, which holds rows, not files), under the row's file name."""
    for image in get_image_model().objects.filter(title__in=DRAWINGS):
        storage = image.file.storage
        if not storage.exists(image.file.name):
            saved = storage.save(image.file.name, ContentFile(DRAWINGS[image.title]()))
            if saved != image.file.name:
                raise RuntimeError(f"Could not store {image.file.name!r}: the storage chose {saved!r}.")
            stdout.write(f"Drew {image.file.name}.")
