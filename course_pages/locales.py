"""Keep Wagtail's Locale rows in step with the configured content languages."""

from django.conf import settings


def ensure_configured_locales(**kwargs):
    """Create a Locale for each of WAGTAIL_CONTENT_LANGUAGES (run after every migrate).

    Wagtail's own migration creates only the first locale, from LANGUAGE_CODE; adding a
    language to the configuration and migrating is then all it takes to get its Locale.
    """
    from wagtail.models import Locale

    using = kwargs.get("using", "default")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


def request_locales(request):
    """All Locale rows by language code: from the site-wide cache (until a Locale is saved or
    deleted, see ``course_pages.site_settings``), once per request (None: no per-request memo)."""
    from wagtail.models import Locale

    from .site_settings import cached_site_wide

    locales = getattr(request, "_kbt_locales", None)
    if locales is None:
        locales = cached_site_wide(
            "locales", lambda: {locale.language_code: locale for locale in Locale.objects.order_by("pk")}
        )
        if request is not None:
            request._kbt_locales = locales
    return locales


def locale_of(request, obj):
    """The Locale row of a translatable ``obj`` (a page or snippet), from the request's
    memo instead of a query per ``obj.locale`` access; falls back to ``obj.locale`` for a
    locale created during the request."""
    for locale in request_locales(request).values():
        if locale.pk == obj.locale_id:
            return locale
    return obj.locale


def active_locale(request):
    from django.conf import settings
    from django.utils.translation import get_language

    locales = request_locales(request)
    return locales.get(get_language()) or locales.get(settings.LANGUAGE_CODE)


def default_locale(request):
    from django.conf import settings

    return request_locales(request).get(settings.LANGUAGE_CODE)
