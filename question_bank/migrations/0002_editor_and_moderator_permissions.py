"""Give Wagtail's Editors and Moderators groups rights on the question bank, as Wagtail's own
migrations give them rights on pages: editors write themes, moderators also publish, delete
and lock them (and so can approve a theme, or its translation, in the moderation workflow)."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations
from wagtail.snippets.models import create_extra_permissions

GROUP_PERMISSIONS = {
    "Editors": ["add_questiontheme", "change_questiontheme", "view_questiontheme"],
    "Moderators": [
        "add_questiontheme",
        "change_questiontheme",
        "view_questiontheme",
        "delete_questiontheme",
        "publish_questiontheme",
        "lock_questiontheme",
        "unlock_questiontheme",
    ],
}


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations have run (post_migrate); make them
    # now, Django's (add, change, ...) and Wagtail's snippet extras (publish, lock, unlock).
    app_config = global_apps.get_app_config("question_bank")
    create_permissions(app_config, verbosity=0)
    create_extra_permissions(app_config)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="question_bank", codename__in=codenames)
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUP_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="question_bank", codename__in=codenames)
            )


class Migration(migrations.Migration):
    # 0001 follows wagtailcore's migrations, which create the Editors and Moderators groups.
    dependencies = [("question_bank", "0001_initial")]

    operations = [migrations.RunPython(grant, revoke)]
