"""The production stack started by a test, as an operator starts it: a PostgreSQL database of the test's own,
processes under the production settings, and a real reverse proxy. Used by the tests of `make serve-prod` and
of scale-out; each skips, saying why, where a part is missing."""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
# Redis databases of their own (tests/redis.py takes 15, 14, … for the workers' caches)
REDIS_URL = f"redis://127.0.0.1:6379/{7 - _WORKER}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require(*programs):
    """Skip, saying what is missing, unless PostgreSQL, Redis and `programs` (on the PATH, in the virtual
    environment or in /usr/sbin) are all here."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("the production stack runs on PostgreSQL: set DATABASE_URL to one (CI does)")
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        pytest.skip("Redis is not running at 127.0.0.1:6379")
    for program in programs:
        here = [Path(sys.executable).parent / program, Path("/usr/sbin") / program]
        if not shutil.which(program) and not any(path.exists() for path in here):
            pytest.skip(f"{program} is not installed (Debian package {program}; .ci/run installs it)")


@contextmanager
def fresh_database(label):
    """The URL of a new, empty PostgreSQL database beside the test one, dropped afterwards."""
    import psycopg

    parsed = urlparse(os.environ["DATABASE_URL"])
    name = f"kuntaan_{label}_{os.getpid()}"
    admin = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(parsed._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(database_url, **extra):
    """The environment of a production process on this machine (README.md, Production); give it a STATIC_ROOT
    of its own and collect the static files there (the production storage serves only what it collected)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }
    env.pop("PYTEST_XDIST_WORKER", None)
    return env


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def manage(env, *args):
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed ({done.returncode}): {done.stderr[-3000:]}")
    return done.stdout


def wait_for(url, seconds=120, process=None, context=None):
    """Wait until `url` answers 200 (a process that ends first fails the wait, with what it said)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process ended ({process.returncode}) before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2, context=context) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.HTTPError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer 200 within {seconds} s")


class _Forms(HTMLParser):
    """The forms of a page: [{"action", "method", "fields": [(name, value)], "choices": {name: [values]},
    "kinds": {name: input type}}], for walking a survey over HTTP as a browser would."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self._select, self._textarea = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {"action": attrs.get("action", ""), "method": attrs.get("method", "get"), "fields": [], "choices": {}}
            )
            self.forms[-1]["kinds"] = {}
            return
        if not self.forms:
            return
        form, name = self.forms[-1], attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            form["kinds"][name] = kind
            if kind in ("radio", "checkbox"):
                form["choices"].setdefault(name, []).append(attrs.get("value", "on"))
                if "checked" in attrs:
                    form["fields"].append((name, attrs.get("value", "on")))
            elif kind not in ("submit", "button", "image"):
                form["fields"].append((name, attrs.get("value", "")))
                if kind == "number":
                    form["choices"][name] = [attrs.get("min") or "1"]
        elif tag == "select" and name:
            self._select = name
            form["kinds"][name] = "select"
            form["choices"][name] = []
        elif tag == "option" and self._select:
            if attrs.get("value", ""):
                form["choices"][self._select].append(attrs["value"])
            if "selected" in attrs:
                form["fields"].append((self._select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = name
            form["kinds"][name] = "textarea"
            form["fields"].append((name, ""))

    def handle_data(self, data):
        if self._textarea and self.forms:
            name, value = self.forms[-1]["fields"][-1]
            self.forms[-1]["fields"][-1] = (name, value + data)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def forms(html):
    parser = _Forms()
    parser.feed(html)
    return parser.forms


def answered(form, text="Vastaus", number=None):
    """A survey step's form with every question answered as a person would: the first choice of each list,
    `number` or the smallest allowed, a date, a text; hidden fields (the step, the version, the CSRF token) as the
    page gives them; the honeypot field, which a person does not see, empty."""
    data = [(name, value) for name, value in form["fields"] if form["kinds"].get(name) == "hidden"]
    for name, kind in form["kinds"].items():
        if kind == "hidden" or name.endswith(("__other", "-website")) or name.startswith("csrf"):
            continue  # "other" left unticked; the honeypot a person does not see, left empty
        choices = form["choices"].get(name)
        if kind == "date":
            data.append((name, "2025-03-01"))
        elif kind == "number" and number is not None:
            data.append((name, str(number)))
        elif choices:
            data.append((name, choices[0]))
        elif kind in ("text", "textarea", "email"):
            data.append((name, text))
    return data
