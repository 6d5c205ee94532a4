"""The phases of a conversation in which CHIME questions are used: a fixed vocabulary, like the
elements, not content.

Source: seed 001 (CHIME 2.0), each element's "Veiledning etter fase i samtalen": the opening
phase, the middle phase (planning, process and reflection), the follow-up phase, group and
low-threshold settings, and a person in crisis, with low motivation or in resistance. The
elements name the middle phase differently ("Midtfase (planlegging)", "Planleggingsfase", …);
here it is one phase, so that a reader can choose it across elements.

A question theme lists the phases it suits (``QuestionTheme.phases``, a list of codes); an
element page's phase guide names the phase of each row, so that the conversation tool can show
the guidance for the chosen phase above each element's questions.
"""

import re
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ConversationPhase:
    code: str
    name: Promise
    description: Promise

    def __str__(self):
        return str(self.name)


PHASES = (
    ConversationPhase(
        "opening",
        _("Opening phase"),
        _("Getting to know the person: safe, open questions that invite reflection."),
    ),
    ConversationPhase(
        "middle",
        _("Middle phase"),
        _("Planning, process and reflection: goals, strengths and concrete steps."),
    ),
    ConversationPhase(
        "follow_up",
        _("Follow-up phase"),
        _("Looking back at what has helped since last time and adjusting the plan."),
    ),
    ConversationPhase(
        "group",
        _("Group conversations"),
        _("Shared reflection in groups, activity centres and low-threshold settings."),
    ),
    ConversationPhase(
        "crisis",
        _("Crisis or low motivation"),
        _("When the person is in crisis, despondent, or meets the conversation with resistance."),
    ),
)

PHASES_BY_CODE = {phase.code: phase for phase in PHASES}
PHASE_CHOICES = [(phase.code, phase.name) for phase in PHASES]


def get_phase(code):
    """The phase for ``code``, or None for an empty or unknown code."""
    return PHASES_BY_CODE.get(code)


# How seed 001's phase guides and the demo's English translations name each phase, tried in
# this order, the first match winning: the three phases of an individual conversation by their
# names ("Midtfase (refleksjon og planlegging)", "Planleggingsfase"), then the group row by its
# setting and the last row by the person's state ("Ved lav mestringstro eller passivitet"),
# which the seed words differently in every element.
PHASE_LABEL_PATTERNS = (
    ("opening", r"innledende|opening|\bstart"),
    ("follow_up", r"oppfølging|follow-?\s?up"),
    ("middle", r"midtfase|midt i|planlegging|middle|planning"),
    ("group", r"grupp|group|kollektiv|collective|lavterskel|low-threshold"),
    (
        "crisis",
        r"krise|crisis|motstand|resistance|motivasjon|motivation|motløs|despondent|apati|apathy|"
        r"meningsløs|meaningless|skam|shame|selvfølelse|self-esteem|mestringstro|self-efficacy|"
        r"passivitet|passivity",
    ),
)


def phase_from_label(label):
    """The phase code a phase guide row's label names (``"Midtfase (planlegging)"`` →
    ``"middle"``, ``"When there is resistance or low motivation"`` → ``"crisis"``), in
    Norwegian or English, or "" when it names none of them. Source: the row labels of seed
    001's "Veiledning for bruk" tables and the demo's English translations of them."""
    text = (label or "").casefold()
    for code, pattern in PHASE_LABEL_PATTERNS:
        if re.search(pattern, text):
            return code
    return ""
