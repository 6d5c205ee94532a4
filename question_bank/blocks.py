"""StreamField blocks that embed the question bank in any page: a theme, all themes of an
element, or a hand-picked set of questions. They show the reader's language (embeds.py)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from .elements import ELEMENT_CHOICES, get_element
from .embeds import QuestionBankResolver, translations_shown
from .models import QuestionTheme
from .views import question_chooser_viewset


def get_resolver(parent_context):
    """The page's resolver (which loads every embed of the page at once), or a fresh one."""
    parent_context = parent_context or {}
    resolver = parent_context.get("question_bank")
    if resolver is None:
        page = parent_context.get("page")
        locale = getattr(page, "locale", None) or Locale.get_active()
        request = parent_context.get("request")
        resolver = QuestionBankResolver(locale, preview=getattr(request, "is_preview", False))
    return resolver


class QuestionBankEmbed:
    """A block that shows question-bank content; says which themes and elements it needs.

    ``embed_field`` names the child block the reference index records its themes under, and
    ``embed_kind`` is how a theme's usage report names this way of showing it (the block's
    label unless set)."""

    embed_field = None
    embed_kind = None

    def get_embed_kind(self):
        return self.embed_kind or self.label

    def references(self, value):
        """Return ``(theme translation keys, element codes)`` that ``value`` embeds."""
        raise NotImplementedError

    def extract_references(self, value):
        """Wagtail's references of the block's own fields, and one to every theme this embed
        can show, in every language (the element's question bank included), so that a
        theme's usage report and "Used N times" (Wagtail's ReferenceIndex) count every page
        that shows it. ``question_bank.usage`` keeps these fresh when themes change."""
        yield from super().extract_references(value)
        keys, codes = self.references(value)
        for pk in translations_shown(keys, codes):
            yield QuestionTheme, str(pk), self.embed_field, self.embed_field

    def embed_context(self, value, context, resolver):
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["page_lang"] = translation.get_language()
        context["show_guidance"] = value.get("show_guidance", False)
        context["answer_lines"] = range(value.get("answer_lines") or 0)
        self.embed_context(value, context, get_resolver(parent_context))
        return context


class SingleThemeEmbed(QuestionBankEmbed):
    """An embed of the one theme chosen in its ``theme_field``."""

    theme_field = "theme"

    @property
    def embed_field(self):
        return self.theme_field

    def references(self, value):
        theme = value.get(self.theme_field)
        return ({theme.translation_key} if theme else set()), set()

    def embed_context(self, value, context, resolver):
        theme = value.get(self.theme_field)
        resolved = resolver.theme(theme.translation_key) if theme else None
        context["themes"] = [resolved] if resolved else []


def answer_lines_block():
    return blocks.IntegerBlock(
        label=_("Answer lines"),
        required=False,
        default=0,
        min_value=0,
        max_value=12,
        help_text=_("Empty lines under each question to write an answer on, in print and PDF."),
    )


def show_guidance_block():
    return blocks.BooleanBlock(
        label=_("Show when the questions are relevant"),
        required=False,
        default=True,
    )


class QuestionThemeBlock(SingleThemeEmbed, blocks.StructBlock):
    theme = SnippetChooserBlock("question_bank.QuestionTheme", label=_("Theme"))
    show_guidance = show_guidance_block()
    answer_lines = answer_lines_block()

    class Meta:
        icon = "help"
        label = _("Question theme")
        template = "question_bank/blocks/question_theme.html"
        help_text = _("Shows a theme from the question bank, in the reader's language.")
        description = _("One theme of the question bank with its questions.")


class ElementThemesBlock(QuestionBankEmbed, blocks.StructBlock):
    element = blocks.ChoiceBlock(choices=ELEMENT_CHOICES, label=_("CHIME element"))
    show_guidance = show_guidance_block()
    answer_lines = answer_lines_block()

    class Meta:
        icon = "list-ul"
        label = _("Question bank of an element")
        template = "question_bank/blocks/element_themes.html"
        help_text = _("Shows every published theme of one CHIME element, in order.")
        description = _("All themes and questions of one CHIME element.")

    embed_field = "element"

    def references(self, value):
        code = value.get("element")
        return set(), ({code} if code else set())

    def embed_context(self, value, context, resolver):
        code = value.get("element")
        context["element"] = get_element(code)
        context["themes"] = resolver.element_themes(code) if context["element"] else []


class QuestionChooserBlock(question_chooser_viewset.get_block_class()):
    """Chooses one question (always the source-language one)."""

    def bulk_to_python(self, values):
        objects = self.model_class.objects.select_related("theme").in_bulk(values)
        return [objects.get(value) for value in values]

    def get_translatable_segments(self, value):
        # Not a related object for wagtail-localize: translating a page must not try to
        # translate a question apart from its theme. The page resolves the reader's language.
        return []

    class Meta:
        icon = "help"


QuestionChooserBlock.__module__ = __name__


class QuestionSetBlock(QuestionBankEmbed, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    questions = blocks.ListBlock(QuestionChooserBlock(label=_("Question")), label=_("Questions"), min_num=1)
    answer_lines = answer_lines_block()

    class Meta:
        icon = "tasks"
        label = _("Hand-picked questions")
        template = "question_bank/blocks/question_set.html"
        help_text = _("Questions chosen one by one from any theme, in the order given here.")
        description = _("A hand-picked set of questions from the question bank.")

    embed_field = "questions"

    def references(self, value):
        questions = [q for q in value.get("questions") or [] if q is not None]
        return {q.theme.translation_key for q in questions}, set()

    def embed_context(self, value, context, resolver):
        shown = []
        for question in value.get("questions") or []:
            if question is None:
                continue  # deleted since it was chosen
            theme = resolver.theme(question.theme.translation_key)
            if theme is None:
                continue
            match = next(
                (q for q in theme.questions if q.question.translation_key == question.translation_key),
                None,
            )
            if match is not None:
                shown.append(match)
        context["questions"] = shown
