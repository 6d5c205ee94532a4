"""The anonymous page cache and its invalidation, shared with a frontend cache (CDN or proxy).

**What is cached.** A public page view (``wagtail_serve``, and a printable page's ``print/``)
answered 200 to an anonymous GET, stored whole in Django's default cache
(``PageCacheMiddleware``) and replayed to later anonymous GETs and HEADs without touching the
database. Never cached: requests with a session cookie (logged-in editors, readers who passed
a page password), previews (admin views, not ``wagtail_serve``), pages with a view restriction
(password, login or group), responses that set a cookie (a CSRF form sets the CSRF cookie),
responses that opt out with ``Cache-Control: private/no-cache/no-store``, anything but 200,
and any URL the invalidation below cannot name: the request's ``scheme://host/path`` must be one of
``page_urls(page)``, so a Site whose host name or port is not the public one (Settings → Sites)
caches nothing, and a query string is cached only when every parameter is in
``PAGE_CACHE_QUERY_PARAMETERS`` with a bounded value (pagination). A PDF (``pdf/``) is marked
public like a cached page, for browsers and a frontend cache, but not stored here: it has its
own cache keyed on ``content_version`` of its URL (``printing.py``). Every other page response says
``no-cache, no-store, private``: what this cache cannot purge, no other cache may keep.

**Keys.** The full URL is the key: the language is its ``/nb/`` or ``/en/`` prefix, the site
its host. Each URL (without its query string) has a *token*, a random string in the cache; the
responses for that URL and its query strings are stored under the token read when the
request began. Purging a URL gives it a new token: everything stored under the old one,
query-string variants included, is unreachable at once, and a request that began rendering
before the purge stores under the dead token, so a page rendered from data older than a
purge is never served after it. A lost token (eviction) only costs a miss.

**Invalidation: exact URL sets, one per change.** ``urls_for_page`` and ``urls_for_theme``
compute the URLs a change affects, from Wagtail's tree, its ReferenceIndex and
``question_bank.usage``; ``purge_urls`` drops those URLs from this cache and hands the very
same set to ``wagtail.contrib.frontend_cache`` (``purge_urls_from_cache``), so one
invalidation serves both layers. What a page shows of other pages decides the set:

- the page itself (every path of ``get_cached_paths``: the page, ``print/``, ``pdf/``),
  its parent (listings of children) and every page that links to it or chooses it
  (ReferenceIndex), on every publish;
- when the change touches navigation (a new, moved, deleted, unpublished or republished page;
  a changed title, slug or "show in menus"; a view restriction): also its siblings (a lesson's
  outline and previous/next), its subtree (breadcrumbs, the course title on lessons), every
  translation and the translations' subtrees (language switch and hreflang, whose fallback
  is the nearest translated ancestor), and the page's URLs before the change (a moved or
  renamed page's old URL must stop answering from cache, and now redirects);
- a navigation change of a home page or of a page right under one (the primary menu on every
  page), or of a CHIME element page (``chime_link`` blocks anywhere in the language link to
  it), purges the whole language's tree: these are rare editorial events, and finding the
  exact pages would mean reading every page's body;
- a question theme published, unpublished or deleted: every page that shows any language of
  the theme by any embed kind (``usage.objects_showing_translations_of``), and, when it moved
  between elements' question banks, every page embedding either element's themes; and the
  conversation tool pages, which offer every theme by title;
- a ready-made conversation set published, unpublished or deleted: the conversation tool pages;
- an image or document saved or deleted: the pages that use it (ReferenceIndex);
- a Site saved or deleted: every page (host names and root pages decide every URL).

Exact sets rather than a version per language: a publish costs a handful of cache writes and
purge requests, not the whole site's cache, and a CDN cannot be told "everything older than
version N" for a single page anyway. Purging happens at once (so the rest of the
transaction, and tests, see it) and again after the commit (so a page rendered from the old
data by a concurrent request in between is dropped too); the frontend cache is purged after
the commit only.
"""

import base64
import os
import re
import secrets
import threading
from dataclasses import dataclass
from functools import cache as memoize
from hashlib import sha256
from types import SimpleNamespace
from urllib.parse import parse_qsl

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.http import HttpResponse
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    set_response_etag,
)
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.module_loading import import_string
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

# What navigation reads of a page: a change to one of these changes other pages.
NAVIGATION_FIELDS = ("title", "slug", "url_path", "show_in_menus", "live")
# django-csp stores the request's nonce here (csp/middleware.py, CSPMiddleware._make_nonce).
CSP_NONCE_ATTRIBUTE = "_csp_nonce"
CSP_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
NONCE_PLACEHOLDER = "kbt-page-cache-csp-nonce"
# Per response, never replayed: cookies (none are stored anyway), and the length, which a new
# nonce may change.
UNSTORED_HEADERS = ("set-cookie", "content-length")
# A response that says it is for one reader only, or not to be kept.
OPTED_OUT = re.compile(r"\b(private|no-cache|no-store)\b")


# --- The URL sets ------------------------------------------------------------------------


def page_urls(page, *, cache_object=None):
    """The full URLs (``["https://host/nb/kurs/", "https://host/nb/kurs/print/", …]``) of
    ``page``'s cached paths (``get_cached_paths``), quoted as in HTTP; ``[]`` for a page with
    no URL (the tree root, a page outside every site). ``cache_object`` keeps the site root
    paths between calls, as in Wagtail's ``PurgeBatch``."""
    url = page.get_full_url(cache_object)
    if url is None:
        return []
    return [iri_to_uri(url + path.lstrip("/")) for path in page.specific_deferred.get_cached_paths()]


def _subtree(page):
    return Page.objects.filter(path__startswith=page.path, depth__gte=page.depth)


def _shows_navigation_everywhere(page):
    """Home pages and the pages right under them (the primary menu, on every page) and CHIME
    element pages (linked from ``chime_link`` blocks anywhere in their language)."""
    from .models import ChimeElementPage

    return page.depth <= 3 or issubclass(page.specific_class or Page, ChimeElementPage)


def pages_for_page_change(page, *, navigation):
    """The pages whose rendering shows something of ``page`` (see the module docstring), as
    a list of ``Page`` objects, ``page`` included. ``navigation`` says whether its place,
    title, slug, menu flag or live status changed."""
    pages = [page]
    parent = page.get_parent()
    if parent is not None:
        pages.append(parent)
    pages.extend(_referencing_pages(page))
    if navigation:
        if _shows_navigation_everywhere(page):
            locale_ids = Page.objects.filter(translation_key=page.translation_key).values("locale_id")
            pages.extend(Page.objects.filter(locale_id__in=locale_ids, depth__gt=1))
        else:
            if parent is not None:
                pages.extend(parent.get_children())
            for translation in Page.objects.filter(translation_key=page.translation_key):
                pages.extend(_subtree(translation))
    return pages


def _referencing_pages(obj):
    from question_bank.usage import load_objects

    sources = ReferenceIndex.get_references_to(obj).values_list("base_content_type", "object_id").distinct()
    return [source for _type, source in load_objects(sources) if isinstance(source, Page)]


def urls_of_pages(pages, cache_object=None):
    """The union of ``page_urls`` of ``pages``."""
    cache_object = cache_object or SimpleNamespace()
    urls, seen = set(), set()
    for page in pages:
        if page.pk not in seen:
            seen.add(page.pk)
            urls.update(page_urls(page, cache_object=cache_object))
    return urls


def urls_for_page(page, *, navigation):
    """The URLs a change of ``page`` affects (``pages_for_page_change``)."""
    return urls_of_pages(pages_for_page_change(page, navigation=navigation))


def pages_for_theme(theme, element_codes=()):
    """Every page showing a question theme of ``theme``'s translation group, by any embed
    kind and in any language, plus the pages embedding the question banks of
    ``element_codes`` (the elements a moved theme left or joined), as ``Page`` objects."""
    from question_bank.usage import objects_embedding_elements, objects_showing_translations_of

    objects = list(objects_showing_translations_of(theme))
    if element_codes:
        objects.extend(objects_embedding_elements(set(element_codes)))
    return [obj for obj in objects if isinstance(obj, Page)]


def urls_for_theme(theme, element_codes=()):
    """The URLs of ``pages_for_theme``, and of the conversation tools, which offer every theme."""
    return urls_of_pages(pages_for_theme(theme, element_codes)) | urls_of_conversation_tools()


def urls_of_conversation_tools():
    """The conversation tool pages, in every language: each offers every question-bank theme
    by title, and lists the ready-made sets."""
    from .models import ConversationToolPage

    return urls_of_pages(ConversationToolPage.objects.all())


def urls_of_every_page():
    """Every page's URLs, in every language and site."""
    return urls_of_pages(Page.objects.filter(depth__gt=1).order_by("path"))


# --- Purging --------------------------------------------------------------------------------


def _token_key(url):
    return "pagecache:token:" + sha256(url.encode()).hexdigest()


def _entry_key(token, url, query):
    return "pagecache:page:" + sha256(f"{token}\n{url}\n{query}".encode()).hexdigest()


# Seconds a URL's token is kept: as long as anything stored under it (a PDF is kept 30 days,
# printing.py), and whether or not the page cache is on, since PDFs are keyed on it too.
TOKEN_SECONDS = 60 * 60 * 24 * 30


def _new_tokens(urls):
    tokens = {_token_key(url): secrets.token_hex(8) for url in urls}
    cache.set_many(tokens, timeout=TOKEN_SECONDS)


def content_version(url):
    """The content version of ``url`` (a full URL as ``page_urls`` gives it): a random string
    that stays the same until ``purge_urls`` purges the URL, i.e. until something the page at
    ``url`` shows changes. One cache read; a URL without a token gets one. Raises nothing:
    with the cache unreachable, a new string each call (nothing is cached then anyway)."""
    key = _token_key(url)
    token = cache.get(key)
    if token is None:
        token = secrets.token_hex(8)
        if not cache.add(key, token, timeout=TOKEN_SECONDS):
            token = cache.get(key) or token  # someone (a purge, a reader) set one since
    return token


def purge_urls(urls):
    """Drop ``urls`` (full URLs, as ``page_urls`` gives them) from the page cache now and after
    the commit, and from the frontend cache after the commit."""
    urls = sorted(set(urls))
    if not urls:
        return
    _new_tokens(urls)

    def after_commit():
        _new_tokens(urls)
        if frontend_cache_configured():
            purge_urls_from_cache(urls)

    transaction.on_commit(after_commit)


# --- Signal receivers (connected in apps.py) ------------------------------------------------

_state = threading.local()


def _before(pk):
    return getattr(_state, "before", {}).pop(pk, None)


def remember_page_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of a page: note what navigation reads of it, and its old URLs when its slug
    changes (Wagtail updates the subtree's ``url_path`` during the save)."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & set(NAVIGATION_FIELDS):
        return
    before = Page.objects.filter(pk=instance.pk).values(*NAVIGATION_FIELDS, "first_published_at").first()
    if before is None:
        return
    if before["slug"] != instance.slug:
        before["urls"] = urls_of_pages(_subtree(Page.objects.get(pk=instance.pk)))
    if not hasattr(_state, "before"):
        _state.before = {}
    _state.before[instance.pk] = before


def _navigation_changed(page, before):
    """A first publish (a page created live by ``add_child`` is live before it) or a change
    to a field that navigation reads."""
    return (
        before is None
        or before["first_published_at"] is None
        or any(before[name] != getattr(page, name) for name in NAVIGATION_FIELDS)
    )


def purge_published_page(sender, instance, **kwargs):
    """page_published: the page, and its neighbours when its navigation changed."""
    before = _before(instance.pk)
    urls = urls_for_page(instance, navigation=_navigation_changed(instance, before))
    purge_urls(urls | (before or {}).get("urls", set()))


def purge_unpublished_page(sender, instance, **kwargs):
    _before(instance.pk)
    purge_urls(urls_for_page(instance, navigation=True))


def purge_moved_page(sender, instance, **kwargs):
    """pre_page_move and post_page_move: the page's old and new neighbourhoods."""
    purge_urls(urls_for_page(instance, navigation=True))


def purge_deleted_page(sender, instance, **kwargs):
    """pre_delete of a page, sent for every page of a deleted subtree (for its ``Page`` row
    and again for its specific row: the ``Page`` row's is enough), while the tree is intact."""
    if type(instance) is Page:
        purge_urls(urls_for_page(instance, navigation=True))


def purge_restricted_page(sender, instance, **kwargs):
    """A view restriction added, changed or removed: the page and everything under it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_urls(urls_for_page(page, navigation=True))


def purge_theme(sender, instance, **kwargs):
    """A question theme published, unpublished or deleted. ``usage.remember_element`` notes
    the element whose question bank showed it before a save."""
    from question_bank.usage import _UNKNOWN, _element_state

    before = getattr(instance, "_element_before", _UNKNOWN)
    after = _element_state(instance.element, instance.collection)
    codes = {before, after} - {None, _UNKNOWN} if before is not _UNKNOWN and before != after else set()
    purge_urls(urls_for_theme(instance, codes))


def purge_conversation_tools(sender, instance, **kwargs):
    """A ready-made conversation set published, unpublished or deleted: the tool pages."""
    purge_urls(urls_of_conversation_tools())


def purge_pages_using(sender, instance, **kwargs):
    """An image or document saved or deleted: the pages that use it."""
    purge_urls(urls_of_pages(_referencing_pages(instance)))


def purge_site(sender, instance, raw=False, **kwargs):
    """A Site saved or deleted: every page's URLs before the change and after it."""
    from wagtail.models import Site

    if raw:
        return
    if kwargs.get("signal") is post_save:
        # Wagtail's own post_save receiver, which forgets the old root paths, may run after this.
        Site.clear_site_root_paths_cache()
    purge_urls(urls_of_every_page())


def connect_signals():
    from django.db.models.signals import post_delete, pre_delete, pre_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Site
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        pre_page_move,
        published,
        unpublished,
    )

    from question_bank.models import QuestionTheme

    from .models import ConversationSet

    uid = "kbt_page_cache"
    pre_save.connect(remember_page_before_save, dispatch_uid=f"{uid}_page_before")
    page_published.connect(purge_published_page, dispatch_uid=f"{uid}_published")
    page_unpublished.connect(purge_unpublished_page, dispatch_uid=f"{uid}_unpublished")
    pre_page_move.connect(purge_moved_page, dispatch_uid=f"{uid}_pre_move")
    post_page_move.connect(purge_moved_page, dispatch_uid=f"{uid}_post_move")
    pre_delete.connect(purge_deleted_page, dispatch_uid=f"{uid}_delete")
    for signal in (post_save, post_delete):
        signal.connect(purge_restricted_page, sender=PageViewRestriction, dispatch_uid=f"{uid}_restriction")
    published.connect(purge_theme, sender=QuestionTheme, dispatch_uid=f"{uid}_theme_published")
    unpublished.connect(purge_theme, sender=QuestionTheme, dispatch_uid=f"{uid}_theme_unpublished")
    pre_delete.connect(purge_theme, sender=QuestionTheme, dispatch_uid=f"{uid}_theme_delete")
    for name, signal in (("published", published), ("unpublished", unpublished), ("delete", pre_delete)):
        signal.connect(purge_conversation_tools, sender=ConversationSet, dispatch_uid=f"{uid}_set_{name}")
    for model in (get_image_model(), get_document_model()):
        post_save.connect(purge_pages_using, sender=model, dispatch_uid=f"{uid}_{model._meta.label}_save")
        pre_delete.connect(purge_pages_using, sender=model, dispatch_uid=f"{uid}_{model._meta.label}_delete")
    for signal in (pre_save, post_save, pre_delete):
        signal.connect(purge_site, sender=Site, dispatch_uid=f"{uid}_site_{signal is post_save}")


# --- The middleware -------------------------------------------------------------------------


def frontend_cache_configured():
    return bool(get_backends())


@dataclass
class _Lookup:
    url: str  # scheme://host/path, without the query string
    query: str  # the normalised query string ("" or "page=2")
    token: str | None  # the URL's token when the request began


def mark_served_page(page, request, serve_args, serve_kwargs):
    """``before_serve_page`` hook: tells the middleware which page answers this request."""
    request._page_cache_page = page


@memoize
def _query_patterns(parameters):
    """``PAGE_CACHE_QUERY_PARAMETERS`` items (``("page", r"[1-9][0-9]{0,3}")``), compiled."""
    return {name: re.compile(pattern) for name, pattern in parameters}


class PageCacheMiddleware:
    """Serves anonymous page views from the cache and stores them (see the module docstring).

    Place it after ``WhiteNoiseMiddleware`` and before everything that reads the session or
    sets headers per request; in particular before django-csp's ``CSPMiddleware``: a stored
    response's CSP nonce is replaced by a fresh one on every hit (a nonce must never repeat).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lookup = self.lookup(request)
        if lookup is not None and lookup.token is not None:
            entry = cache.get(_entry_key(lookup.token, lookup.url, lookup.query))
            if entry is not None:
                return self.replay(request, entry)
        response = self.get_response(request)
        page = getattr(request, "_page_cache_page", None)
        if page is None:
            return response
        if lookup is not None and self.shareable(request, response, page, lookup):
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS)
            if not lookup.query and frontend_cache_configured():
                patch_cache_control(response, s_maxage=settings.FRONTEND_CACHE_SECONDS)
            # PDFs are shared with browsers and proxies but kept in their own content-keyed cache.
            if request.method == "GET" and response.get("Content-Type", "").startswith("text/html"):
                self.store(request, response, lookup)
        elif not response.has_header("Cache-Control"):
            # What this cache cannot purge, no other cache may keep.
            add_never_cache_headers(response)
        return response

    @staticmethod
    def lookup(request):
        """A ``_Lookup`` when the request may be answered from the cache, else None."""
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        allowed = _query_patterns(tuple(settings.PAGE_CACHE_QUERY_PARAMETERS.items()))
        pairs = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        names = [name for name, _value in pairs]
        if len(names) != len(set(names)) or any(
            name not in allowed or not allowed[name].fullmatch(value) for name, value in pairs
        ):
            return None
        url = f"{request.scheme}://{request.get_host()}{escape_uri_path(request.path)}"
        query = "&".join(f"{name}={value}" for name, value in sorted(pairs))
        return _Lookup(url, query, cache.get(_token_key(url)))

    @staticmethod
    def shareable(request, response, page, lookup):
        """Whether ``response`` is the same for every anonymous reader and its URL is one the
        invalidation purges: then any cache may keep it."""
        user = getattr(request, "user", None)
        return (
            # 304: a PDF's answer to a conditional GET, with the headers its 200 would have.
            response.status_code in (200, 304)
            and not response.streaming
            and not response.cookies
            and not (user is not None and user.is_authenticated)
            and not OPTED_OUT.search(response.get("Cache-Control", ""))
            and lookup.url in page_urls(page, cache_object=request)
            and not page.get_view_restrictions().exists()
        )

    @staticmethod
    def store(request, response, lookup):
        token = lookup.token
        if token is None:
            # No token when the request began: claim one, unless someone (a purge) set one since.
            token = secrets.token_hex(8)
            if not cache.add(_token_key(lookup.url), token, timeout=TOKEN_SECONDS):
                return
        if not response.has_header("ETag"):
            set_response_etag(response)
        content = response.content
        headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
        nonce = getattr(request, CSP_NONCE_ATTRIBUTE, None)
        if isinstance(nonce, str) and nonce:
            content = content.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
            headers = [
                (name, value.replace(nonce, NONCE_PLACEHOLDER) if name in CSP_HEADERS else value)
                for name, value in headers
            ]
        entry = {"content": content, "headers": headers}
        cache.set(_entry_key(token, lookup.url, lookup.query), entry, timeout=settings.PAGE_CACHE_SECONDS)

    @staticmethod
    def replay(request, entry):
        content, headers = entry["content"], entry["headers"]
        if NONCE_PLACEHOLDER.encode() in content or any(NONCE_PLACEHOLDER in value for _n, value in headers):
            nonce = base64.b64encode(os.urandom(16)).decode("ascii")  # as django-csp makes them
            content = content.replace(NONCE_PLACEHOLDER.encode(), nonce.encode())
            headers = [(name, value.replace(NONCE_PLACEHOLDER, nonce)) for name, value in headers]
        response = HttpResponse(content, headers=headers)
        response["Content-Length"] = str(len(content))
        etag = response.get("ETag")
        if etag:
            return get_conditional_response(request, etag=etag, response=response)
        return response


MIDDLEWARE_NAME = f"{__name__}.PageCacheMiddleware"
# What must run inside the page cache: a cached response is replayed without them, so they
# must not have acted on the request yet (session, CSRF) or must be undone per hit (CSP nonce).
MUST_COME_AFTER = (
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "csp.middleware.CSPMiddleware",
)


@checks.register(checks.Tags.caches)
def check_middleware_order(app_configs=None, **kwargs):
    """kbt.E001: ``PageCacheMiddleware`` before the session, CSRF and CSP middleware (or a
    subclass of them) in ``MIDDLEWARE``."""
    middleware = list(settings.MIDDLEWARE)
    if MIDDLEWARE_NAME not in middleware:
        return []
    errors = []
    for name in middleware[: middleware.index(MIDDLEWARE_NAME)]:
        try:
            cls = import_string(name)
        except ImportError:
            continue
        for base_name in MUST_COME_AFTER:
            try:
                base = import_string(base_name)
            except ImportError:
                continue
            if isinstance(cls, type) and issubclass(cls, base):
                errors.append(
                    checks.Error(
                        f"{name} comes before {MIDDLEWARE_NAME} in MIDDLEWARE.",
                        hint="Move the page cache up: a cached page would be replayed with this "
                        "middleware's work of the request it was stored from (a CSP nonce, a session).",
                        id="kbt.E001",
                    )
                )
    return errors
