"""What the fault scripts share (`make faults`; outside the test suite and its time budget): the production stack
on a database of the script's own, a bounded load of participants' and municipalities' submissions, each
carrying a mark of its own in an open answer, and the count at the end: what was sent, what the service
acknowledged (the redirect to the thank-you page), what is in the database. A loss (acknowledged, not stored)
or a duplicate (stored twice) fails the script."""

import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from urllib.parse import urljoin

import psycopg

from tests.stack import ROOT, answered, forms, free_port, manage, production_env

INVITE = """
from reference.models import Municipality
from surveys.models import Invitation, SurveyPage
survey = SurveyPage.objects.get(audience="municipalities", round_year=2026, locale__language_code="fi")
Invitation.objects.filter(survey=survey).delete()
for municipality in Municipality.objects.filter(years__year=2026).order_by("code")[:{count}]:
    invitation, token = Invitation.create(survey, municipality, "kirjaamo@example.fi")
    print("link", survey.url + "i/" + token + "/")
print("participants", SurveyPage.objects.get(audience="participants", round_year=2026, locale__language_code="fi").url)
"""


def task_worker(env, backend, *args):
    """A django-tasks database worker for `backend` ("emails", "exports"), started at once, its output dropped."""
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", backend, "--no-startup-delay", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def prepare(database_url, env_extra=None, municipalities=60):
    """Migrate and load the demo into `database_url`; returns (participants' survey path, invitation links)."""
    env = production_env(database_url, **(env_extra or {}))
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage({**env, "LOG_LEVEL": "WARNING"}, "load_demo")
    said = manage(env, "shell", "-c", INVITE.format(count=municipalities)).split("\n")
    links = [line.split()[1] for line in said if line.startswith("link ")]
    participants = next(line.split()[1] for line in said if line.startswith("participants "))
    return participants, links


class Server:
    """gunicorn on the production settings, served over plain HTTP on this machine (no proxy)."""

    def __init__(self, database_url, workers=3, **env_extra):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = production_env(
            database_url, SECURE_SSL_REDIRECT="false", TRUSTED_PROXIES="0", WEB_CONCURRENCY=str(workers), **env_extra
        )  # static files from the checkout's staticfiles/, collected by prepare()
        self.log = open(f"/tmp/faults-gunicorn-{self.port}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "site/config/gunicorn.py"],
            cwd=ROOT,
            env={**env, "PORT": str(self.port)},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def workers(self):
        """The pids of gunicorn's workers (the master's children)."""
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = open(f"/proc/{entry}/stat").read()  # noqa: SIM115
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    found.append(int(entry))
        return found

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def session():
    """A client that, as browsers do for http://127.0.0.1 (a potentially trustworthy origin), sends the
    production settings' Secure session and CSRF cookies back over plain HTTP."""
    import requests

    class Browser(requests.Session):
        def prepare_request(self, request):
            for cookie in self.cookies:
                cookie.secure = False
            return super().prepare_request(request)

    s = Browser()
    s.trust_env = False
    return s


def _step(response):
    match = re.search(r'name="[\w-]+-current_step" value="([\w-]+)"', response.text)
    return match.group(1) if match else None


def submit(base, start, mark):
    """Walk a survey from `start` answering every step (the open answers carry `mark`) and send it. Returns
    "acknowledged" (the send was answered with the redirect to the thank-you page), or what went wrong."""
    s = session()
    try:
        page = s.get(urljoin(base, start), timeout=30)
        if page.status_code == 200 and _step(page) is None:  # a survey's front page: its start link
            begin = re.search(r'href="([^"]*answer/)"', page.text)
            page = s.get(urljoin(page.url, begin.group(1)), timeout=30) if begin else page
        for _i in range(12):
            if page.status_code != 200:
                return f"HTTP {page.status_code}"
            step = _step(page)
            if step is None:
                return "no step"
            form = next(f for f in forms(page.text) if any(n.endswith("-current_step") for n, _v in f["fields"]))
            target = urljoin(page.url, form["action"] or page.url)
            sent = s.post(
                target, data=answered(form, mark), headers={"Referer": page.url}, allow_redirects=False, timeout=30
            )
            if step == "review":
                done = sent.status_code == 302 and re.search(r"/(done|thanks)/", sent.headers.get("Location", ""))
                return "acknowledged" if done else f"send: HTTP {sent.status_code}"
            if sent.status_code != 302:
                return f"step {step}: HTTP {sent.status_code}"
            page = s.get(urljoin(target, sent.headers["Location"]), timeout=30)
        return "too many steps"
    except Exception as error:  # a connection cut by the fault: the submission is not acknowledged
        return type(error).__name__


class Load:
    """Participants submitting in `threads` threads until stopped, and each invited municipality once."""

    def __init__(self, base, participants, links, threads=4):
        self.base, self.participants, self.links, self.threads = base, participants, list(links), threads
        self.outcomes, self.lock, self.stopping = {}, threading.Lock(), threading.Event()

    def _run(self, number):
        while not self.stopping.is_set():
            with self.lock:
                link = self.links.pop() if self.links and number % 2 else None
            mark = f"fault-{uuid.uuid4().hex}"
            outcome = submit(self.base, link or self.participants, mark)
            with self.lock:
                self.outcomes[mark] = ("municipality" if link else "participant", outcome)

    def start(self):
        self.workers = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(self.threads)]
        for worker in self.workers:
            worker.start()

    def stop(self):
        self.stopping.set()
        for worker in self.workers:
            worker.join(timeout=120)


def stored_marks(database_url):
    """{mark: how many submitted responses carry it}."""
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT DISTINCT a.response_id, a.text FROM surveys_answer a JOIN surveys_surveyresponse r "
            "ON r.id = a.response_id WHERE r.status = 'submitted' AND a.text LIKE 'fault-%%'"
        ).fetchall()
    return Counter(text for _response, text in rows)


def report(name, load, database_url):
    """Print what was sent, acknowledged and stored; returns the exit status (1 on a loss or a duplicate)."""
    stored = stored_marks(database_url)
    acknowledged = {mark for mark, (_kind, outcome) in load.outcomes.items() if outcome == "acknowledged"}
    lost = sorted(acknowledged - set(stored))
    duplicated = sorted(mark for mark, n in stored.items() if n > 1)
    unknown = sorted(set(stored) - set(load.outcomes))
    failures = Counter(outcome for _kind, outcome in load.outcomes.values() if outcome != "acknowledged")
    kinds = Counter(kind for mark, (kind, _o) in load.outcomes.items() if mark in acknowledged)
    print(f"\n{name}")
    print(f"  sent:         {len(load.outcomes)}")
    who = f"{kinds['participant']} participants, {kinds['municipality']} municipalities"
    print(f"  acknowledged: {len(acknowledged)} ({who})")
    print(f"  not acknowledged: {sum(failures.values())} {dict(failures) if failures else ''}")
    print(f"  in the database: {len(stored)} (of them not acknowledged: {len(set(stored) - acknowledged)})")
    print(f"  lost: {len(lost)}   duplicated: {len(duplicated)}   stored but never sent: {len(unknown)}")
    for mark in lost[:10]:
        print("  LOST", mark, load.outcomes[mark][0])
    ok = not lost and not duplicated and not unknown and acknowledged
    print(f"  {'no loss' if ok else 'FAILED'}")
    return 0 if ok else 1


def wait_until(check, seconds, step=0.1):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(step)
    return False


class Probe:
    """Requests to a few addresses in turn, every `interval` seconds, each recorded as (time sent, name, status,
    Retry-After, content type), for what the service answered before, during and after a fault. An address
    with {n} is new each time (a search no cache has seen)."""

    def __init__(self, base, paths, interval=0.2):
        self.base, self.paths, self.interval = base, paths, interval
        self.seen, self.stopping = [], threading.Event()

    def _run(self):
        s = session()
        n = 0
        while not self.stopping.is_set():
            for name, path in self.paths.items():
                sent, n = time.monotonic(), n + 1
                try:
                    r = s.get(self.base + path.format(n=n), timeout=10, allow_redirects=False)
                    answer = (r.status_code, r.headers.get("Retry-After"), r.headers.get("Content-Type", ""))
                except Exception as error:
                    answer = (type(error).__name__, None, "")
                self.seen.append((sent, name, *answer))
            time.sleep(self.interval)

    def start(self):
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def stop(self):
        self.stopping.set()
        self.thread.join(timeout=30)

    def between(self, start, end):
        return [entry for entry in self.seen if start <= entry[0] < end]


def served(status):
    return isinstance(status, int) and status < 400


def first_good_after(probe, moment):
    """Seconds from `moment` to the first probe after which every address answered (a 200, or a redirect)."""
    for sent, _name, status, *_rest in probe.seen:
        if sent >= moment and served(status) and all(served(s) for t, _n, s, *_r in probe.seen if t >= sent):
            return sent - moment
    return None


def print_recovery(probe, moment, what):
    """Print how soon after `moment` (when `what` was back) every address answered again; returns the seconds."""
    recovered = first_good_after(probe, moment)
    if recovered is None:
        print("  never answering again")
    else:
        print(f"  every address answering again {recovered:.2f} s after {what} was back")
    return recovered


def print_checks(checks):
    """Print each {description: passed} and return whether all passed."""
    for name, ok in checks.items():
        print(f"  {'ok ' if ok else 'NOT'} {name}")
    return all(checks.values())


def summary(entries):
    """{name: Counter of statuses} of probe entries."""
    found = {}
    for _sent, name, status, _retry, _kind in entries:
        found.setdefault(name, Counter())[status] += 1
    return {name: dict(counts) for name, counts in found.items()}
