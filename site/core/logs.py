"""Structured logs: one JSON object a line (production), each request logged once with its id, method, path,
status and duration, and every line written while it is served, or while a task it queued runs in the worker,
carrying the same request id.

Nothing a respondent wrote and no secret reaches a line: the formatter writes named fields only (never a logged
object's repr, such as the request Django attaches to its error records), and invitation tokens and password
reset links are cut out of every message and path."""

import contextvars
import datetime
import json
import logging
import re
import secrets
import time

from django.core.cache import cache
from django.dispatch import receiver
from django_tasks.signals import task_enqueued, task_finished, task_started

from .health import PATH as HEALTH

REQUEST_ID = contextvars.ContextVar("request_id", default="-")
# An id a proxy in front gave the request (nginx's $request_id, a load balancer's trace id) is kept if it is plain.
INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
SECRETS = re.compile(r"(/i/|/password_reset/confirm/|/reset/)[^\s'\"?]+")
FIELDS = ("request_id", "method", "path", "status", "duration_ms", "task", "task_id")
TASK_KEY = "kuntaan:task-request:{}"
TASK_KEY_SECONDS = 7 * 24 * 60 * 60

request_log = logging.getLogger("kuntaan.request")
task_log = logging.getLogger("kuntaan.tasks")


def redact(text):
    """`text` without the secrets an address can hold: invitation tokens and password reset links."""
    return SECRETS.sub(r"\1…", text)


class RequestLogMiddleware:
    """First in MIDDLEWARE: gives the request its id (X-Request-ID in the response too) and logs it when done."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        # 32 random hex digits, as a uuid4's, without building a UUID for them
        request.id = incoming if INCOMING_ID.match(incoming) else secrets.token_hex(16)
        token = REQUEST_ID.set(request.id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.id
            if request.path == HEALTH and response.status_code == 200:
                return response  # a load balancer asks every few seconds: only a failing answer is news
            path = redact(request.path)
            request_log.info(
                "%s %s %s",
                request.method,
                path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            return response
        finally:
            REQUEST_ID.reset(token)


class RequestIdFilter(logging.Filter):
    """Every record gets the request id of what is being served (or of the request that queued the task)."""

    def filter(self, record):
        record.request_id = REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, the named fields the record has, and the
    traceback of an error; secrets cut out (`redact`)."""

    def format(self, record):
        line = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        line.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        if record.exc_info:
            line["traceback"] = redact(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """A line of text (development, or LOG_FORMAT=text), secrets cut out as in the JSON lines."""

    def format(self, record):
        return redact(super().format(record))


# The request id travels to the task worker through the shared cache, keyed by the task's id.


@receiver(task_enqueued)
def _remember_request(sender, task_result, **kwargs):
    if REQUEST_ID.get() != "-":
        cache.set(TASK_KEY.format(task_result.id), REQUEST_ID.get(), TASK_KEY_SECONDS)


_task_tokens = {}


@receiver(task_started)
def _take_request_id(sender, task_result, **kwargs):
    _task_tokens[task_result.id] = REQUEST_ID.set(cache.get(TASK_KEY.format(task_result.id)) or REQUEST_ID.get())
    task_log.info("task started", extra={"task": task_result.task.module_path, "task_id": str(task_result.id)})


@receiver(task_finished)
def _drop_request_id(sender, task_result, **kwargs):
    task_log.info(
        "task %s",
        task_result.status.lower(),
        extra={"task": task_result.task.module_path, "task_id": str(task_result.id)},
    )
    token = _task_tokens.pop(task_result.id, None)
    if token is not None:
        REQUEST_ID.reset(token)
