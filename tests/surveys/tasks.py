"""Running queued tasks inside a test: what `db_worker --backend <name>` does for each ready task (claim, call,
record the result), without the worker's own connection handling, which would close the test's transaction on
PostgreSQL."""

from django_tasks_db.models import DBTaskResult


def run_tasks(backend):
    for result in DBTaskResult.objects.ready().filter(backend_name=backend):
        result.claim("test-worker")
        args = result.args_kwargs
        result.set_successful(result.task.call(*args["args"], **args["kwargs"]))


def run_email_tasks():
    run_tasks("emails")
