from django.core.management.base import BaseCommand

from core.tasks import fail_stalled_tasks


class Command(BaseCommand):
    help = "Mark as failed the tasks still running long after their worker must have stopped (core.tasks)."

    def handle(self, *args, **options):
        self.stdout.write(f"{fail_stalled_tasks()} stalled tasks marked failed.")
