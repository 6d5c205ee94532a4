"""Site-wide template tags: the search page and the footer's contact details."""

from django import template

from course_pages.locales import active_locale

register = template.Library()


def _search_page_url(request):
    """The URL of the live search page in the reader's language ("" when there is none)."""
    from course_pages.models import SearchPage
    from course_pages.site_settings import cached_for_site

    locale = active_locale(request)

    def build():
        page = SearchPage.objects.live().public().filter(locale=locale).order_by("path").first()
        return (page.get_url(request=request) or "") if page else ""

    return cached_for_site(request, f"search-page:{locale.pk}", build)


@register.simple_tag(takes_context=True)
def search_page_url(context):
    """The URL of the search page in the current language, or "" when there is none."""
    request = context.get("request")
    return _search_page_url(request) if request is not None else ""


@register.simple_tag(takes_context=True)
def site_footer_details(context):
    """The footer's contact details, links and pages in the current language
    (``course_pages.site_settings.footer_details``); None outside a request."""
    from course_pages.site_settings import footer_details

    request = context.get("request")
    if request is None:
        return None
    return footer_details(request, active_locale(request))


@register.simple_tag(takes_context=True)
def footer_language_links(context, page=None):
    """The footer's language links: as the header's language switch, this page's translations."""
    from course_pages import navigation

    request = context.get("request")
    if request is None:
        return []
    return navigation.language_links(request, page or None, context.get("language_switch_query", ""))
