"""The conversation tool's selection: which questions a reader asks for, read from the URL.

A selection is a GET query string, so that a set can be bookmarked, shared and linked from a
lesson, and the same string gives the page, its print view and its PDF::

    ?element=hope&element=meaning&phase=opening&audience=service_user&theme=12&lines=3&plan=1

``element``  CHIME element codes (``question_bank.elements``); none chosen means all five.
``phase``    one phase code (``question_bank.phases``): only themes that suit it.
``audience`` service_user, service_provider or group: questions for them or for everyone.
``theme``    ids of question themes (any language's version): within their element, only these.
``lines``    answer lines under each question in print, 1–10 (default 3).
``plan``     1: append the conversation plan's goals, next steps and support persons.

Parsing never fails: unknown parameters and values that are not valid are left out and
listed (``Selection.ignored``), so a mistyped link still shows what it can. Each value is
checked by the field of ``ConversationToolForm`` that offers it, one value at a time.
Campaign parameters that a newsletter or a social site adds to a shared link (``utm_*``,
``fbclid``, ``gclid``, …: ``kbt.tracking``) are passed over without a note: the
reader did not write them and can do nothing about them.

Nothing of a reader's is stored or sent: the page only reads the query string, and answers
are written in the PDF in the reader's own viewer, or on paper.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from kbt.ids import object_id
from kbt.tracking import is_tracking_parameter
from question_bank.elements import ELEMENT_CHOICES, ELEMENTS, get_element
from question_bank.embeds import ResolvedQuestion, ResolvedTheme
from question_bank.models import Audience, QuestionTheme, ThemeCollection
from question_bank.phases import PHASE_CHOICES, get_phase

DEFAULT_ANSWER_LINES = 3
MAX_ANSWER_LINES = 10
PARAMETERS = ("element", "phase", "audience", "theme", "lines", "plan")


class ConversationToolForm(forms.Form):
    """The reader's choice, as a plain GET form (no CSRF token: it changes nothing, and the
    page sets no cookie). The themes on offer depend on the language and are checked against
    the question bank (``Selection.from_query``), so ``theme`` only labels them."""

    element = forms.MultipleChoiceField(
        label=_("CHIME elements"),
        choices=ELEMENT_CHOICES,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "ds-input"}),
        required=False,
        help_text=_("None chosen: all five."),
    )
    phase = forms.ChoiceField(
        label=_("Phase of the conversation"),
        choices=[("", _("Any phase")), *PHASE_CHOICES],
        widget=forms.RadioSelect(attrs={"class": "ds-input"}),
        required=False,
    )
    audience = forms.ChoiceField(
        label=_("Questions for"),
        choices=[("", _("Anyone")), *Audience.choices],
        widget=forms.RadioSelect(attrs={"class": "ds-input"}),
        required=False,
    )
    theme = forms.MultipleChoiceField(
        label=_("Themes (optional)"),
        choices=[],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Choose themes to get only those, not the whole element."),
    )
    lines = forms.IntegerField(
        label=_("Answer lines under each question"),
        min_value=1,
        max_value=MAX_ANSWER_LINES,
        required=False,
        help_text=_("In the print view and the PDF; from 1 to 10."),
    )
    plan = forms.BooleanField(
        label=_("Add the conversation plan: my goals, next steps and support persons"),
        required=False,
    )


@dataclass
class Selection:
    """A reader's selection, every value valid; ``ignored`` lists what the URL held beyond
    that (``"colour"``, ``"phase=dusk"``), for the page to say so."""

    elements: list = field(default_factory=list)
    phase: str = ""
    audience: str = ""
    theme_ids: list = field(default_factory=list)
    lines: int = DEFAULT_ANSWER_LINES
    plan: bool = False
    ignored: list = field(default_factory=list)
    chosen: bool = False  # whether the URL asked for a selection at all

    @classmethod
    def from_query(cls, query, form, theme_ids=frozenset()):
        """The selection in ``query`` (a ``QueryDict``), each value checked by ``form``'s
        field of the same name (``ConversationToolForm``); a theme must be one of
        ``theme_ids`` (the ids of every language's version of the themes on offer)."""
        selection = cls()

        def valid(name, value, raw):
            try:
                return form.fields[name].clean(value)
            except (ValidationError, TypeError, ValueError):
                selection.ignored.append(f"{name}={raw}")
                return None

        for name in query:
            if is_tracking_parameter(name):
                continue
            if name not in PARAMETERS:
                selection.ignored.append(name)
                continue
            selection.chosen = True
            values = query.getlist(name)
            if name == "element":
                kept = {cleaned[0] for value in values if (cleaned := valid(name, [value], value))}
                # In CHIME's order, whatever the URL's.
                selection.elements = [e.code for e in ELEMENTS if e.code in kept]
                continue
            if name == "theme":
                for value in values:
                    pk = object_id(value)
                    if pk in theme_ids and pk not in selection.theme_ids:
                        selection.theme_ids.append(pk)
                    elif pk not in theme_ids:
                        selection.ignored.append(f"{name}={value}")
                continue
            # One value: the first valid one. An empty value (or plan=0) chooses nothing and
            # is passed over; an invalid one, or a second choice, is listed as left out.
            taken = False
            for value in values:
                if name == "plan":
                    cleaned = value in ("1", "on", "true") or None
                    if not cleaned and value not in ("", "0", "false"):
                        selection.ignored.append(f"{name}={value}")
                else:
                    cleaned = valid(name, value, value)
                if cleaned in (None, ""):
                    continue
                if taken:
                    selection.ignored.append(f"{name}={value}")
                    continue
                setattr(selection, name, cleaned)
                taken = True
        return selection

    @property
    def conversation_phase(self):
        return get_phase(self.phase)

    @property
    def audience_label(self):
        return Audience(self.audience).label if self.audience else ""

    def initial(self):
        """The form's initial values, so the form shows the selection it answers."""
        return {
            "element": self.elements,
            "phase": self.phase,
            "audience": self.audience,
            "theme": self.theme_ids,
            "lines": self.lines,
            "plan": self.plan,
        }

    def query_string(self):
        """The selection as a canonical query string (valid values only, in a fixed order),
        for the print and PDF links and the PDF's cache key."""
        pairs = [("element", code) for code in self.elements]
        pairs += [("phase", self.phase)] if self.phase else []
        pairs += [("audience", self.audience)] if self.audience else []
        pairs += [("theme", str(pk)) for pk in self.theme_ids]
        pairs += [("lines", str(self.lines))]
        pairs += [("plan", "1")] if self.plan else []
        return urlencode(pairs)


@dataclass
class ElementResult:
    """One element's part of the result: its phase guidance and its themes' questions."""

    element: object
    guidance: list  # [PhaseGuidance]
    themes: list  # [ResolvedTheme], each with the chosen questions only

    @property
    def question_count(self):
        return sum(len(theme.questions) for theme in self.themes)


@dataclass
class PhaseGuidance:
    """A row of an element page's phase guide: ``phase`` as that page names it, ``tips``;
    ``lang`` is the language of the page it comes from (the source's, when untranslated)."""

    phase: str
    tips: str
    lang: str


class PhaseGuides:
    """The phase guides of the live element pages (``phase_guide`` blocks, whose rows name their
    phase in ``conversation_phase``), in ``locale`` or, for an element without a page in it, the
    source language's, marked so. One query, made when first asked."""

    def __init__(self, locale, source_locale):
        self.locale_ids = [locale.pk, source_locale.pk]

    @cached_property
    def pages(self):
        """``{element code: element page}``, this language's page before the source's."""
        from .models import ChimeElementPage

        pages = ChimeElementPage.objects.live().filter(locale_id__in=self.locale_ids).select_related("locale")
        by_element = {}
        for page in pages:
            by_element.setdefault(page.element, {})[page.locale_id] = page
        own, source = self.locale_ids
        return {code: by_locale.get(own) or by_locale[source] for code, by_locale in by_element.items()}

    def guidance(self, element_code, phase_code):
        """``[PhaseGuidance]``: the rows of the element page's phase guide for ``phase_code``."""
        page = self.pages.get(element_code)
        if page is None:
            return []
        # The stored rows, not the blocks: turning the whole body into blocks would load every
        # theme its practical guide embeds (a query per element).
        guidance = []
        for block in page.body.raw_data:
            if block["type"] != "phase_guide":
                continue
            for item in block["value"].get("rows", []):
                row = item.get("value", item)  # a ListBlock item, with or without its id
                if row.get("conversation_phase") == phase_code:
                    lang = page.locale.language_code
                    guidance.append(PhaseGuidance(row.get("phase", ""), row.get("tips", ""), lang))
        return guidance

    def revisions(self):
        """The shown pages' live revisions (``["12:345", …]``), for a PDF's cache key."""
        return sorted(f"{page.pk}:{page.live_revision_id}" for page in self.pages.values())


class QuestionBankIndex:
    """Every live question-bank theme of the elements, as a reader of ``locale`` sees it
    (``ResolvedTheme``: the translation, or the Norwegian source marked with its language).
    Two queries, whatever the selection."""

    def __init__(self, locale, source_locale):
        themes = (
            QuestionTheme.objects.filter(
                live=True,
                collection=ThemeCollection.QUESTION_BANK,
                locale__in={locale.pk, source_locale.pk},
            )
            .exclude(element="")
            .select_related("locale")
            .prefetch_related("questions")
        )
        versions = {}
        self.key_by_id = {}
        for theme in themes:
            versions.setdefault(theme.translation_key, {})[theme.locale_id] = theme
            self.key_by_id[theme.pk] = theme.translation_key
        self.themes = {}  # translation key → ResolvedTheme
        self.id_by_key = {}  # translation key → the id the form offers (the source's)
        self.phase_sources = {}  # translation key → the version whose phases count
        for key, by_locale in versions.items():
            source = by_locale.get(source_locale.pk)
            shown = by_locale.get(locale.pk) or source
            self.themes[key] = ResolvedTheme.from_theme(shown, source)
            self.id_by_key[key] = (source or shown).pk
            # The source's phases: a translation gets them only when it is next synced, and
            # the same URL must give the same themes in every language.
            self.phase_sources[key] = source or shown

    def suits_phase(self, theme, phase_code):
        """Whether ``theme`` (a ``ResolvedTheme`` of this index) suits ``phase_code``."""
        return self.phase_sources[theme.theme.translation_key].suits_phase(phase_code)

    def learn_ids(self, theme_ids):
        """Make ``theme_ids`` of the other languages' versions of the themes known (one query,
        only when a URL names an id this index has not loaded), so that a link made on
        either language's page works on both."""
        unknown = {pk for pk in theme_ids if pk not in self.key_by_id}
        if unknown:
            found = QuestionTheme.objects.filter(pk__in=unknown, translation_key__in=self.themes)
            self.key_by_id.update(found.values_list("pk", "translation_key"))

    def element_themes(self, code):
        themes = [t for t in self.themes.values() if t.theme.element == code]
        return sorted(themes, key=lambda t: (t.theme.sort_order, t.theme.title))

    def keys_of(self, theme_ids):
        return {self.key_by_id[pk] for pk in theme_ids if pk in self.key_by_id}

    def canonical_ids(self, theme_ids):
        """``theme_ids`` (any language's) as the ids the form offers, repeats dropped."""
        ids = []
        for key in (self.key_by_id.get(pk) for pk in theme_ids):
            if key in self.id_by_key and self.id_by_key[key] not in ids:
                ids.append(self.id_by_key[key])
        return ids


def matching_questions(theme, audience):
    """``theme`` (a ``ResolvedTheme``) with only the questions for ``audience`` (a code, or
    "" for all): a question without an audience suits everyone."""
    questions = [
        ResolvedQuestion(item.question, item.lang)
        for item in theme.questions
        if not audience or item.question.audience in ("", audience)
    ]
    return ResolvedTheme(theme.theme, theme.lang, theme.title_lang, theme.when_relevant_lang, questions)


def select(index, selection, guidance_for=lambda element, phase: []):
    """The result of ``selection`` over ``index``: ``[ElementResult]`` in CHIME's order, only
    elements with at least one matching question.

    An element is in the result when chosen, or when one of its themes is. Chosen themes are
    shown whatever the phase (the reader picked them); the rest of a chosen element's themes
    are filtered by the phase. ``guidance_for(element_code, phase_code)`` gives the element's
    ``[PhaseGuidance]`` for the chosen phase.
    """
    chosen_keys = index.keys_of(selection.theme_ids)
    chosen_elements = {index.themes[key].theme.element for key in chosen_keys}
    wanted = set(selection.elements) | chosen_elements
    if not wanted:
        wanted = {element.code for element in ELEMENTS}
    results = []
    for element in ELEMENTS:
        if element.code not in wanted:
            continue
        themes = index.element_themes(element.code)
        if element.code in chosen_elements:
            themes = [t for t in themes if t.theme.translation_key in chosen_keys]
        elif selection.phase:
            themes = [t for t in themes if index.suits_phase(t, selection.phase)]
        themes = [matching_questions(t, selection.audience) for t in themes]
        themes = [t for t in themes if t.questions]
        if themes:
            guidance = guidance_for(element.code, selection.phase) if selection.phase else []
            results.append(ElementResult(get_element(element.code), guidance, themes))
    return results
