"""The health endpoint for load balancers and monitoring (`/health/`): each part the service depends on, with its
state, as JSON; 200 while the service can serve, 503 when it cannot (its database is out of reach, or the code
expects migrations that have not been applied). The shared cache being out of reach is reported but is not a 503:
pages and answers degrade without it (core.cache), and taking every server out of a load balancer because their
one Redis is down would help nobody. Nothing in the answer names a host, a user or an error's message."""

import time

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

PATH = "/health/"
OK, FAILING = "ok", "failing"
_migrated = False  # once every migration is applied, it stays so for the life of the process


def _timed(check):
    started = time.perf_counter()
    try:
        result = {"state": OK, **(check() or {})}
    except Exception as error:  # noqa: BLE001 - any failure is the part's state; its message could hold secrets
        result = {"state": FAILING, "error": type(error).__name__}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")


def _migrations():
    global _migrated
    if not _migrated:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        waiting = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if waiting:
            raise RuntimeError(f"{len(waiting)} migrations not applied")  # only its class name is shown
        _migrated = True


def _cache(alias):
    def check():
        cache = caches[alias]
        key = "kuntaan:health"
        value = str(time.time())
        cache.set(key, value, 30)
        if cache.get(key) != value:
            raise ConnectionError("the cache did not keep a value")

    return check


def _tasks():
    """The age of the oldest task waiting for a worker, over every database-backed task queue."""
    from django_tasks_db.models import DBTaskResult

    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    age = (timezone.now() - oldest).total_seconds() if oldest else 0
    limit = settings.HEALTH_TASK_WAIT_SECONDS
    return {"oldest_waiting_seconds": round(age), **({"state": "late"} if age > limit else {})}


class HealthMiddleware:
    """Answers /health/ before anything else runs (after the request log): before the host check, the HTTPS
    redirect and the page cache, which need the database or the host name a load balancer does not send."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return health(request) if request.path == PATH else self.get_response(request)


@never_cache
def health(request):
    checks = {"database": _timed(_database)}
    if checks["database"]["state"] == OK:
        checks["migrations"] = _timed(_migrations)
        checks["tasks"] = _timed(_tasks)
    for alias in settings.CACHES:
        checks[f"cache:{alias}"] = _timed(_cache(alias))
    serving = checks["database"]["state"] == OK and checks["migrations"]["state"] == OK
    return JsonResponse(
        {"status": "ok" if serving else "unavailable", "checks": checks}, status=200 if serving else 503
    )
