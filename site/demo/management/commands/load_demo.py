from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo site (reference data, organisations, pages in fi/sv/en); a second run adds nothing."

    def handle(self, *args, **options):
        created = DemoLoader(self.stdout).load()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
