"""Structured logs (issue 15): one JSON object a line with the request's id, method, path, status and duration;
the same id on the lines of a task the request queued, in the worker; never an invitation token or an answer."""

import io
import json
import logging

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from core.logs import REQUEST_ID, JsonFormatter, RequestIdFilter
from tests.factories import SurveyPageFactory, question, section
from tests.surveys.helpers import answer_survey, fill_until_review

pytestmark = pytest.mark.django_db
SECRET_ANSWER = "Salaisuus-4711 minun tarinani"


@pytest.fixture
def log_output():
    """What the production handler writes (core.logs' formatter and filter on the root logger, at INFO)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_every_request_is_one_json_line_with_its_id_and_no_token_or_answer(client, log_output, invited):
    _invitation, token, link = invited
    survey = SurveyPageFactory(sections=json.dumps([section("Osa", question("short_text", "story", "Kerro"))]))
    response = client.get(survey.url + "answer/", follow=True)
    url, prefix, _ = fill_until_review(client, survey.url + "answer/", {"story": SECRET_ANSWER})
    client.post(url, {f"{prefix}-current_step": "review"}, follow=True)
    answer_survey(client, None, link, review={"review-submitted_by": "Testi"})
    client.get(link.replace(token, token[:-3] + "xyz"))  # a wrong link: Django's own "Not Found" line too

    raw = log_output.getvalue()
    assert token not in raw and token[:-3] not in raw and SECRET_ANSWER not in raw
    logged = lines(log_output)
    requests = [line for line in logged if line["logger"] == "kuntaan.request"]
    assert len(requests) >= 10
    for line in requests:
        assert {"time", "level", "message", "request_id", "method", "path", "status", "duration_ms"} <= set(line)
    assert len({line["request_id"] for line in requests}) == len(requests)  # one id a request
    assert response.redirect_chain and any(line["path"] == survey.url + "answer/" for line in requests)
    invitation_lines = [line for line in requests if "/i/" in line["path"]]
    assert invitation_lines and all("/i/…" in line["path"] for line in invitation_lines)
    assert any(line["status"] == 404 and "/i/…" in line["path"] for line in requests)


def test_a_task_logs_with_the_id_of_the_request_that_queued_it(
    client, log_output, invited, django_capture_on_commit_callbacks
):
    _invitation, _token, link = invited
    url, prefix, _ = fill_until_review(client, link)
    with django_capture_on_commit_callbacks() as committed:  # the receipt is queued once the submit commits
        response = client.post(url, {f"{prefix}-current_step": "review", "review-submitted_by": "Testi"})
    request_id = response["X-Request-ID"]
    # The test's own transaction never commits: its commit callbacks run here, as they run within the request.
    serving = REQUEST_ID.set(request_id)
    for callback in committed:
        callback()
    REQUEST_ID.reset(serving)
    queued = DBTaskResult.objects.ready().get(backend_name="emails", task_path__endswith="send_survey_email")
    queued.claim("test-worker")
    worker = Worker(
        queue_names=["*"],
        interval=1,
        batch=True,
        backend_name="emails",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    worker.run_task(queued)  # as db_worker runs it, signals and all
    tasks = [line for line in lines(log_output) if line["logger"] == "kuntaan.tasks"]
    assert [line["message"] for line in tasks] == ["task started", "task successful"]
    assert all(line["request_id"] == request_id and line["task"].endswith("send_survey_email") for line in tasks)
