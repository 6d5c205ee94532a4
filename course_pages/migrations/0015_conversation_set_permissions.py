"""Give Wagtail's Editors and Moderators groups rights on the conversation tool's ready-made
sets, as 0006 does for people and organisations: editors write them, moderators also publish
and delete them."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from wagtail.snippets.models import create_extra_permissions

GROUP_ACTIONS = {
    "Editors": ["add", "change", "view"],
    "Moderators": ["add", "change", "view", "delete", "publish"],
}


def codenames(actions):
    return [f"{action}_conversationset" for action in actions]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations have run (post_migrate); make them
    # now, Django's (add, change, ...) and Wagtail's snippet extra (publish).
    app_config = global_apps.get_app_config("course_pages")
    create_permissions(app_config, verbosity=0)
    create_extra_permissions(app_config)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in GROUP_ACTIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="course_pages", codename__in=codenames(actions))
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in GROUP_ACTIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="course_pages", codename__in=codenames(actions))
            )


class Migration(migrations.Migration):
    dependencies = [("course_pages", "0014_conversation_tool")]

    operations = [migrations.RunPython(grant, revoke)]
