from django.core.management.base import BaseCommand

from results.exporting import mark_stalled, remove_expired


class Command(BaseCommand):
    help = (
        "Delete export files past their time (EXPORT_DAYS) and mark exports whose worker stopped as failed. Run daily."
    )

    def handle(self, *args, **options):
        stalled = mark_stalled()
        removed = remove_expired()
        self.stdout.write(f"{removed} expired export files removed, {stalled} stopped exports marked failed.")
