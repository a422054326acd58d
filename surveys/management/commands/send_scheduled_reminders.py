"""Send the survey reminders whose scheduled time has come: run it every few minutes, beside publish_scheduled."""

from django.core.management.base import BaseCommand

from surveys.invitations import send_due_reminders


class Command(BaseCommand):
    help = "Send the scheduled survey reminders that are due."

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"{sent} scheduled reminder(s) sent.")
