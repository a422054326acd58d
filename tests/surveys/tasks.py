"""Running the queued e-mail tasks inside a test: what `db_worker --backend emails` does for each ready task
(claim, call, record the result), without the worker's own connection handling, which would close the test's
transaction on PostgreSQL."""

from django_tasks_db.models import DBTaskResult


def run_email_tasks():
    for result in DBTaskResult.objects.ready().filter(backend_name="emails"):
        result.claim("test-worker")
        args = result.args_kwargs
        result.set_successful(result.task.call(*args["args"], **args["kwargs"]))
