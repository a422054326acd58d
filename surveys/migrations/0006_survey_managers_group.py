"""The "Survey managers" group: admin access and the survey administration permission, nothing else."""

from django.db import migrations

GROUP = "Survey managers"
PERMISSIONS = [
    # (app label, model, codename, name): made here, because Django makes permissions only after all migrations.
    ("surveys", "surveypage", "administer_surveys", "Can administer surveys: invitations, reminders, reopening responses, paper access codes"),
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
]


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0005_survey_managers"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
