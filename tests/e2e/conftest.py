"""The real-browser harness: the site served by a real server process on its own database, loaded with the
demo content, and driven by Debian's headless Chromium through Playwright. Without the browser every test here
skips with the reason. Later issues add their flows with the `server` and `browser_page` fixtures."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As the machine's notes require: without these, Chromium tries networks that are closed here.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Playwright's event loop runs in the test thread; the tests here never touch the test database themselves.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url, env):
        self.url = url
        self.env = env

    def manage(self, *args):
        """Run a management command against the server's database (to set up a flow's data); a failure says
        what the command wrote on stderr."""
        done = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True
        )
        if done.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed ({done.returncode}): {done.stderr[-3000:]}")
        return done.stdout


def _database(tmp_path):
    """A database of the harness's own: a new PostgreSQL database beside the test one, or an SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return f"sqlite:///{tmp_path / 'e2e.sqlite3'}", lambda: None
    import psycopg

    parsed = urlparse(url)
    name = f"kuntaan_e2e_{os.getpid()}"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunparse(parsed._replace(path=f"/{name}")), drop


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: install the Debian packages chromium and chromium-driver")
    database_url, drop = _database(tmp_path_factory.mktemp("e2e"))
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        # uploads of its own: another worker's server writes the same demo images at the same time
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("e2e-media")),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
    }
    server = Server(f"http://127.0.0.1:{port}", env)
    server.manage("migrate", "--noinput")
    server.manage("load_demo")
    # The server logs every request on stderr: into a file, since a pipe nobody reads fills up after some
    # hundreds of requests and then blocks the server in the middle of whichever test comes next.
    log = tmp_path_factory.mktemp("e2e-server") / "runserver.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--nothreading"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{server.url}/fi/", timeout=5)
                break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr = log.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"the server did not start: {stderr}") from exc
                time.sleep(0.3)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
        drop()


@pytest.fixture(scope="session")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
