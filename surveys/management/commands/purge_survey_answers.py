import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from surveys.models import SurveyPage, SurveyResponse


class Command(BaseCommand):
    help = (
        "Delete the raw answers of surveys whose retention period has run out, counted from the day the survey "
        "closed (its expiry date). Run daily. Surveys that have not closed are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say what would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        for survey in SurveyPage.objects.filter(closes_at__isnull=False, closes_at__lt=now):
            if survey.closes_at + datetime.timedelta(days=survey.retention_days) > now:
                continue
            responses = SurveyResponse.objects.filter(survey=survey.canonical)
            count = responses.count()
            if count and not dry_run:
                responses.delete()
            verb = "would delete" if dry_run else "deleted"
            self.stdout.write(f"{survey.title}: {verb} {count} responses")
