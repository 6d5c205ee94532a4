from django import template
from django.utils.translation import get_language

from course_pages import metadata, navigation

register = template.Library()


@register.inclusion_tag("course_pages/includes/language_switch.html", takes_context=True)
def language_switch(context, page=None):
    page = page or None  # an undefined template variable arrives as ""
    request = context["request"]
    # A page whose content depends on its query string says which part a translation of it
    # understands too (the conversation tool: the selection).
    query = context.get("language_switch_query", "")
    return {"links": navigation.language_links(request, page, query), "page": page}


@register.inclusion_tag("course_pages/includes/hreflang.html", takes_context=True)
def hreflang_links(context, page):
    request = context["request"]
    links = navigation.alternate_links(request, page)
    default = next((url for code, url in links if code == "nb"), None)
    return {"links": links, "default": default}


@register.inclusion_tag("course_pages/includes/primary_nav.html", takes_context=True)
def primary_nav(context, page=None):
    request = context["request"]
    home, items = navigation.primary_navigation(request, page or None)
    current_path = getattr(page, "path", "")
    # aria-current="page" names the page being shown, and only it; a menu item that is an
    # ancestor of this page is marked for the eye alone (WAI-ARIA 1.2, aria-current).
    return {
        "home": home,
        "is_home": bool(home) and current_path == home.path,
        "items": [(item, item.path == current_path, current_path.startswith(item.path)) for item in items],
    }


@register.inclusion_tag("course_pages/includes/breadcrumb.html", takes_context=True)
def breadcrumb(context, page):
    ancestors = [
        ancestor for ancestor in navigation.page_ancestors(context["request"], page) if ancestor.live
    ]
    return {"ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the page (or snippet preview) being shown, for <html lang>."""
    page = context.get("page")
    if getattr(page, "locale_id", None):
        return navigation.page_language(context["request"], page)
    return context.get("content_lang") or get_language()


@register.inclusion_tag("course_pages/includes/page_meta.html", takes_context=True)
def page_meta(context, page):
    """Description, canonical link and Open Graph tags of ``page`` (see course_pages.metadata)."""
    request = context["request"]
    return {"meta": metadata.page_meta(request, page, content_language(context))}


@register.simple_tag
def page_title(page):
    return metadata.page_title(page)


@register.filter
def page_description(page):
    """The page's search description, else its intro as plain text (see course_pages.metadata)."""
    return metadata.page_description(page)
