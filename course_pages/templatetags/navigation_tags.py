from django import template

from course_pages import navigation

register = template.Library()


@register.inclusion_tag("course_pages/includes/language_switch.html", takes_context=True)
def language_switch(context, page=None):
    page = page or None  # an undefined template variable arrives as ""
    request = context["request"]
    return {"links": navigation.language_links(request, page), "page": page}


@register.inclusion_tag("course_pages/includes/hreflang.html", takes_context=True)
def hreflang_links(context, page):
    request = context["request"]
    links = navigation.alternate_links(request, page)
    default = next((url for code, url in links if code == "nb"), None)
    return {"links": links, "default": default}


@register.inclusion_tag("course_pages/includes/primary_nav.html", takes_context=True)
def primary_nav(context, page=None):
    request = context["request"]
    home, items = navigation.primary_navigation(request)
    current_path = getattr(page, "path", "")
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
    }


@register.inclusion_tag("course_pages/includes/breadcrumb.html")
def breadcrumb(page):
    ancestors = page.get_ancestors().filter(depth__gt=1).live().specific(defer=True)
    return {"ancestors": ancestors, "page": page}
