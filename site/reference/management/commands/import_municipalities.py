from django.core.management.base import BaseCommand

from reference.importer import import_municipalities


class Command(BaseCommand):
    help = "Import municipalities and their groupings for every year from reference/data/*.csv (idempotent)."

    def handle(self, *args, **options):
        for year, count in sorted(import_municipalities().items()):
            self.stdout.write(f"{year}: {count} municipalities")
