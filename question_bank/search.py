"""Searching the question bank in the reader's language, as the public site shows it.

A reader of locale X sees a theme in its live locale-X version, or — while it has none — in
its live source (Norwegian) version, as the embeds do (``embeds.py``). Search follows the
same rule: it looks through those themes and their questions, and says where each theme
is shown to that reader (live, public pages of locale X that embed it; the reference index
records every embed, see ``usage.py``). Queries: a fixed number, however many themes match.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex

from .models import Question, QuestionTheme


@dataclass
class ThemeHit:
    """A theme as the reader sees it, the questions of it that match, and where it is shown."""

    theme: QuestionTheme
    questions: list = field(default_factory=list)
    pages: list = field(default_factory=list)

    @property
    def lang(self):
        """The language the theme is shown in (the source language for a fallback)."""
        return self.theme.locale.language_code

    @property
    def url_page(self):
        """The first page showing the theme: where its result links to."""
        return self.pages[0] if self.pages else None


def visible_themes(locale, source_locale):
    """Live themes of ``locale``, and live ``source_locale`` themes not yet live in ``locale``."""
    translated = QuestionTheme.objects.filter(live=True, locale=locale).values("translation_key")
    shown = Q(locale=locale)
    if source_locale.pk != locale.pk:
        shown |= Q(locale=source_locale) & ~Q(translation_key__in=translated)
    return QuestionTheme.objects.filter(shown, live=True)


def search_question_bank(query, locale, source_locale, backend, public=None, limit=200):
    """Themes that match ``query`` (in their title, guidance or questions) as the reader of
    ``locale`` sees them, best first, as ``ThemeHit``s; at most ``limit``. Themes shown on no
    page the reader can open are left out: a result must lead somewhere. ``public`` is
    ``~Page.objects.private_q()`` when the caller has it already."""
    locales = {locale.pk, source_locale.pk}
    # The search backend filters on indexed fields only (locale, live); the fallback rule is
    # applied to the hits.
    theme_hits = list(
        backend.search(query, QuestionTheme.objects.filter(live=True, locale__in=locales))[:limit]
    )
    question_hits = list(backend.search(query, Question.objects.filter(locale__in=locales))[: limit * 5])

    candidate_ids = {theme.pk for theme in theme_hits} | {question.theme_id for question in question_hits}
    shown = {
        theme.pk: theme
        for theme in visible_themes(locale, source_locale)
        .filter(pk__in=candidate_ids)
        .select_related("locale")
    }
    hits = {}
    for theme in theme_hits:
        if theme.pk in shown:
            hits[theme.pk] = ThemeHit(shown[theme.pk])
    for question in question_hits:
        if question.theme_id in shown:
            hit = hits.setdefault(question.theme_id, ThemeHit(shown[question.theme_id]))
            hit.questions.append(question)
    for hit in hits.values():
        hit.questions.sort(key=lambda question: question.sort_order or 0)

    pages = pages_showing(hits.keys(), locale, public)
    for theme_id, hit in hits.items():
        hit.pages = pages.get(theme_id, [])
    return [hit for hit in hits.values() if hit.pages][:limit]


def pages_showing(theme_ids, locale, public=None):
    """``{theme id: [live public pages of locale, by tree order]}`` from the reference index."""
    if not theme_ids:
        return {}
    theme_type = ContentType.objects.get_for_model(QuestionTheme)
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=theme_type,
        to_object_id__in=[str(pk) for pk in theme_ids],
        base_content_type=page_type,
    ).values_list("to_object_id", "object_id")
    page_ids_by_theme = {}
    for theme_id, page_id in references:
        page_ids_by_theme.setdefault(int(theme_id), set()).add(int(page_id))
    all_ids = set().union(*page_ids_by_theme.values()) if page_ids_by_theme else set()
    public = ~Page.objects.private_q() if public is None else public
    pages = list(Page.objects.live().filter(public, pk__in=all_ids, locale=locale).order_by("path"))
    return {
        theme_id: [page for page in pages if page.pk in page_ids]
        for theme_id, page_ids in page_ids_by_theme.items()
    }
