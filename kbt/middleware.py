"""Django's LocaleMiddleware, without the language redirect for URLs outside i18n_patterns()."""

from django.conf import settings
from django.middleware import locale
from django.urls import LocalePrefixPattern, get_resolver
from django.utils import translation
from django.utils.cache import patch_vary_headers


def outside_i18n_patterns(path, urlconf):
    """True when ``path`` (e.g. ``/admin/…``, ``/documents/…``, ``/sitemap.xml``) falls under a
    top-level URL pattern of ``urlconf`` that is not in ``i18n_patterns()``."""
    return any(
        not isinstance(pattern.pattern, LocalePrefixPattern) and pattern.pattern.match(path.lstrip("/"))
        for pattern in get_resolver(urlconf).url_patterns
    )


class LocaleMiddleware(locale.LocaleMiddleware):
    """On a 404 for a path without a language prefix, Django's LocaleMiddleware redirects to
    ``/<lang>/<path>`` whenever that URL resolves, and Wagtail's catch-all page route makes
    every such URL resolve. So a 404 under ``/admin/`` (an admin API call for a deleted image,
    a deleted page's edit view) became a redirect to ``/nb/admin/…``, an HTML 404 that the
    translation editor cannot read (wagtail/wagtail#7038, wagtail/wagtail-localize#375).
    Here a 404 under a URL pattern outside ``i18n_patterns()`` stays that 404; everything else,
    headers included, is Django's behaviour (``tests/test_deleted_images.py`` has a canary)."""

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if response.status_code == 404 and outside_i18n_patterns(request.path_info, urlconf):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
