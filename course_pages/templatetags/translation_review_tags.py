from django import template
from django.core.exceptions import ObjectDoesNotExist

from course_pages.translation.review import review_status
from course_pages.translation.status import translation_states

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """Review status of the translation ``instance`` for the signed-in user (or None)."""
    return review_status(context["request"].user, instance)


@register.simple_tag
def translation_state(translation):
    """``translation_states`` of a wagtail-localize ``Translation`` (for the report), or
    ``[]`` when its target is gone."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return []
    return translation_states(translation, target)
