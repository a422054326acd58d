"""An e-mail task whose worker was killed (core.tasks, run by the schedule): after TASK_STALLED_AFTER it ends as
failed, logged for the monitoring, and it is never run again, so that no municipality gets the same e-mail twice.
A task still within its time is left running."""

import datetime
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from surveys.emails import send_survey_email

from .tasks import run_email_tasks

pytestmark = pytest.mark.django_db


def taken(minutes_ago):
    """An invitation e-mail a worker took `minutes_ago` minutes ago and never finished."""
    result = DBTaskResult.objects.get(id=send_survey_email.enqueue("receipt", ["k@example.fi"], [("fi", {})]).id)
    result.claim("killed-worker")
    DBTaskResult.objects.filter(pk=result.pk).update(
        started_at=timezone.now() - datetime.timedelta(minutes=minutes_ago)
    )
    return result.pk


def test_a_task_whose_worker_stopped_ends_failed_and_is_never_sent_again(caplog):
    stalled, recent = taken(minutes_ago=20), taken(minutes_ago=1)
    with caplog.at_level(logging.ERROR, logger="kuntaan.tasks"):
        call_command("fail_stalled_tasks")
    states = dict(DBTaskResult.objects.values_list("id", "status"))
    assert states[stalled] == "FAILED" and states[recent] == "RUNNING"
    failed = DBTaskResult.objects.get(pk=stalled)
    assert failed.finished_at is not None and "not run again" in failed.traceback
    assert str(stalled) in str([getattr(record, "task_id", "") for record in caplog.records])
    run_email_tasks()  # a worker takes what is ready: neither of them
    assert mail.outbox == []
