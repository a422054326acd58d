"""Tasks a worker took and never finished (the worker killed, its machine lost) end as failed instead of
running for ever. django-tasks' database backend runs a task once and has no heartbeat, so a task still running
long after anything of its kind could take is taken to be dead (settings.TASK_STALLED_AFTER, by backend).

It is not run again: an e-mail whose worker died may have gone out just before, and a municipality must not get
two invitations with different links. Each is logged as an error (for the monitoring), and staff can send a new
link from the survey's board. An export's own record fails sooner, by its heartbeat (results.exporting)."""

import datetime
import logging

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger("kuntaan.tasks")
STOPPED = "The worker stopped before the task finished. It is not run again, so that nothing is done twice."


def fail_stalled_tasks(now=None):
    """Mark the stalled tasks failed; returns how many."""
    from django_tasks_db.models import DBTaskResult, TaskResultStatus

    now = now or timezone.now()
    failed = 0
    for backend, seconds in settings.TASK_STALLED_AFTER.items():
        stalled = DBTaskResult.objects.running().filter(
            backend_name=backend, started_at__lt=now - datetime.timedelta(seconds=seconds)
        )
        for task_id, path in stalled.values_list("id", "task_path"):
            logger.error("task stalled, marked failed", extra={"task": path, "task_id": str(task_id)})
        failed += stalled.update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path="core.tasks.WorkerStopped",
            traceback=STOPPED,
        )
    return failed
