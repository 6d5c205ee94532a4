"""The public search: pages and the question bank in the reader's language, with editors'
promotions, in one paginated list.

Queries per search: a fixed number (the page hits, the question-bank search and where its
themes are shown, the promotions when the query has any), not one per result. Bad input —
too long, a NUL byte, an unknown page number — gives the search page with a message, never
an error.
"""

from dataclasses import dataclass

from django import forms
from django.core.paginator import Paginator
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from question_bank.search import ThemeHit, search_question_bank

from .locales import default_locale, request_locales
from .navigation import public_q
from .search_backend import backend_for_language, search_words

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Hits of each kind a search lists at most. All of them are loaded in one query, which costs
# less than counting them and then loading one result page (a site's language has a few
# hundred pages); a reader does not page through more.
MAX_HITS = 500


class ResultKind:
    ALL = ""
    PAGES = "pages"
    QUESTIONS = "questions"


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    kind = forms.ChoiceField(
        label=_("Show"),
        choices=[
            (ResultKind.ALL, _("Everything")),
            (ResultKind.PAGES, _("Pages")),
            (ResultKind.QUESTIONS, _("Question bank")),
        ],
        required=False,
    )


@dataclass
class PageHit:
    page: Page
    kind = "page"


class ResultList:
    """Page hits, ranked by the search backend, followed by question-bank themes: one
    sequence for Django's paginator."""

    def __init__(self, page_hits, theme_hits):
        self.page_hits = [PageHit(page) for page in page_hits]
        self.theme_hits = theme_hits

    def __len__(self):
        return len(self.page_hits) + len(self.theme_hits)

    def __getitem__(self, index):
        return (self.page_hits + self.theme_hits)[index]


def promotions_for(query, locale, public, request=None):
    """Editors' promotions for ``query`` (Wagtail's search promotions): each page promotion in
    its ``locale`` translation (left out unless one is live and ``public``, a ``Q``), external
    links as they are. Searches are not counted (``Query.add_hit``): the privacy page says
    the site keeps no record of what readers do."""
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries(request):
        return []
    promotions = list(SearchPromotion.objects.filter(query__query_string=query_string).select_related("page"))
    keys = [promotion.page.translation_key for promotion in promotions if promotion.page_id]
    translations = {}
    if keys:
        pages = Page.objects.live().filter(public, translation_key__in=keys, locale=locale)
        translations = {page.translation_key: page for page in pages}
    shown = []
    for promotion in promotions:
        if promotion.page_id:
            page = translations.get(promotion.page.translation_key)
            if page is None:
                continue
            shown.append(
                {"title": page.title, "url": page.get_url(request), "description": promotion.description}
            )
        elif promotion.external_link_url:
            shown.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return shown


def promoted_queries(request):
    """The (normalised) query strings that have promotions, cached with the site chrome."""
    from .site_settings import cached_for_site

    def build():
        promotions = SearchPromotion.objects.values_list("query__query_string", flat=True)
        return sorted(set(promotions))

    return cached_for_site(request, "promoted-queries", build)


def run_search(request, search_page):
    """The search page's context for ``request``'s GET parameters ``q``, ``kind`` and ``page``."""
    form = SearchForm(request.GET or None)
    context = {"form": form, "query": "", "results": None, "promotions": []}
    if not form.is_bound or not form.is_valid():
        return context
    query = form.cleaned_data["q"].strip()
    kind = form.cleaned_data["kind"]
    context["query"] = query
    context["kind"] = kind
    if not query:
        return context

    locale = next(
        locale for locale in request_locales(request).values() if locale.pk == search_page.locale_id
    )
    backend = backend_for_language(locale.language_code)
    words = search_words(query)
    public = public_q(request)
    pages = Page.objects.live().filter(public, locale=locale).exclude(pk=search_page.pk)
    page_hits = []
    if words and kind != ResultKind.QUESTIONS:
        page_hits = list(backend.search(words, pages.defer_streamfields())[:MAX_HITS])
    theme_hits = (
        search_question_bank(words, locale, default_locale(request), backend, public, limit=MAX_HITS)
        if words and kind != ResultKind.PAGES
        else []
    )
    results = ResultList(page_hits, theme_hits)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    result_page = paginator.get_page(request.GET.get("page"))
    context.update(
        results=result_page,
        paginator=paginator,
        page_count=len(page_hits),
        theme_count=len(theme_hits),
        page_links=list(paginator.get_elided_page_range(result_page.number, on_each_side=2, on_ends=1)),
        ellipsis=Paginator.ELLIPSIS,
        # The query string of the other result pages' links (``&page=`` is added to it).
        base_query=urlencode({"q": query, "kind": kind}) if kind else urlencode({"q": query}),
    )
    if result_page.number == 1:
        context["promotions"] = promotions_for(query, locale, public, request)
    return context


__all__ = ["ThemeHit", "PageHit", "ResultList", "SearchForm", "run_search"]
