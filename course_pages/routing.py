"""Page routing in one query for the page, its ancestors and its translations.

Wagtail 8.0.1 routes a page request from ``site.root_page.localized`` (wagtail/models/
pages.py, ``Page.route_for_request``): a query for the root page, one more for its
translation in any language but the root's own, then two per level of the tree (a child by
its slug, then its specific row). Serving the page then reads its ancestors again for the
view restrictions (``Page.get_view_restrictions``: two queries), again for the breadcrumb,
and its translations for the language switch.

Every ancestor's ``url_path`` is a prefix of the page's, and each is known from the request
path and the localized root's ``url_path`` (Wagtail's cached site root paths). This
middleware reads the page, all its ancestors and its live translations in one query (plus
the page's specific row), checks that they form one branch of the tree, and hands Wagtail the
route through ``request._wagtail_route_for_request``, the per-request cache its
``route_for_request`` docstring names. What it read is memoised on the request for the
breadcrumb, the language switch and the view-restriction check (see
``get_view_restrictions``). Wagtail's own walk, which ``HomePage.route`` shortens to a
lookup by url_path (two queries), serves everything else: a sub-route of a routable page, a
root with no live translation in the active language, an alias on the way.
tests/test_render_cost.py fails if an upgrade stops honouring the route cache.
"""

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .locales import request_locales

#: Wagtail's ``Page.get_view_restrictions``, used for every page this router did not read.
WAGTAIL_GET_VIEW_RESTRICTIONS = Page.get_view_restrictions


def localized_root(site):
    """The site's root page in the active language: its live translation, else the root."""
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return site.root_page
    if locale.pk is None:
        return site.root_page
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    translation = Q(translation_key__in=root_key, locale_id=locale.pk, live=True)
    candidates = Page.objects.filter(Q(pk=site.root_page_id) | translation).annotate(
        own_root=Case(
            When(pk=site.root_page_id, then=Value(1)), default=Value(0), output_field=IntegerField()
        )
    )
    # The translation first; the root itself is the fallback (and is its own translation
    # in the root's language).
    return candidates.order_by("own_root").first()


def _url_path_prefixes(url_path):
    """ "/home/chime/hap/" → ["/", "/home/", "/home/chime/", "/home/chime/hap/"]."""
    parts = [part for part in url_path.split("/") if part]
    return ["/" + "".join(f"{part}/" for part in parts[:n]) for n in range(len(parts) + 1)]


def _routes_below(page, remaining):
    """Whether routable ``page`` (a plain Page row) answers ``remaining`` path components with
    a sub-route of its own, which Wagtail's walk would prefer to a child page."""
    model = page.specific_class
    if model is None or not issubclass(model, RoutablePageMixin) or not page.live:
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
    except Resolver404:
        return False
    return True


def route_by_url_path(request, site, path):
    """The ``RouteResult`` for ``path`` below the site's root in the active language, read in
    one query and the page's specific row; None where Wagtail's walk must decide (see above).
    Raises Http404 where the walk would."""
    language = get_language()
    locales = request_locales(request)
    root_path = next(
        (
            root.root_path
            for root in Site.get_site_root_paths()
            if root.site_id == site.pk and root.language_code == language
        ),
        None,
    )
    if root_path is None or language not in locales:
        return None
    components = [component for component in path.split("/") if component]
    url_path = root_path + "".join(f"{component}/" for component in components)
    prefixes = _url_path_prefixes(url_path)
    page_key = Page.objects.filter(url_path=url_path).values("translation_key")
    translation = Q(translation_key__in=page_key, live=True, alias_of__isnull=True)
    rows = list(
        Page.objects.filter(Q(url_path__in=prefixes) | translation).annotate(
            restricted=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
        )
    )
    by_url_path = {row.url_path: row for row in rows}
    branch = [by_url_path.get(prefix) for prefix in prefixes]
    if None in branch:
        return None
    # One branch of the tree, top down (url_path and path could disagree only in a corrupt tree).
    if any(row.depth != n + 1 or not branch[-1].path.startswith(row.path) for n, row in enumerate(branch)):
        return None
    root_index = len(_url_path_prefixes(root_path)) - 1
    root, page, ancestors = branch[root_index], branch[-1], branch[:-1]
    if not root.live or any(row.alias_of_id for row in branch):
        return None
    if any(_routes_below(row, components[n:]) for n, row in enumerate(branch[root_index:-1])):
        return None

    by_id = {locale.pk: locale for locale in locales.values()}
    for row in rows:
        if row.locale_id in by_id:
            row.locale = by_id[row.locale_id]
    request._kbt_ancestors = (page.pk, [row for row in ancestors if row.depth > 1])
    request._kbt_translations = {
        page.pk: {
            row.locale.language_code: row
            for row in rows
            if row.translation_key == page.translation_key
            and row.live
            and row.alias_of_id is None
            and row.locale_id in by_id
        }
    }
    specific = page.specific
    restricted = [row.pk for row in branch if row.restricted]
    specific._kbt_view_restrictions = (
        PageViewRestriction.objects.filter(page_id__in=restricted)
        if restricted
        else PageViewRestriction.objects.none()
    )
    specific._cached_parent_obj = ancestors[-1] if ancestors else None
    return specific.route(request, [])


def find_site(request):
    """``Site.find_for_request`` from the site-wide cache (until a Site is saved or deleted,
    see ``course_pages.site_settings``), kept where Wagtail looks for it on the request."""
    from .site_settings import cached_site_wide

    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = cached_site_wide(
            f"site:{hostname}:{request.get_port()}", lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


def get_view_restrictions(self):
    """``Page.get_view_restrictions`` without its two queries for the page the router read
    (its ancestors' aliases and their restrictions), the same QuerySet otherwise."""
    known = self.__dict__.get("_kbt_view_restrictions")
    return known.all() if known is not None else WAGTAIL_GET_VIEW_RESTRICTIONS(self)


def install():
    Page.get_view_restrictions = get_view_restrictions


class LocalizedRootRouteMiddleware:
    """Routes Wagtail page requests in one query (see above), else from the localized root."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        site = find_site(request)
        if site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            route = route_by_url_path(request, site, path)
            if route is None:
                root = localized_root(site)
                if root is None:
                    return None
                components = [component for component in path.split("/") if component]
                route = root.specific.route(request, components)
        except Http404:
            route = None
        request._wagtail_route_for_request = route
        return None
