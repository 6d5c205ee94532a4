from django import template

from course_pages.translation.review import review_status

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """Review status of the translation ``instance`` for the signed-in user (or None)."""
    return review_status(context["request"].user, instance)
