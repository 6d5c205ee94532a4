"""The site's own middleware: Django's LocaleMiddleware without the language redirect for URLs
outside i18n_patterns(), the security headers (Content-Security-Policy, Permissions-Policy),
and the admin's answer to malformed requests."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.middleware import locale
from django.urls import LocalePrefixPattern, get_resolver, reverse
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


def is_admin_path(path):
    """True for a path under Wagtail's admin URL (``/admin/`` here)."""
    return path.startswith(reverse("wagtailadmin_home"))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with two policies: ``CONTENT_SECURITY_POLICY`` for the site and
    ``ADMIN_CONTENT_SECURITY_POLICY`` under Wagtail's admin URL, which needs inline script and
    style (see the settings). A view's own ``@csp_replace``/``@csp_update`` still applies."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def permissions_policy_header(policy):
    """``{"camera": [], "fullscreen": ["self"]}`` → ``camera=(), fullscreen=(self)``."""
    return ", ".join(f"{feature}=({' '.join(allowlist)})" for feature, allowlist in policy.items())


class PermissionsPolicyMiddleware:
    """Adds the ``Permissions-Policy`` header built from ``settings.PERMISSIONS_POLICY`` to
    every response that has none (Django has no setting for it)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class AdminBadRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)
