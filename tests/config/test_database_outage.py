"""The service without its database (issue 15), served by a real gunicorn whose PostgreSQL is out of reach: the
health endpoint says so with a 503 that names no host; pages answer 503 with Retry-After and a page that needs no
database; the API answers with JSON, not the HTML page."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOWHERE = "postgres://postgres@127.0.0.1:9/kuntaan_nowhere"  # the discard port: nothing answers there


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def without_database():
    port = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": NOWHERE}
    env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "gunicorn", "--pythonpath", "site", "config.wsgi:application"]
    server = subprocess.Popen(
        [*command, "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_health_says_the_database_is_out_of_reach_and_nothing_more(without_database):
    status, _headers, body = fetch(without_database + "/health/")
    assert status == 503
    answer = json.loads(body)
    assert answer["status"] == "unavailable" and answer["checks"]["database"]["state"] == "failing"
    assert "kuntaan_nowhere" not in body and "127.0.0.1" not in body and "postgres" not in body


def test_a_page_is_a_503_with_retry_after_on_a_page_that_needs_no_database(without_database):
    status, headers, body = fetch(without_database + "/fi/")
    assert status == 503 and int(headers["Retry-After"]) > 0
    assert "Palvelu on tilapäisesti poissa käytöstä" in body and "temporarily unavailable" in body


def test_the_api_answers_with_json(without_database):
    status, headers, body = fetch(without_database + "/api/v2/pages/")
    assert status == 503 and headers["Content-Type"] == "application/json" and "Retry-After" in headers
    assert "error" in json.loads(body)
