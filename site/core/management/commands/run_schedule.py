import signal
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from core.schedule import jobs, tick


class Command(BaseCommand):
    help = "Run the scheduled jobs (settings.SCHEDULE) until stopped; one process for the whole deployment."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run the jobs due now, once, and stop.")

    def handle(self, *args, once=False, **options):
        pending = jobs(settings.SCHEDULE)
        stopping = []
        # Stopped between jobs, never in the middle of one (honcho and systemd send SIGTERM).
        for stop in (signal.SIGTERM, signal.SIGINT):
            signal.signal(stop, lambda *_: stopping.append(True))
        while not stopping:
            wait = tick(pending, time.monotonic())
            if once:
                return
            end = time.monotonic() + wait
            while not stopping and time.monotonic() < end:
                time.sleep(min(0.5, end - time.monotonic()))
