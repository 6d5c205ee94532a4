"""The five CHIME elements: a published framework, so a fixed vocabulary in code, not content.

Each element has a short code (stored on question themes and element pages), a translated
name, a colour for accents and an icon. The colours are dark enough for white text and for
text on white (contrast at least 4.5:1), so templates can use them either way.
"""

from dataclasses import dataclass

from django.templatetags.static import static
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ChimeElement:
    code: str
    letter: str
    name: Promise
    description: Promise
    colour: str
    icon_file: str

    @property
    def icon_url(self):
        return static(f"question_bank/icons/{self.icon_file}")

    def __str__(self):
        return str(self.name)


ELEMENTS = (
    ChimeElement(
        "connectedness",
        "C",
        _("Connectedness"),
        _("Relationships, community and belonging."),
        "#1d5b8c",
        "connectedness.svg",
    ),
    ChimeElement(
        "hope",
        "H",
        _("Hope"),
        _("Hope and optimism about the future."),
        "#7a4f00",
        "hope.svg",
    ),
    ChimeElement(
        "identity",
        "I",
        _("Identity"),
        _("Rebuilding a positive sense of self."),
        "#6a3d9a",
        "identity.svg",
    ),
    ChimeElement(
        "meaning",
        "M",
        _("Meaning"),
        _("Meaning in life, roles and activities."),
        "#2d6a2f",
        "meaning.svg",
    ),
    ChimeElement(
        "empowerment",
        "E",
        _("Empowerment"),
        _("Personal responsibility, control and strengths."),
        "#a02b2b",
        "empowerment.svg",
    ),
)

ELEMENTS_BY_CODE = {element.code: element for element in ELEMENTS}
ELEMENT_CHOICES = [(element.code, element.name) for element in ELEMENTS]


def get_element(code):
    """The element for ``code``, or None for an empty or unknown code."""
    return ELEMENTS_BY_CODE.get(code)


def element_position(field="element"):
    """A query expression for the element's place in CHIME (C, H, I, M, E: 0–4; 5 for none),
    to sort themes and questions by element as the framework lists them, not alphabetically
    by code. ``field`` is the lookup of the element code, e.g. "theme__element"."""
    from django.db.models import Case, IntegerField, Value, When

    return Case(
        *(When(**{field: element.code}, then=Value(index)) for index, element in enumerate(ELEMENTS)),
        default=Value(len(ELEMENTS)),
        output_field=IntegerField(),
    )
