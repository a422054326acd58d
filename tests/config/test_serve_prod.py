"""`make serve-prod` (scripts/serve_prod.sh) brings up the production stack on one command: static files,
migrations, then gunicorn, the two task workers and the scheduled jobs under honcho (the Procfile), healthy on
PostgreSQL and Redis; and stops all of it on one signal."""

import json
import os
import signal
import subprocess
import urllib.request

from tests.stack import ROOT, flush_redis, free_port, fresh_database, production_env, require, wait_for


def test_serve_prod_brings_up_the_whole_stack_and_stops_it(tmp_path):
    require("honcho")
    flush_redis()
    with fresh_database("serve") as database:
        port = free_port()
        env = production_env(
            database, PORT=str(port), DEMO="0", WEB_CONCURRENCY="2", STATIC_ROOT=str(tmp_path / "static")
        )
        output = tmp_path / "serve-prod.log"
        with output.open("w") as log:
            stack = subprocess.Popen(
                ["sh", "scripts/serve_prod.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
            )
            try:
                wait_for(f"http://127.0.0.1:{port}/health/", seconds=240, process=stack)
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/") as response:
                    health = json.loads(response.read())
                # whitenoise serves the collected static files, for a year under their hashed names
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/css/site.css") as response:
                    assert response.status == 200 and b"{" in response.read()
                wait_for_line(output, "schedule: publish_scheduled ran")
            finally:
                stack.send_signal(signal.SIGTERM)  # honcho passes it on to every process
                stack.wait(timeout=60)
    said = output.read_text()
    assert health["status"] == "ok"
    assert {name: check["state"] for name, check in health["checks"].items()} == {
        "database": "ok",
        "migrations": "ok",
        "tasks": "ok",
        "cache:default": "ok",
        "cache:sessions": "ok",
    }
    for process in ("web.1", "emails.1", "exports.1", "schedule.1"):
        assert f"{process} started" in said and f"{process} stopped" in said, process
    assert "Listening at: http://127.0.0.1:" in said
    assert _running_with(database) == [], "a process of the stack outlived it"


def wait_for_line(path, text, seconds=60):
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if text in path.read_text():
            return
        time.sleep(0.3)
    raise AssertionError(f"no line with {text!r} in {seconds} s:\n{path.read_text()[-3000:]}")


def _running_with(database):
    """The processes whose environment names `database` (only the stack's own were given it)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid():
            try:
                environment = open(f"/proc/{entry}/environ", "rb").read()  # noqa: SIM115
            except OSError:
                continue
            if f"DATABASE_URL={database}".encode() in environment:
                found.append(int(entry))
    return found
