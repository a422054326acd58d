"""Editors and Moderators: Wagtail creates both groups with page, image and document permissions and a
"Moderators approval" workflow on the root page (editors submit, moderators publish). This migration adds what
Kuntaan's own models need: organisations (snippets) for both groups, and publishing for moderators only."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SNIPPET_PERMISSIONS = {
    "Editors": ["add_organisation", "change_organisation", "view_organisation"],
    "Moderators": ["add_organisation", "change_organisation", "delete_organisation", "view_organisation"],
}


def grant(apps, schema_editor):
    # Model permissions are normally created after all migrations have run; create reference's now.
    reference = apps.get_app_config("reference")
    reference.models_module = True
    create_permissions(reference, apps=apps, verbosity=0)
    reference.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in SNIPPET_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="reference", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=SNIPPET_PERMISSIONS):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="reference"))


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("reference", "0002_programme_goals_and_means"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
