"""An access code keeps no date of use: only whether it was used (0007)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0007_access_code_used_only"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="accesscode",
            name="used_on",
        ),
    ]
