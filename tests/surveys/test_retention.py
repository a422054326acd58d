import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from surveys.models import SurveyResponse

pytestmark = pytest.mark.django_db


def test_raw_answers_are_deleted_when_the_retention_period_has_run_out(participant_survey, municipality_survey):
    assert SurveyResponse.objects.filter(survey=participant_survey).exists()
    participant_survey.closes_at = timezone.now() - datetime.timedelta(days=participant_survey.retention_days + 1)
    participant_survey.opens_at = participant_survey.closes_at - datetime.timedelta(days=30)
    participant_survey.save()
    municipality_survey.closes_at = timezone.now() - datetime.timedelta(days=10)  # closed, still kept
    municipality_survey.save()

    call_command("purge_survey_answers", "--dry-run", stdout=io.StringIO())
    assert SurveyResponse.objects.filter(survey=participant_survey).exists()

    call_command("purge_survey_answers", stdout=io.StringIO())
    assert not SurveyResponse.objects.filter(survey=participant_survey).exists()
    assert SurveyResponse.objects.filter(survey=municipality_survey).exists()
