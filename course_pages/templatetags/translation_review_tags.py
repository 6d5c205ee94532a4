from django import template

from course_pages.translation.review import editor_side_panels, review_status

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """Review status of the translation ``instance`` for the signed-in user (or None)."""
    return review_status(context["request"].user, instance)


@register.simple_tag
def translation_editor_side_panels(side_panels):
    """The editor's side panels with the snippet status panel fixed (see ``editor_side_panels``)."""
    return editor_side_panels(side_panels)
