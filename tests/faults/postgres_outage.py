"""Fault: PostgreSQL restarted, then stopped for 30 s, under a bounded load of submissions, on a cluster this
script starts for itself (never the machine's shared one). Wanted: errors only while it is down and never a false
success (no acknowledged submission lost); while it is down, a cached page still served, other pages a 503 with
Retry-After, the API a JSON 503; after it is back, no failure, and the service answering within 5 s.

    DATABASE_URL=postgres://… python -m tests.faults.postgres_outage   (DATABASE_URL only says PostgreSQL is here)"""

import contextlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from tests.faults.harness import (
    Load,
    Probe,
    Server,
    prepare,
    print_checks,
    print_recovery,
    report,
    summary,
    wait_until,
)
from tests.stack import flush_redis, free_port, wait_for

BIN = Path("/usr/lib/postgresql") / sorted(os.listdir("/usr/lib/postgresql"))[-1] / "bin"
PATHS = {"cached page": "/fi/", "page": "/fi/search/?q=kunta{n}", "API": "/api/v2/pages/?limit=1"}
BACK_WITHIN = 5


class Cluster:
    """A PostgreSQL cluster of the script's own in a temporary directory (as the postgres user when run as root,
    since PostgreSQL refuses to run as root)."""

    def __init__(self):
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="kuntaan-pg-"))
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            user = pwd.getpwnam("postgres")
            os.chown(self.directory, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", self.directory / "data", "-A", "trust", "-U", "postgres", "--no-sync")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/kuntaan"
        self.start()
        with psycopg.connect(f"postgres://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE kuntaan")

    def _run(self, program, *args):
        subprocess.run([*self.as_user, BIN / program, *map(str, args)], check=True, capture_output=True)

    def _ctl(self, *args):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", self.directory / "data", "-l", self.directory / "log", "-o", options, "-w", *args)

    def start(self):
        self._ctl("start")

    def stop(self):
        self._ctl("stop", "-m", "fast")

    def restart(self):
        self._ctl("restart", "-m", "fast")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


def main():
    cluster = Cluster()
    server = None
    status = 1
    try:
        flush_redis()
        participants, links = prepare(cluster.url)
        server = Server(cluster.url, workers=3)
        wait_for(server.url + "/health/", process=server.process)
        load = Load(server.url, participants, links, threads=3)
        probe = Probe(server.url, PATHS)
        probe.start()
        load.start()
        time.sleep(5)

        restarted_at = time.monotonic()
        cluster.restart()
        up_at = time.monotonic()
        time.sleep(8)

        stopped_at = time.monotonic()
        cluster.stop()
        time.sleep(30)
        cluster.start()
        back_at = time.monotonic()
        wait_until(lambda: probe.between(back_at + BACK_WITHIN + 3, 1e12), 30)
        load.stop()
        probe.stop()

        print(f"\nPostgreSQL restarted (down {up_at - restarted_at:.1f} s), then stopped for 30 s")
        print("  before:", summary(probe.between(0, restarted_at - 1)))
        print("  sent in the second before the restart or during it:", summary(probe.between(restarted_at - 1, up_at)))
        # A request sent in the second before a fault may be cut off by it: counted with the fault, not before it.
        print("  after the restart:", summary(probe.between(up_at, stopped_at - 1)))
        during = probe.between(stopped_at + 0.5, back_at - 0.5)
        print("  while stopped:", summary(during))
        print("  after it was back:", summary(probe.between(back_at, 1e12)))
        recovered = print_recovery(probe, back_at, "PostgreSQL")
        failures_after_restart = [e for e in probe.between(up_at, stopped_at - 1) if e[2] != 200]
        late_failures = [e for e in probe.between(back_at + BACK_WITHIN, 1e12) if e[2] != 200]
        down_ok = all(
            (name == "cached page" and status == 200) or (name != "cached page" and status == 503 and retry)
            for _t, name, status, retry, _kind in during
        )
        api_json = all(kind.startswith("application/json") for _t, name, _s, _r, kind in during if name == "API")
        checks = {
            "no failure after the restart": not failures_after_restart,
            f"back within {BACK_WITHIN} s of PostgreSQL": recovered is not None
            and recovered <= BACK_WITHIN
            and not late_failures,
            "while down: the cached page served, others 503 with Retry-After": down_ok and bool(during),
            "while down: the API answers JSON": api_json,
        }
        passed = print_checks(checks)
        status = report("postgres_outage", load, cluster.url) or int(not passed)
    finally:
        if server:
            server.stop()
        cluster.remove()
    return status


if __name__ == "__main__":
    sys.exit(main())
