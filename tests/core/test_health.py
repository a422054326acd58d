"""The health endpoint (issue 15): every part with its state; 200 while serving, the task queue's lateness
reported without taking the server out of service; answered to a load balancer that asks by address."""

import datetime
import json

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from surveys.emails import send_survey_email

pytestmark = pytest.mark.django_db


def test_a_healthy_service_says_so_part_by_part(client):
    response = client.get("/health/", HTTP_HOST="10.0.0.7")  # a load balancer's probe, by address
    assert response.status_code == 200 and response["Cache-Control"].startswith("max-age=0")
    answer = json.loads(response.content)
    assert answer["status"] == "ok"
    assert {name: check["state"] for name, check in answer["checks"].items()} == {
        "database": "ok",
        "migrations": "ok",
        "tasks": "ok",
        "cache:default": "ok",
        **({"cache:sessions": "ok"} if "cache:sessions" in answer["checks"] else {}),
    }


def test_a_task_waiting_too_long_is_reported_late_and_the_service_still_serves(client, settings):
    settings.HEALTH_TASK_WAIT_SECONDS = 60
    with_args = send_survey_email.enqueue("receipt", ["a@example.fi"], [])
    DBTaskResult.objects.filter(pk=with_args.id).update(enqueued_at=timezone.now() - datetime.timedelta(minutes=5))
    response = client.get("/health/")
    tasks = json.loads(response.content)["checks"]["tasks"]
    assert response.status_code == 200 and tasks["state"] == "late" and 290 <= tasks["oldest_waiting_seconds"] <= 400
