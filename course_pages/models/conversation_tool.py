"""The conversation tool ("Samtaleverktøy", issue 15): a reader chooses CHIME elements, the
phase of the conversation, whom the questions are for and, optionally, single themes, and gets
the matching questions with each element's guidance for that phase, as a page, a print view
and a fillable PDF. The selection is the URL's query string (``course_pages.conversation_tool``);
nothing a reader chooses or writes reaches the server.

Editors place one tool page per language under the CHIME overview, and offer ready-made
selections as ``ConversationSet`` snippets, listed as links on the page.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from kbt.ids import object_id
from question_bank.elements import ELEMENT_CHOICES, ELEMENTS, get_element
from question_bank.fields import ChoiceListField
from question_bank.models import Audience, QuestionTheme, ThemeCollection
from question_bank.phases import PHASE_CHOICES

from ..blocks import AnswerFieldBlock, HeadingBlock
from ..conversation_tool import (
    DEFAULT_ANSWER_LINES,
    MAX_ANSWER_LINES,
    ConversationToolForm,
    PhaseGuides,
    QuestionBankIndex,
    Selection,
    select,
)
from ..locales import default_locale, locale_of
from ..printing import PrintableMixin, pdf_key
from ..translation.permissions import SitePermissionsMixin
from .people import _revisions


def question_bank_theme_choices():
    """The Norwegian (source) question-bank themes, grouped by element in CHIME's order, as
    form choices ``[(element name, [(id, title), …]), …]``."""
    themes = QuestionTheme.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, collection=ThemeCollection.QUESTION_BANK
    ).exclude(element="")
    groups = {}
    for theme in themes:
        groups.setdefault(theme.element, []).append((theme.pk, theme.title))
    return [(str(get_element(code).name), groups[code]) for code, _label in ELEMENT_CHOICES if code in groups]


class ConversationSet(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    """A ready-made selection for the conversation tool, such as "Første samtale – Håp".
    Translated with wagtail-localize; the selection itself is the same in every language.
    Drafts and revisions as people and organisations have (``people.py``): the tool page
    lists live sets only."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("short description"), blank=True)
    elements = ChoiceListField(
        _("CHIME elements"),
        choices=ELEMENT_CHOICES,
        help_text=_("None chosen: all five, or the elements of the themes chosen below."),
    )
    phase = models.CharField(_("phase of the conversation"), max_length=20, choices=PHASE_CHOICES, blank=True)
    audience = models.CharField(_("questions for"), max_length=20, choices=Audience.choices, blank=True)
    # Ids of Norwegian themes: the tool maps each to the reader's language.
    themes = ChoiceListField(
        _("themes"),
        choices=question_bank_theme_choices,
        coerce=int,
        help_text=_("Optional: only these themes of their element."),
    )
    answer_lines = models.PositiveSmallIntegerField(
        _("answer lines"),
        default=DEFAULT_ANSWER_LINES,
        help_text=_("Lines under each question in the print view and the PDF, from 1 to 10."),
    )
    include_plan = models.BooleanField(
        _("add the conversation plan"),
        default=False,
        help_text=_("Append the goals, next steps and support persons section to the print view and PDF."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    revisions = _revisions("conversation_set")

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("elements"),
        FieldPanel("phase"),
        FieldPanel("audience"),
        FieldPanel("themes"),
        FieldPanel("answer_lines"),
        FieldPanel("include_plan"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("elements"),
        SynchronizedField("phase"),
        SynchronizedField("audience"),
        SynchronizedField("themes"),
        SynchronizedField("answer_lines"),
        SynchronizedField("include_plan"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("conversation set")
        verbose_name_plural = _("conversation sets")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    @classmethod
    def offered_in(cls, locale, source_locale):
        """The live sets a reader in ``locale`` is offered, as ``[(set, lang)]`` in the sets'
        order: the sets live in ``locale``, and, for a set whose ``locale`` version is not live
        (not yet translated, or a draft), its live ``source_locale`` version, with that
        language's code as ``lang`` (``""`` for the reader's own), for the page to mark it, as
        untranslated themes are marked. Two queries at most."""
        own = list(cls.objects.filter(locale=locale, live=True))
        offered = [(conversation_set, "") for conversation_set in own]
        if source_locale != locale:
            translated = {conversation_set.translation_key for conversation_set in own}
            offered += [
                (conversation_set, source_locale.language_code)
                for conversation_set in cls.objects.filter(locale=source_locale, live=True).exclude(
                    translation_key__in=translated
                )
            ]
        return sorted(offered, key=lambda item: (item[0].sort_order, item[0].title))

    def clean(self):
        super().clean()
        if not 1 <= (self.answer_lines or 0) <= MAX_ANSWER_LINES:
            raise ValidationError({"answer_lines": _("Choose from 1 to 10 lines.")})

    def selection(self):
        """The set as a ``Selection`` (its theme ids unchecked: the tool ignores unknown ones)."""
        return Selection(
            elements=[code for code in self.elements if code in {e.code for e in ELEMENTS}],
            phase=self.phase,
            audience=self.audience,
            theme_ids=[pk for pk in self.themes if isinstance(pk, int)],
            lines=self.answer_lines if 1 <= self.answer_lines <= MAX_ANSWER_LINES else DEFAULT_ANSWER_LINES,
            plan=self.include_plan,
        )


PLAN_BLOCKS = [
    ("heading", HeadingBlock()),
    ("answer_field", AnswerFieldBlock()),
]


class ConversationToolPage(PrintableMixin, SitePermissionsMixin, Page):
    """The tool. One per language, under the CHIME overview."""

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])
    plan_section = StreamField(
        PLAN_BLOCKS,
        blank=True,
        verbose_name=_("conversation plan section"),
        help_text=_(
            "The fields appended to the print view and PDF when the reader asks for the "
            "conversation plan: for example “My goals”, “Next steps” and “Support persons”."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("plan_section")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["course_pages.ChimeOverviewPage"]
    subpage_types = []
    print_template = "course_pages/conversation_tool_print.html"
    # A PDF per selection: kept a day, not a month (selections are many), and never built
    # ahead of a reader, as no selection is known before one asks.
    pdf_cache_seconds = 60 * 60 * 24
    prebuild_pdf = False

    class Meta:
        verbose_name = _("conversation tool")
        verbose_name_plural = _("conversation tools")

    def clean(self):
        super().clean()
        clash = ConversationToolPage.objects.filter(locale_id=self.locale_id)
        if self.pk:
            clash = clash.exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(_("This language already has a conversation tool."))

    def print_eyebrow(self):
        return _("Conversation tool")

    def tool_context(self, request, print_view=False):
        """The form, the selection and its result for ``request``'s query string. The page
        of the bare address is the empty form; its print view and PDF give what the form's
        "nothing chosen" means: every element's questions."""
        locale = locale_of(request, self)
        source = default_locale(request) or locale
        index = QuestionBankIndex(locale, source)
        index.learn_ids(pk for value in request.GET.getlist("theme") if (pk := object_id(value)) is not None)
        phase_guides = PhaseGuides(locale, source)
        form = ConversationToolForm()
        selection = Selection.from_query(request.GET, form, theme_ids=set(index.key_by_id))
        selection.theme_ids = index.canonical_ids(selection.theme_ids)
        form.initial = selection.initial()
        answered = selection.chosen or print_view
        results = select(index, selection, phase_guides.guidance) if answered else []
        # The ready-made sets are where a reader starts: offered with the empty form, not
        # with a result (which keeps a result page within its query budget).
        sets = [] if answered else ConversationSet.offered_in(locale, source)
        ready_made = [(s, lang, s.selection().query_string()) for s, lang in sets]
        chosen = set(selection.theme_ids)
        theme_groups = [
            {
                "element": element,
                "themes": [
                    {
                        "id": index.id_by_key[t.theme.translation_key],
                        "title": t.title,
                        "lang": t.title_lang,
                        "checked": index.id_by_key[t.theme.translation_key] in chosen,
                    }
                    for t in themes
                ],
            }
            for element in ELEMENTS
            if (themes := index.element_themes(element.code))
        ]
        return {
            "form": form,
            "theme_groups": theme_groups,
            "selection": selection,
            "results": results,
            "question_count": sum(result.question_count for result in results),
            "query_string": selection.query_string(),
            # The selection reads the same in every language (theme ids are the sources'):
            # the language switch carries it to the translation of this page.
            "language_switch_query": selection.query_string() if selection.chosen else "",
            "ready_made": ready_made,
            "themes_shown": [theme.theme for result in results for theme in result.themes],
            "phase_guides": phase_guides,
            "answer_lines": range(selection.lines),
            "page_lang": translation.get_language(),
        }

    def get_context(self, request, *args, print_view=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.tool_context(request, print_view=print_view))
        return context

    def pdf_cache_key(self, request, context):
        """The selection, the live revisions of the themes and element pages it shows and the
        page's own revision (``printing.pdf_key`` adds language, address and release):
        publishing any of them builds anew."""
        themes = sorted(f"{theme.pk}:{theme.live_revision_id}" for theme in context["themes_shown"])
        return pdf_key(
            request,
            "conversation-tool",
            str(self.pk),
            str(self.live_revision_id),
            context["query_string"],
            ",".join(themes),
            ",".join(context["phase_guides"].revisions()),
        )
