"""A sitemap of every locale's tree, with hreflang alternates.

Wagtail's sitemap lists only the descendants of the site's root page, which is the default
locale's home; the other locales' trees are its siblings and would be left out.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


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
            location = item.get_full_url(self.request)
            if not location:
                continue
            alternates = [
                {"lang_code": twin.locale.language_code, "location": twin.get_full_url(self.request)}
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
