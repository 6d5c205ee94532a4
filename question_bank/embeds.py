"""Resolving question-bank embeds for a page: the reader's language, live content only, and
a fixed number of queries however many embeds a page has.

A page in locale X shows each embedded theme in its locale-X version when that version is
live. Otherwise it shows the source (nb) version, marked ``lang="nb"``. Within a live
translation, a question or text that still equals its source was never translated (a copy
that wagtail-localize made, or a translator's skipped segment), so it is marked with the
source language too: an English page never presents Norwegian text as English.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.models import Locale

from .models import QuestionTheme, ThemeCollection


@dataclass
class ResolvedQuestion:
    question: object
    lang: str

    @property
    def text(self):
        return self.question.text


@dataclass
class ResolvedTheme:
    theme: object
    lang: str
    title_lang: str
    when_relevant_lang: str
    questions: list = field(default_factory=list)

    @property
    def title(self):
        return self.theme.title

    @property
    def when_relevant(self):
        return self.theme.when_relevant

    @property
    def chime_element(self):
        return self.theme.chime_element

    @classmethod
    def from_theme(cls, theme, source=None):
        """``theme`` as shown; ``source`` is its source-language twin when ``theme`` is a
        translation (fields equal to the source's are marked with the source language)."""
        lang = theme.locale.language_code
        if source is None or source.pk == theme.pk:
            questions = [ResolvedQuestion(q, lang) for q in theme.questions.all()]
            return cls(theme, lang, lang, lang, questions)

        source_lang = source.locale.language_code
        source_texts = {q.translation_key: q.text for q in source.questions.all()}

        def lang_of(text, source_text):
            return source_lang if text and text == source_text else lang

        questions = [
            ResolvedQuestion(q, lang_of(q.text, source_texts.get(q.translation_key)))
            for q in theme.questions.all()
        ]
        return cls(
            theme,
            lang,
            lang_of(theme.title, source.title),
            lang_of(theme.when_relevant, source.when_relevant),
            questions,
        )


def translations_shown(keys, codes):
    """Primary keys of every theme, in every language, that an embed of the theme
    translation ``keys`` or of the elements ``codes`` can show: a translation group whole,
    so a page counts as using each language's version. Elements show only their question
    bank (not the practical guide's examples), as ``element_themes`` below. One query."""
    if not keys and not codes:
        return []
    shown = Q(translation_key__in=keys) | Q(element__in=codes, collection=ThemeCollection.QUESTION_BANK)
    groups = QuestionTheme.objects.filter(shown).values("translation_key")
    return list(QuestionTheme.objects.filter(translation_key__in=groups).values_list("pk", flat=True))


def iter_blocks(block, value):
    """Yield ``(block, value)`` for ``block`` and every block nested inside it."""
    yield block, value
    if value is None:
        return
    if isinstance(block, StreamBlock):
        for child in value:
            yield from iter_blocks(child.block, child.value)
    elif isinstance(block, StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from iter_blocks(child_block, value.get(name))
    elif isinstance(block, ListBlock):
        for item in value:
            yield from iter_blocks(block.child_block, item)


class QuestionBankResolver:
    """Loads, in a few queries, every theme a page's StreamFields embed, in the page's locale."""

    def __init__(self, locale, streams=(), preview=False, source_locale=None):
        self.locale = locale
        self.source_locale = source_locale
        self.streams = list(streams)
        self.preview = preview
        self._themes_by_key = None
        self._keys, self._codes = set(), set()

    def _collect_references(self):
        from .blocks import QuestionBankEmbed

        theme_keys, element_codes = set(), set()
        for stream in self.streams:
            for block, value in iter_blocks(stream.stream_block, stream):
                if isinstance(block, QuestionBankEmbed):
                    keys, codes = block.references(value)
                    theme_keys |= keys
                    element_codes |= codes
        return theme_keys, element_codes

    def _load(self):
        source_locale = self.source_locale or Locale.get_default()
        condition = Q(translation_key__in=self._keys) | Q(element__in=self._codes)
        themes = (
            QuestionTheme.objects.filter(condition, locale__in=[self.locale.pk, source_locale.pk])
            .select_related("locale")
            .prefetch_related("questions")
        )
        if not self.preview:
            themes = themes.filter(live=True)

        versions = {}
        for theme in themes:
            if self.preview and theme.has_unpublished_changes:
                theme = theme.get_latest_revision_as_object()
            versions.setdefault(theme.translation_key, {})[theme.locale_id] = theme

        self._themes_by_key = {}
        for key, by_locale in versions.items():
            source = by_locale.get(source_locale.pk)
            shown = by_locale.get(self.locale.pk) or source
            self._themes_by_key[key] = ResolvedTheme.from_theme(shown, source)

    def _ensure_loaded(self, keys=frozenset(), codes=frozenset()):
        stale = self._themes_by_key is None
        if stale:
            self._keys, self._codes = self._collect_references()
        if not (keys <= self._keys and codes <= self._codes):
            # Asked for something the page's streams do not embed (a block rendered on its
            # own, such as a block preview): load it as well.
            self._keys |= keys
            self._codes |= codes
            stale = True
        if stale:
            self._load()

    def theme(self, translation_key):
        """The theme as the page's reader sees it, or None if there is no live version."""
        self._ensure_loaded(keys=frozenset({translation_key}))
        return self._themes_by_key.get(translation_key)

    def element_themes(self, code):
        """The element's question bank: its themes in order (not the practical guide's examples)."""
        self._ensure_loaded(codes=frozenset({code}))
        themes = [
            t
            for t in self._themes_by_key.values()
            if t.theme.element == code and t.theme.collection == ThemeCollection.QUESTION_BANK
        ]
        return sorted(themes, key=lambda t: (t.theme.sort_order, t.theme.title))
