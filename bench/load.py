"""The load test (issue 15): the production stack as `make serve-prod` brings it up (scripts/serve_prod.sh:
gunicorn, the workers, the schedule, on PostgreSQL and Redis) under locust, run from a second process on
loopback for LOAD_SECONDS (5 minutes by default) with bench/locustfile.py's mix: 90% cached page reads, 8% survey
steps, 2% submits. Prints the requests, errors and p50/p95/p99 of each kind (wanted: no error), and the memory
of each gunicorn worker after the load."""

import csv
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USERS = int(os.environ.get("LOAD_USERS", 30))


def _memory_mb(pid):
    for line in open(f"/proc/{pid}/status"):  # noqa: SIM115
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _gunicorn_workers():
    """(pid, RSS MB) of the gunicorn workers serving the load (a gunicorn master's children)."""
    processes = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            command = open(f"/proc/{entry}/cmdline", "rb").read().split(b"\0")  # noqa: SIM115
            parent = int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1])  # noqa: SIM115
        except OSError:
            continue
        if not command[0].endswith(b"sh") and any(b"gunicorn" in part for part in command[:3]):
            processes[int(entry)] = parent
    masters = {pid for pid, parent in processes.items() if parent not in processes}
    return [(pid, _memory_mb(pid)) for pid, parent in processes.items() if parent in masters]


def load_benchmark(report, database_url, seconds=None):
    from tests.stack import free_port, fresh_database, manage, production_env, wait_for

    seconds = seconds or int(os.environ.get("LOAD_SECONDS", 300))
    work = Path(tempfile.mkdtemp(prefix="kuntaan-load-"))
    os.environ.setdefault("DATABASE_URL", database_url)
    with fresh_database("load") as database:
        port = free_port()
        env = production_env(
            database,
            PORT=str(port),
            STATIC_ROOT=str(work / "static"),
            TRUSTED_PROXIES="1",  # locust's visitors come with the address a proxy passes on
            REDIS_URL=os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/6"),
            DJANGO_SUPERUSER_PASSWORD="load-test-only",
        )
        with open(work / "stack.log", "w") as log:
            stack = subprocess.Popen(["sh", "scripts/serve_prod.sh"], cwd=ROOT, env=env, stdout=log, stderr=log)
            try:
                url = f"http://127.0.0.1:{port}"
                wait_for(url + "/health/", seconds=300, process=stack)
                with_bench = {**env, "PYTHONPATH": str(ROOT / "bench")}
                survey = manage(with_bench, "shell", "-c", "from load_survey import create; create()").split()[-1]
                subprocess.run(
                    [sys.executable, "-m", "locust", "-f", "bench/locustfile.py", "--headless", "--only-summary"]
                    + ["-u", str(USERS), "-r", str(USERS), "-t", f"{seconds}s", "--host", url]
                    + ["--csv", str(work / "load"), "--loglevel", "WARNING"],
                    cwd=ROOT,
                    env={**os.environ, "LOAD_SURVEY": survey},
                    check=False,
                    capture_output=True,
                )
                workers = _gunicorn_workers()
            finally:
                stack.send_signal(signal.SIGTERM)
                stack.wait(timeout=60)
    rows = list(csv.DictReader(open(work / "load_stats.csv")))  # noqa: SIM115
    report(f"\nload test: {USERS} visitors for {seconds} s against `make serve-prod` (locust, a second process)")
    report(f"{'kind':<20} {'requests':>9} {'errors':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    errors, counts = 0, {}
    for row in rows:
        name = f"{row['Name']} ({row['Type']})" if row["Name"] != "Aggregated" else "all"
        errors += int(row["Failure Count"]) if name != "all" else 0
        counts[row["Name"]] = counts.get(row["Name"], 0) + int(row["Request Count"])
        report(
            f"{name:<20} {int(row['Request Count']):>9} {int(row['Failure Count']):>7} "
            f"{float(row['Requests/s']):>7.1f} {row['50%']:>7} {row['95%']:>7} {row['99%']:>7}"
        )
    total = counts.pop("Aggregated", 0) or 1
    report("mix: " + ", ".join(f"{100 * count / total:.1f}% {name}s" for name, count in counts.items()))
    # A task that raised (a page without the form it expected) is an exception to locust, not a failure: counted.
    crashed = list(csv.DictReader(open(work / "load_exceptions.csv")))  # noqa: SIM115
    errors += sum(int(row["Count"]) for row in crashed)
    for row in crashed[:3]:
        report(f"  exception x{row['Count']}: {row['Message'][:100]}")
    report(f"errors: {errors}, exceptions included (target 0)")
    memory = ", ".join(f"{mb:.0f}" for _pid, mb in sorted(workers))
    report(f"memory per gunicorn worker after the load (MB): {memory}")
    return errors


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    load_benchmark(print, os.environ["DATABASE_URL"], int(sys.argv[1]) if len(sys.argv) > 1 else None)
