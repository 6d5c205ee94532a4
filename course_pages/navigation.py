"""Site navigation across locales: the language switch, hreflang alternates and menus."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page, Site

from .locales import active_locale, request_locales


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    # False when this page has no translation in the language and the link goes to the
    # nearest translated ancestor instead.
    is_translation: bool


def _public_translations(page, request=None):
    """Live, non-alias translations of ``page`` (itself included), keyed by language code.

    An alias created by locale sync shows the source text under another locale's URL, so it
    is not offered as a translation. Memoised on the request: the switch and the hreflang
    links both need them.
    """
    memo = getattr(request, "_kbt_translations", {}) if request is not None else {}
    if page.pk not in memo:
        pages = Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True)
        memo[page.pk] = {p.locale.language_code: p for p in pages.select_related("locale")}
        if request is not None:
            request._kbt_translations = memo
    return memo[page.pk]


def page_ancestors(request, page):
    """The page's ancestors below the tree root, top first; memoised on the request (the
    breadcrumb and the language switch's fallback both walk them)."""
    memo = getattr(request, "_kbt_ancestors", None)
    if memo is None or memo[0] != page.pk:
        memo = (page.pk, list(page.get_ancestors().filter(depth__gt=1)))
        if request is not None:
            request._kbt_ancestors = memo
    return memo[1]


def page_language(request, page):
    """The page's language code, without a query for its Locale row."""
    for code, locale in request_locales(request).items():
        if locale.pk == page.locale_id:
            return code
    return None


def locale_home(request, locale, page=None):
    """The live home page (the site root's translation) of ``locale``, or None.

    Memoised per locale on the request. When ``page`` is in ``locale``, its home is one of
    its ancestors (already loaded for the breadcrumb), found through Wagtail's cached site
    root paths without a query; otherwise one query.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    memo = getattr(request, "_kbt_homes", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._kbt_homes = memo
    if locale.pk not in memo:
        home = None
        if isinstance(page, Page) and page.locale_id == locale.pk:
            root_path = next(
                (
                    root.root_path
                    for root in Site.get_site_root_paths()
                    if root.site_id == site.pk and root.language_code == locale.language_code
                ),
                None,
            )
            home = next((p for p in [*page_ancestors(request, page), page] if p.url_path == root_path), None)
        if home is None:
            root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
            home = Page.objects.filter(translation_key__in=root_key, locale=locale).first()
        memo[locale.pk] = home if home is not None and home.live else None
    return memo[locale.pk]


def language_links(request, page=None, query=""):
    """One link per content language: to this page's translation, or to the nearest
    translated ancestor (or the locale's home page) where there is none yet.

    ``query`` (a query string without "?", e.g. the conversation tool's selection) is added
    to the links that go to this page's translations, so that switching language keeps what
    the reader chose; a link to another page goes without it."""
    current = active_locale(request).language_code
    translations = _public_translations(page, request) if page is not None else {}
    links = []
    for locale in request_locales(request).values():
        code = locale.language_code
        target = translations.get(code)
        is_translation = target is not None
        if target is None and page is not None:
            for ancestor in reversed(page_ancestors(request, page)):
                target = _public_translations(ancestor, request).get(code)
                if target is not None:
                    break
        if target is None:
            target = locale_home(request, locale, page)
        if target is None:
            continue
        url = target.get_url(request=request)
        if url is None:
            continue
        if query and is_translation:
            url = f"{url}?{query}"
        links.append(
            LanguageLink(
                language_code=code,
                name=dict(settings.LANGUAGES).get(code, code),
                url=url,
                is_current=code == current,
                is_translation=is_translation,
            )
        )
    return links


def absolute_url(page, request=None):
    """The page's address with scheme and host, or None if it has no route.

    A page of the site the request came to gets the host the reader used (the Site record's
    hostname, e.g. "localhost", may not be reachable from outside); a page of another site,
    or any page when there is no request (a management command), gets its Site's root URL.
    """
    if request is None:
        return page.get_full_url()
    url = page.get_url(request=request)
    return request.build_absolute_uri(url) if url else None


def alternate_links(request, page):
    """hreflang alternates: the page's live translations only, never a fallback page."""
    translations = _public_translations(page, request)
    links = []
    for code, translation in sorted(translations.items()):
        if url := absolute_url(translation, request):
            links.append((code, url))
    return links


def primary_navigation(request, page=None):
    """The current locale's home page's live children that are shown in menus.

    The menu is site chrome: cached until a page is published, unpublished, moved or deleted
    (``course_pages.site_settings``), the changes that can alter it.
    """
    from .site_settings import cached_for_site

    home = locale_home(request, active_locale(request), page)
    if home is None:
        return home, []
    items = cached_for_site(request, f"menu:{home.pk}", lambda: list(home.get_children().live().in_menu()))
    return home, items


def element_pages_for(request):
    """The live CHIME element pages of the active locale, as ``{element code: page}``, loaded
    once per request however many links a page has."""
    from .models import ChimeElementPage  # the models import this module

    cache = getattr(request, "_chime_element_pages", None) if request else None
    if cache is None:
        pages = ChimeElementPage.objects.live().filter(locale=active_locale(request))
        cache = {page.element: page for page in pages}
        if request is not None:
            request._chime_element_pages = cache
    return cache


def parent_url(page):
    """The URL of ``page``'s parent, from ``page.url`` without its last segment: for a page type
    that always lives right under one kind of parent (a news article under its news index), the
    parent's address without a query for it."""
    return page.url.rstrip("/").rsplit("/", 1)[0] + "/"


def public_q(request):
    """``~Page.objects.private_q()``: the filter for pages without a view restriction on them
    or an ancestor. Wagtail builds it from a query of every restriction; memoised on the
    request, the blocks of one page share that query."""
    memo = getattr(request, "_kbt_public_q", None) if request is not None else None
    if memo is None:
        memo = ~Page.objects.private_q()
        if request is not None:
            request._kbt_public_q = memo
    return memo
