"""Fault: the exports worker killed (SIGKILL) twice mid-export while it writes a queue of exports (XLSX, SPSS and
the evaluation bundle, as the export page starts them) of the demo's participants' series grown to tens of
thousands of responses, then a worker left to finish, the schedule's sweep (core.tasks) and the export page's
(results.exporting.mark_stalled) as they will run later, and each failed export tried again as staff try it.
Wanted: no task or export left running or waiting, each killed one failed (not run again by itself), every
export asked for written in the end, and every written file readable (openpyxl, pyreadstat, zipfile).

    DATABASE_URL=postgres://…/postgres python -m tests.faults.kill_export_worker"""

import os
import signal
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import psycopg
import pyreadstat

from tests.faults.harness import task_worker
from tests.stack import fresh_database, manage, production_env

COPIES = 200  # each submitted response of the series this many times more: some 78,000 in three rounds
KILL_AT = [4000, 30000]  # rows written by the export being written when the worker is killed, each time
EXPORTS = [("xlsx", "codes"), ("zip", "labels"), ("sav", "codes"), ("xlsx", "labels"), ("sav", "labels")]
GROW = f"""
from django.db import connection
from surveys.models import SurveyPage
surveys = list(SurveyPage.objects.filter(audience="participants").values_list("pk", flat=True))
with connection.cursor() as cursor:
    cursor.execute(
        "CREATE TEMP TABLE copies AS SELECT nextval(pg_get_serial_sequence('surveys_surveyresponse', 'id')) AS id, "
        "r.id AS source FROM surveys_surveyresponse r, generate_series(1, {COPIES}) "
        "WHERE r.survey_id = ANY(%s) AND r.status = 'submitted'", [surveys])
    cursor.execute(
        "INSERT INTO surveys_surveyresponse (id, survey_id, revision_id, language, status, draft, step_versions, "
        "submitted_on, submitted_by, submitted_at) SELECT c.id, r.survey_id, r.revision_id, r.language, r.status, "
        "'{{}}', '{{}}', r.submitted_on, '', r.submitted_at FROM copies c "
        "JOIN surveys_surveyresponse r ON r.id = c.source")
    responses = cursor.rowcount
    cursor.execute(
        "INSERT INTO surveys_answer (response_id, question, choice, number, text, date) SELECT c.id, a.question, "
        "a.choice, a.number, a.text, a.date FROM copies c JOIN surveys_answer a ON a.response_id = c.source")
    print(responses, cursor.rowcount)
    cursor.execute("ANALYZE")
"""
QUEUE = f"""
from django.contrib.auth import get_user_model
from results import exporting
from surveys.models import SurveyPage
user = get_user_model().objects.create_superuser("faults", "faults@example.fi", None)
survey = SurveyPage.objects.get(audience="participants", round_year=2026, locale__language_code="fi")
for format, values in {EXPORTS!r}:
    exporting.start(user, survey, format, values, "fi", {{}})  # as the export page does
"""
SWEEP = """
import datetime
from unittest import mock
from django.conf import settings
from django.utils import timezone
from core.tasks import fail_stalled_tasks
from results.exporting import mark_stalled
later = timezone.now() + datetime.timedelta(seconds=max(settings.TASK_STALLED_AFTER.values()) + 60)
with mock.patch("django.utils.timezone.now", return_value=later):  # as the schedule and the export page will, later
    print(fail_stalled_tasks(later), mark_stalled())
"""
RETRY = """
from results import exporting
from results.models import Export
for export in Export.objects.filter(state="failed"):
    exporting.again(export)  # as the export's "try again" does
"""
TASKS = "SELECT {} FROM django_tasks_database_dbtaskresult WHERE backend_name = 'exports'"
EXPORT_ROWS = "SELECT id, format, values, state, rows, total, file_name, error FROM results_export ORDER BY id"


def running_export(database, rows):
    """(id, format, rows, total) of the export being written, once it has written `rows` rows; None before."""
    with psycopg.connect(database) as conn:
        return conn.execute(
            "SELECT id, format, rows, total FROM results_export WHERE state = 'running' AND rows >= %s", [rows]
        ).fetchone()


def readable(path, format, total):
    """Whether the file at `path` opens with a reader of its own and holds the export's rows."""
    try:
        if format == "xlsx":
            return openpyxl.load_workbook(path, read_only=True).worksheets[0].max_row == total + 1  # and the header
        if format == "sav":
            return pyreadstat.read_sav(str(path), metadataonly=True)[1].number_rows == total
        with zipfile.ZipFile(path) as bundle:
            names = bundle.namelist()
            kinds = {Path(name).suffix for name in names}
            return bundle.testzip() is None and "README.txt" in names and {".xlsx", ".csv", ".sav"} <= kinds
    except Exception as error:
        print(f"  UNREADABLE {path.name}: {type(error).__name__}: {error}")
        return False


def main():
    with (
        tempfile.TemporaryDirectory(prefix="faults-exports-") as directory,
        fresh_database("faults_exports") as database,
    ):
        exports_root = Path(directory)
        env = production_env(database, EXPORT_ROOT=str(exports_root), LOG_LEVEL="WARNING")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo")
        responses, answers = map(int, manage(env, "shell", "-c", GROW).split()[-2:])
        manage(env, "shell", "-c", QUEUE)
        killed = []
        for rows in KILL_AT:
            running = task_worker(env, "exports")
            end, found = time.monotonic() + 300, None
            while found is None and time.monotonic() < end and running.poll() is None:
                time.sleep(0.2)
                found = running_export(database, rows)
            os.kill(running.pid, signal.SIGKILL)  # mid-export: past its first rows, short of its last
            running.wait()
            if found:
                killed.append(found)
        task_worker(env, "exports", "--batch").wait(timeout=600)  # the rest, until the queue is empty
        with psycopg.connect(database) as conn:
            after_kill = Counter(dict(conn.execute(TASKS.format("status, count(*)") + " GROUP BY 1")))
        swept_tasks, swept_exports = map(int, manage(env, "shell", "-c", SWEEP).split()[-2:])
        with psycopg.connect(database) as conn:
            killed_tasks = Counter(
                status
                for (status,) in conn.execute(
                    TASKS.format("status") + " AND (args_kwargs->'args'->>0)::int = ANY(%s)", [[k[0] for k in killed]]
                )
            )
        manage(env, "shell", "-c", RETRY)
        task_worker(env, "exports", "--batch").wait(timeout=600)  # the exports tried again
        with psycopg.connect(database) as conn:
            tasks = Counter(dict(conn.execute(TASKS.format("status, count(*)") + " GROUP BY 1")))
            records = conn.execute(EXPORT_ROWS).fetchall()
        done = [(i, f, v, total, name) for i, f, v, state, _r, total, name, _e in records if state == "done"]
        good = {(f, v) for _i, f, v, total, name in done if readable(exports_root / name, f, total)}
    states = Counter(state for _id, _f, _v, state, *_rest in records)
    unreadable = len(done) - len(good)
    stuck = tasks["READY"] + tasks["RUNNING"] + states["queued"] + states["running"]
    killed_ids = {k[0] for k in killed}
    unkilled_failures = [
        (i, f, e) for i, f, _v, state, _r, _t, _n, e in records if state == "failed" and i not in killed_ids
    ]
    print(
        f"\nthe exports worker killed {len(KILL_AT)} times while writing {len(EXPORTS)} exports of {responses:,} "
        f"more responses ({answers:,} answers), then a worker to the end, the sweep, and the failed ones tried again"
    )
    for export_id, format, rows, total in killed:
        print(f"  killed mid-export: export {export_id} ({format}), {rows:,} of {total:,} rows written")
    print(f"  tasks, the queue done: {dict(after_kill)} ({swept_tasks} stalled, marked failed by the sweep)")
    print(f"  killed exports' tasks: {dict(killed_tasks)}; their records marked failed by the page: {swept_exports}")
    print(f"  in the end: tasks {dict(tasks)}, exports {dict(states)}")
    for export_id, format, error in unkilled_failures:
        print(f"  FAILED WITHOUT A KILL: export {export_id} ({format}): {error}")
    print(f"  asked for: {len(EXPORTS)}   written and readable: {len(good)}   unreadable: {unreadable}")
    print(f"  left running or waiting: {stuck}")
    ok = (
        len(killed) == len(KILL_AT)
        and killed_tasks == Counter(FAILED=len(killed))
        and swept_exports == len(killed)
        and not stuck
        and not unreadable
        and not unkilled_failures
        and good == set(EXPORTS)
    )
    if len(killed) < len(KILL_AT):
        print("  NOT KILLED MID-EXPORT: an export finished before it had written the rows to be killed at")
    print(f"  {'every export failed or written, none stuck, every file readable' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
