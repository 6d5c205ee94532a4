"""Page routing without Wagtail's extra query for a translated site root.

Wagtail 8.0.1 routes a page request from ``site.root_page.localized`` (wagtail/models/
pages.py, ``Page.route_for_request``): one query for the root page and, in any language
but the root's own, a second for its translation, so every English page cost one query more
than its Norwegian twin. This middleware fetches the root in the active language (or the
root itself where that has no live translation, as ``localized`` does) in one query and
hands Wagtail the route through ``request._wagtail_route_for_request``, the per-request
cache its ``route_for_request`` docstring names. tests/test_render_cost.py fails if an
upgrade stops honouring it.
"""

from django.db.models import Case, IntegerField, Q, Value, When
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site


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


class LocalizedRootRouteMiddleware:
    """Routes Wagtail page requests from the localized site root in one query (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        root = localized_root(site)
        if root is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = root.specific.route(
                request, [component for component in path.split("/") if component]
            )
        except Http404:
            request._wagtail_route_for_request = None
        return None
