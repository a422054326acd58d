"""The groups who see results: Programme staff (everything), Evaluators (every aggregate), Working group members
(what their working groups are assigned), Steering group (published results only). Each has admin access."""

from django.db import migrations

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
VIEW_ALL = ("results", "workinggroup", "view_all_results", "Can see every result, open answers included (programme staff)")
VIEW_AGGREGATES = (
    "results",
    "workinggroup",
    "view_aggregates",
    "Can see every aggregate result and municipality-level figures (evaluators)",
)
MANAGE_GROUPS = [
    ("results", "workinggroup", f"{action}_workinggroup", f"Can {action} working group")
    for action in ("add", "change", "delete", "view")
]
GROUPS = {
    "Programme staff": [ACCESS_ADMIN, VIEW_ALL, *MANAGE_GROUPS],
    "Evaluators": [ACCESS_ADMIN, VIEW_AGGREGATES],
    "Working group members": [ACCESS_ADMIN],
    "Steering group": [ACCESS_ADMIN],
}


def create_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for name, permissions in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, model, codename, label in permissions:
            content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": label}
            )
            group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("results", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
