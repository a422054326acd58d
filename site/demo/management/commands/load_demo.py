from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo site (reference data, organisations, pages in fi/sv/en). Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        created = DemoLoader(self.stdout).load()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} objects created)."))
