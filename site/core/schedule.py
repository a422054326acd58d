"""The scheduled jobs (settings.SCHEDULE: a management command, its arguments, how often), run by one process for
the whole deployment (`python manage.py run_schedule`, in the Procfile beside gunicorn and the task workers).

Every machine may run it: on PostgreSQL only the one holding an advisory lock runs the jobs, and another takes
over within a tick when that one stops (its connection closes, and the lock goes with it; for a machine lost
without closing it, once PostgreSQL's TCP keepalives notice: docs/deploy.md). A job that fails is
logged and tried again at its next time; a database out of reach ends the tick, and the next one reconnects."""

import logging
import time
from dataclasses import dataclass, field

from django.core.management import call_command
from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)
# pg_try_advisory_lock's key for the scheduler (any bigint; this one reads "kuntaan schedule").
LOCK = 0x6B756E7461616E


@dataclass
class Job:
    command: str
    arguments: list
    every: int  # seconds
    due: float = field(default=0.0)  # time.monotonic() of the next run: at once when the schedule starts

    def __str__(self):
        return " ".join([self.command, *self.arguments])


def jobs(schedule):
    return [Job(command, list(arguments), every) for command, arguments, every in schedule]


def leading():
    """Whether this process runs the jobs: on PostgreSQL, whether it holds (or now takes) the advisory lock;
    a session's lock is counted, so taking it again each tick while holding it changes nothing."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK])
        return cursor.fetchone()[0]


def tick(pending, now):
    """Run the jobs of `pending` that are due at `now` (if this process leads); returns the seconds until the
    next is due."""
    try:
        lead = leading()
    except DatabaseError:
        logger.warning("schedule: the database is out of reach; trying again")
        connection.close()
        return 5
    if not lead:
        return 5  # another process runs the jobs; take over if it stops
    for job in pending:
        if job.due > now:
            continue
        job.due = now + job.every
        started = time.monotonic()
        try:
            call_command(job.command, *job.arguments, verbosity=0)
        except Exception:
            logger.exception("schedule: %s failed", job)
            if connection.connection is not None and not connection.is_usable():
                # A broken connection is not reused; closed, it took the lock with it, so this tick ends here
                # and the next one takes the lock again before running anything.
                connection.close()
                return 5
        else:
            logger.info("schedule: %s ran in %.1f s", job, time.monotonic() - started)
    return max(0.5, min(job.due for job in pending) - time.monotonic())
