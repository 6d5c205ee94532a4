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
