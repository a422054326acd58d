"""Fault: the e-mail worker killed (SIGKILL) twice while it sends a queue of e-mails through SMTP (a sink this
script runs), then a worker left to finish, and the schedule's sweep (core.tasks). Wanted: no task left running,
no message sent twice, and every task that finished with a message that arrived. A task whose worker died
mid-way ends failed, not retried: its message went out once or not at all, never twice.

    DATABASE_URL=postgres://… python -m tests.faults.kill_task_worker"""

import os
import signal
import socketserver
import sys
import threading
import time
from collections import Counter

import psycopg

from tests.faults.harness import task_worker
from tests.stack import free_port, fresh_database, manage, production_env

MESSAGES = 300
QUEUE = f"""
from surveys.emails import send_survey_email
for n in range({MESSAGES}):
    send_survey_email.enqueue("receipt", [f"kirjaamo{{n}}@example.fi"], [("fi", {{"municipality": f"Kunta {{n}}"}})])
"""
SWEEP = """
import datetime
from django.utils import timezone
from core.tasks import fail_stalled_tasks
print(fail_stalled_tasks(timezone.now() + datetime.timedelta(hours=1)))  # as the schedule will, later
"""


class Sink(socketserver.ThreadingTCPServer):
    """An SMTP server that accepts every message and keeps its recipients."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, port):
        self.received = Counter()
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", port), _Session)


class _Session(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink\r\n")
        recipients = []
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip()
            verb = command[:4].upper()
            if verb in ("HELO", "EHLO"):
                self.wfile.write(b"250 sink\r\n")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self.wfile.write(b"250 ok\r\n")
            elif verb == "DATA":
                self.wfile.write(b"354 go on\r\n")
                while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                    pass
                with self.server.lock:
                    self.server.received.update(recipients)
                recipients = []
                self.wfile.write(b"250 queued\r\n")
            elif verb == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


def main():
    port = free_port()
    sink = Sink(port)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    with fresh_database("faults_tasks") as database:
        env = production_env(database, EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(port), LOG_LEVEL="WARNING")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "shell", "-c", QUEUE)
        kills = 0
        for _i in range(2):
            running = task_worker(env, "emails")
            time.sleep(1.5)
            os.kill(running.pid, signal.SIGKILL)  # mid-queue, most likely mid-message
            running.wait()
            kills += 1
        task_worker(env, "emails", "--batch").wait(timeout=300)  # the rest, until the queue is empty
        swept = int(manage(env, "shell", "-c", SWEEP).split()[-1])
        with psycopg.connect(database) as conn:
            states = Counter(
                dict(conn.execute("SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY 1"))
            )
            done = {
                row[0].strip("[]\"'")
                for row in conn.execute(
                    "SELECT args_kwargs->'args'->1->>0 FROM django_tasks_database_dbtaskresult "
                    "WHERE status = 'SUCCESSFUL'"
                )
            }
    sink.shutdown()
    twice = [recipient for recipient, n in sink.received.items() if n > 1]
    missing = sorted(done - set(sink.received))
    print(f"\nthe e-mail worker killed {kills} times while sending {MESSAGES} e-mails, then a worker to the end")
    print(f"  tasks: {dict(states)} ({swept} stalled, marked failed by the sweep)")
    print(f"  messages received: {sum(sink.received.values())} to {len(sink.received)} recipients")
    print(
        f"  sent twice: {len(twice)}   finished but never received: {len(missing)}   left running: "
        f"{states.get('RUNNING', 0)}"
    )
    ok = not twice and not missing and not states.get("RUNNING") and states.get("SUCCESSFUL")
    print(f"  {'no e-mail twice, none stuck' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
