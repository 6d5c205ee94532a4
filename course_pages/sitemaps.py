"""A sitemap of every locale's tree, with hreflang alternates.

Addresses use the host the sitemap was requested on (see ``navigation.absolute_url``).
Wagtail's sitemap lists only the descendants of the site's root page, which is the default
locale's home; the other locales' trees are its siblings and would be left out.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .navigation import absolute_url


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        in_a_tree = Q()
        for home in homes:
            in_a_tree |= Q(path__startswith=home.path)
        pages = (
            Page.objects.filter(in_a_tree, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .select_related("locale")
        )
        self._translations = defaultdict(list)
        pages = list(pages)
        for page in pages:
            self._translations[page.translation_key].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        default_language = self.get_wagtail_site().root_page.locale.language_code
        urls = []
        for item in self.paginator.page(page).object_list:
            location = absolute_url(item, self.request)
            if not location:
                continue
            alternates = [
                {"lang_code": twin.locale.language_code, "location": absolute_url(twin, self.request)}
                for twin in self._translations[item.translation_key]
            ]
            x_default = next(
                (alt["location"] for alt in alternates if alt["lang_code"] == default_language), None
            )
            urls.append(
                {
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                    "x_default": x_default if len(alternates) > 1 else None,
                }
            )
        return urls
