"""Fault: Redis stopped for 15 s and started again, under a bounded load of submissions, on a Redis server this
script starts for itself (with the append-only file production keeps). Wanted, as the trust issue decided: while
it is down, pages still served (uncached), a survey step that needs its session a 503 that says so (never a
500), no acknowledged submission lost; once it is back, everything answering again without a restart.

    DATABASE_URL=postgres://… python -m tests.faults.redis_outage"""

import subprocess
import sys
import tempfile
import time

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
from tests.stack import free_port, fresh_database, wait_for

PATHS = {
    "cached page": "/fi/",
    "page": "/fi/toimintaohjelma/",
    "survey start": "/fi/kyselyt/palaute-2026/answer/",
    "health": "/health/",
}
BACK_WITHIN = 10  # the cache is not asked for 5 s after a fault (core.cache.PAUSE_SECONDS)


class Redis:
    def __init__(self):
        self.port = free_port()
        self.directory = tempfile.mkdtemp(prefix="kuntaan-redis-")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", self.directory]
            + ["--appendonly", "yes", "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        import redis

        wait_until(lambda: _pings(redis.Redis.from_url(self.url)), 10)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def _pings(client):
    try:
        return client.ping()
    except Exception:
        return False


def main():
    redis_server = Redis()
    server = None
    status = 1
    try:
        with fresh_database("faults_redis") as database:
            participants, links = prepare(database, {"REDIS_URL": redis_server.url})
            server = Server(database, workers=3, REDIS_URL=redis_server.url)
            wait_for(server.url + "/health/", process=server.process)
            probe = Probe(server.url, PATHS)
            load = Load(server.url, participants, links, threads=3)
            probe.start()
            load.start()
            time.sleep(5)
            stopped_at = time.monotonic()
            redis_server.stop()
            time.sleep(15)
            redis_server.start()
            back_at = time.monotonic()
            wait_until(lambda: probe.between(back_at + BACK_WITHIN + 3, 1e12), 30)
            load.stop()
            probe.stop()

            during = probe.between(stopped_at + 0.5, back_at - 0.5)
            print("\nRedis stopped for 15 s")
            print("  before:", summary(probe.between(0, stopped_at)))
            print("  while stopped:", summary(during))
            print("  after it was back:", summary(probe.between(back_at, 1e12)))
            recovered = print_recovery(probe, back_at, "Redis")
            wanted = {"cached page": {200}, "page": {200}, "survey start": {503}, "health": {200}}  # 302 when up
            checks = {
                "while down: pages served, a survey start a 503 (no 500)": bool(during)
                and all(status in wanted[name] for _t, name, status, *_r in during),
                f"back within {BACK_WITHIN} s of Redis": recovered is not None and recovered <= BACK_WITHIN,
            }
            passed = print_checks(checks)
            status = report("redis_outage", load, database) or int(not passed)
            server.stop()
            server = None
    finally:
        if server:
            server.stop()
        redis_server.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
