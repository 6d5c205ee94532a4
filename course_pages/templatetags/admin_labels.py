"""Names the admin shows for content types: the translated verbose names, never the labels."""

from django import template
from django.apps import apps

register = template.Library()


@register.filter
def app_verbose_name(content_type):
    """The translated name of a ContentType's app ("Kurssider"), not its label ("course_pages")."""
    try:
        return apps.get_app_config(content_type.app_label).verbose_name
    except LookupError:  # a content type left behind by a removed app
        return content_type.app_label
