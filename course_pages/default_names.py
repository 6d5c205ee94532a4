"""Names that Wagtail's migrations store in English, shown in each admin user's language.

Wagtail's data migrations create the groups "Editors" and "Moderators" and the workflow and
task "Moderators approval"; the admin shows those names as data, so a Norwegian editor reads
"Send inn til Moderators approval". The database keeps the English name (code and migrations
look the groups up by it, and an admin who prefers English keeps seeing English); when such
a row is loaded, its ``name`` becomes a ``DefaultName``: equal to the stored English name for
comparisons and saving, but displayed — in templates, ``%s`` and ``format`` — in the language
active at display time. A notification e-mail, which Wagtail renders in the recipient's
language, names the workflow in that language too.

A name the admin edits stays as typed; submitting the form unchanged (which posts the name as
displayed, for example "Moderatorgodkjenning") keeps the stored English name.
"""

from types import MethodType

from django.contrib.auth.models import Group
from django.db.models.signals import post_init, post_save, pre_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, Workflow

DEFAULT_NAMES = {
    "Editors": _("Editors"),
    "Moderators": _("Moderators"),
    "Moderators approval": _("Moderators approval"),
}
MODELS = (Group, Task, Workflow)


class DefaultName(str):
    """A default name stored in English, displayed in the active language."""

    def __str__(self):
        return str(DEFAULT_NAMES[str.__str__(self)])

    def __format__(self, format_spec):
        return format(str(self), format_spec)


def _translations(name):
    """Every way ``name`` is displayed, one per configured admin language."""
    from django.conf import settings

    displayed = {name}
    for code, _label in settings.WAGTAILADMIN_PERMITTED_LANGUAGES:
        with translation.override(code):
            displayed.add(str(DEFAULT_NAMES[name]))
    return displayed


def show_in_users_language(sender, instance, **kwargs):
    # A row loaded without its name (``.only("pk")``) keeps it deferred.
    if instance.__dict__.get("name") in DEFAULT_NAMES:
        instance.name = DefaultName(instance.name)
        instance._stored_default_name = str.__str__(instance.name)


def keep_stored_name(sender, instance, **kwargs):
    """Store the English name unless someone changed the name (plain ``str``, not a subclass,
    goes to the database)."""
    stored = getattr(instance, "_stored_default_name", None)
    if stored is not None and str.__str__(instance.name) in _translations(stored):
        instance.name = stored
    elif isinstance(instance.name, DefaultName):
        instance.name = str.__str__(instance.name)


def show_logged_names_in_users_language(sender, instance, **kwargs):
    """Workflow log entries keep the workflow's and tasks' names as logged ("'Moderators
    approval' started. Next step …"): display those the same way."""
    data = instance.__dict__.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("workflow"), dict):
        return
    workflow = data["workflow"]
    for item in (workflow, workflow.get("next"), workflow.get("task")):
        if isinstance(item, dict) and item.get("title") in DEFAULT_NAMES:
            item["title"] = DefaultName(item["title"])


def restore_display(sender, instance, **kwargs):
    show_in_users_language(sender, instance)


def _str(self):
    return str(self.name)


def _stored_value(field, obj):
    """The name as stored, for serializers (``dumpdata``, a test database's serialized copy)
    and model forms, which call ``str()`` on the value and would get the translation."""
    value = getattr(obj, field.attname)
    return str.__str__(value) if isinstance(value, DefaultName) else value


def install():
    """Connect the signals for groups, workflows, every task model (each concrete task class
    sends its own signals) and the log entry models."""
    from django.apps import apps
    from wagtail.models import BaseLogEntry

    # Their ``__str__`` returns ``self.name`` as is; Python does not call ``__str__`` again on
    # a str subclass returned from it, so "%s" % workflow would give the stored English name.
    for model in MODELS:
        model.__str__ = _str
        name = model._meta.get_field("name")
        name.value_from_object = MethodType(_stored_value, name)

    for model in apps.get_models():
        if issubclass(model, MODELS):
            post_init.connect(
                show_in_users_language, sender=model, dispatch_uid=f"kbt_names_{model._meta.label}"
            )
            pre_save.connect(
                keep_stored_name, sender=model, dispatch_uid=f"kbt_names_store_{model._meta.label}"
            )
            post_save.connect(
                restore_display, sender=model, dispatch_uid=f"kbt_names_show_{model._meta.label}"
            )
        elif issubclass(model, BaseLogEntry):
            post_init.connect(
                show_logged_names_in_users_language,
                sender=model,
                dispatch_uid=f"kbt_names_{model._meta.label}",
            )
