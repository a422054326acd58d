from django.db import migrations

GOALS = ["placement", "reception", "participation"]
MEANS = ["payments", "information", "development"]


def create(apps, schema_editor):
    for code in GOALS:
        apps.get_model("reference", "ProgrammeGoal").objects.get_or_create(code=code)
    for code in MEANS:
        apps.get_model("reference", "ProgrammeMeans").objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
