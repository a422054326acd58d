"""Fault: SIGKILL of a gunicorn worker every few seconds under a bounded load of participants' and
municipalities' submissions. No acknowledged submission may be lost, none stored twice.

    DATABASE_URL=postgres://…/postgres python -m tests.faults.kill_worker [seconds]"""

import os
import random
import signal
import sys
import time

from tests.faults.harness import Load, Server, prepare, report
from tests.stack import fresh_database, wait_for


def main(seconds=60):
    with fresh_database("faults_kill") as database:
        participants, links = prepare(database)
        server = Server(database, workers=3)
        try:
            wait_for(server.url + "/health/", process=server.process)
            load = Load(server.url, participants, links, threads=4)
            load.start()
            kills, end = 0, time.monotonic() + seconds
            while time.monotonic() < end:
                time.sleep(random.uniform(1, 3))
                workers = server.workers()
                if workers:
                    os.kill(random.choice(workers), signal.SIGKILL)  # gunicorn starts another in its place
                    kills += 1
            load.stop()
        finally:
            server.stop()
        print(f"\nSIGKILL of a gunicorn worker (of 3), {kills} times in {seconds} s, under 4 submitting clients")
        return report("kill_worker", load, database)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 60))
