"""Site navigation across locales: the language switch, hreflang alternates and menus."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    # False when this page has no translation in the language and the link goes to the
    # nearest translated ancestor instead.
    is_translation: bool


def _public_translations(page):
    """Live, non-alias translations of ``page`` (itself included), keyed by language code.

    An alias created by locale sync shows the source text under another locale's URL, so it
    is not offered as a translation.
    """
    pages = Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True)
    return {p.locale.language_code: p for p in pages.select_related("locale")}


def locale_home(request, locale):
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    if home is None or not home.live:
        return None
    return home


def language_links(request, page=None):
    """One link per content language: to this page's translation, or to the nearest
    translated ancestor (or the locale's home page) where there is none yet."""
    current = getattr(request, "LANGUAGE_CODE", None) or Locale.get_active().language_code
    translations = _public_translations(page) if page is not None else {}
    links = []
    for locale in Locale.objects.all().order_by("pk"):
        code = locale.language_code
        target = translations.get(code)
        is_translation = target is not None
        if target is None and page is not None:
            for ancestor in page.get_ancestors().filter(depth__gt=1).reverse():
                target = _public_translations(ancestor).get(code)
                if target is not None:
                    break
        if target is None:
            target = locale_home(request, locale)
        if target is None:
            continue
        url = target.get_url(request=request)
        if url is None:
            continue
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


def alternate_links(request, page):
    """hreflang alternates: the page's live translations only, never a fallback page."""
    translations = _public_translations(page)
    links = []
    for code, translation in sorted(translations.items()):
        url = translation.get_url(request=request)
        if url:
            links.append((code, request.build_absolute_uri(url)))
    return links


def primary_navigation(request):
    """The current locale's home page's live children that are shown in menus."""
    home = locale_home(request, Locale.get_active())
    if home is None:
        return home, []
    return home, list(home.get_children().live().in_menu().specific(defer=True))
