"""An access code keeps only whether it was used (the day goes in 0008): codes used before stay used."""

from django.db import migrations, models


def mark_used(apps, schema_editor):
    apps.get_model("surveys", "AccessCode").objects.filter(used_on__isnull=False).update(used=True)


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0006_survey_managers_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="accesscode",
            name="used",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(mark_used, migrations.RunPython.noop),
    ]
