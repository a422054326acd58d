"""Programme staff define the indicators (Snippets → Indicators)."""

from django.db import migrations

PERMISSIONS = [("indicator", f"{action}_indicator", f"Can {action} indicator") for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name="Programme staff")
    for model, codename, label in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label="results", model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": label}
        )
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name="Programme staff").first()
    if group:
        codenames = [codename for _model, codename, _label in PERMISSIONS]
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="results", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("results", "0004_indicators")]

    operations = [migrations.RunPython(grant, revoke)]
