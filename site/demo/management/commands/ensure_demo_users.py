import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from demo.working_groups import FIRST_GROUP
from results.models import WorkingGroup

# For a local demo only: an evaluator, and a member of the first demo working group.
USERS = [
    ("arvioija", "Eeva", "Arvioija", ["Evaluators"], False),
    ("tyoryhma", "Tuomas", "Työryhmä", ["Working group members"], True),
]


class Command(BaseCommand):
    help = "Create the demo's evaluator and working-group member for local use (password: DJANGO_SUPERUSER_PASSWORD)."

    def handle(self, *args, **options):
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        if not password:
            raise CommandError("Set DJANGO_SUPERUSER_PASSWORD.")
        User = get_user_model()
        for username, first, last, groups, member in USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"first_name": first, "last_name": last, "email": f"{username}@kuntaan.invalid"},
            )
            if created:
                user.set_password(password)
                user.save()
            user.groups.add(*Group.objects.filter(name__in=groups))
            if member:
                group = WorkingGroup.objects.filter(name=FIRST_GROUP, locale=Locale.get_default()).first()
                if group is not None and not group.members.filter(pk=user.pk).exists():
                    group.members.add(user)
                    group.save()
            self.stdout.write(f"{username}: {'created' if created else 'exists'}")
