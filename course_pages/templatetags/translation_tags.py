"""Template tags of the translators' admin screens: review status, translation states for the
report, and wagtail-localize editor props and side panels adjusted to our rules."""

import json

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder

from course_pages.translation.permissions import can_delete, can_publish
from course_pages.translation.review import editor_side_panels, review_status
from course_pages.translation.status import translation_states

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, instance):
    """Review status of the translation ``instance`` for the signed-in user (or None)."""
    return review_status(context["request"].user, instance)


@register.simple_tag
def translation_state(translation):
    """``translation_states`` of a wagtail-localize ``Translation`` (for the report), or
    ``[]`` when its target is gone; its ``untranslated`` count is used when the report
    loaded it (``course_pages.translation.report``)."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return []
    return translation_states(translation, target, getattr(translation, "untranslated", None))


@register.simple_tag(takes_context=True)
def translation_editor_props(context):
    """wagtail-localize's editor props (a JSON string) with "Delete" offered only when
    ``can_delete`` allows it, and "Convert to alias page" only to who may publish the page
    (``views.convert_to_alias`` refuses the others). For a snippet, wagtail-localize 1.14.5
    offers Delete on the model-wide delete permission (``edit_translation.edit_translation``),
    whatever the theme's lock or language; for a page it asks the page permissions, which
    agree."""
    user, instance = context["request"].user, context["instance"]
    props = json.loads(context["props"])
    props["perms"]["canDelete"] = can_delete(user, instance)
    if not can_publish(user, instance):
        props["links"]["convertToAliasUrl"] = None
    return json.dumps(props, cls=DjangoJSONEncoder)


@register.simple_tag
def translation_editor_actions(props):
    """The actions of the editor's footer for someone who may not publish (``props``, the
    JSON string of ``translation_editor_props``), as a dict: ``preview_url`` and the
    secondary actions the props allow, ``delete_url``, ``lock_url``, ``unlock_url`` (each
    None when not allowed). Their primary action, "Submit for review", is in the template."""
    props = json.loads(props)
    perms, links, locked = props["perms"], props["links"], props["object"]["isLocked"]
    previews = props.get("previewModes") or []
    return {
        "preview_url": previews[0]["url"] if previews else None,
        "delete_url": links["deleteUrl"] if perms["canDelete"] else None,
        "lock_url": links["lockUrl"] if perms["canLock"] and not locked else None,
        "unlock_url": links["unlockUrl"] if perms["canUnlock"] and locked else None,
    }


@register.simple_tag
def translation_editor_side_panels(side_panels):
    """The editor's side panels with the snippet status panel fixed (see ``editor_side_panels``)."""
    return editor_side_panels(side_panels)
