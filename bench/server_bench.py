"""The server benchmark (issue 15): the site under gunicorn with the production settings, on PostgreSQL and Redis,
measured side by side with what it is compared with, in one run. Each comparison is a pair of measurements
taken in turn, ROUNDS times; the median ratio is printed with the lowest and highest, so that a busy moment of
the machine falls on both sides.

- A cached page against a hello-world Django project (bench/hello_world.py: no apps, no middleware) under the
  same gunicorn settings: the floor of Django under gunicorn.
- Each uncached page type against the same page type of the peer site (bench/pagepeer: Wagtail's tutorial site
  on `wagtail start`'s template, with the demo's content), served by the same gunicorn with the page cache off.
- The API's `fields=*` project listing against Wagtail's own pages endpoint listing the peer's posts.
- A survey step and the final submit against a bare view doing one SELECT and one INSERT (bench_urls), and the
  final submit against a submission of Wagtail's own form page asking the same questions (bench/formpeer).

Pages and the API are requested by wrk (Debian's package), four connections on one thread; the survey's posts,
which need a session each, by a small client of this file's, the same for the bare view. gunicorn runs two
workers (the machine's cores) and does not replace them every few thousand requests here, as it does in
production: at these rates that would be every second. Needs PostgreSQL (DATABASE_URL), Redis and wrk; says
what is missing otherwise."""

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from statistics import median
from urllib.parse import urlencode, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("SERVER_ROUNDS", 6))
SECONDS = 2
REDIS_URL = "redis://127.0.0.1:6379/3"
PEER = "peer.localhost"
SURVEY = "/fi/kyselyt/palaute-2026/answer/"
FORM = "application/x-www-form-urlencoded"
STEP = re.compile(r'name="[\w-]+-current_step" value="([\w-]+)"')
THANKS = "Thank you."  # bench/formpeer's thank-you page
POSTS = 150  # bare-view and step posts a round
SUBMITS = 40  # final submits a round, each from a participant of its own

OUR_PAGES = {
    "home": "/fi/",
    "standard": "/fi/toimintaohjelma/",
    "news index": "/en/news/",
    "news page": "/en/news/economic-development-centres-started/",
    "projects index": "/en/projects/",
    "project page": "/en/projects/neighbours-in-a-new-home-town/",
    "projects by tag": "/en/projects/?goal=placement",
}
OUR_API = "/api/v2/pages/?type=projects.ProjectPage&fields=*&locale=en"  # the 8 English project pages


def missing():
    """Why the benchmark cannot run here, or None."""
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return "it runs the production stack on PostgreSQL: set DATABASE_URL"
    if not shutil.which("wrk"):
        return "wrk is not installed (Debian package wrk)"
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return "Redis is not running at 127.0.0.1:6379"
    return None


def wrk(port, path, host=None, seconds=SECONDS):
    """Requests a second for `path`, from wrk; any answer but a 200 fails the benchmark."""
    command = ["wrk", "-t1", "-c4", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"]
    if host:
        command[1:1] = ["-H", f"Host: {host}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"{path} answered with errors: {out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def side_by_side(ours, reference):
    """Our median rate and the ratios of ours to the reference, over ROUNDS rounds measuring both in turn."""
    pairs = [(ours(), reference()) for _ in range(ROUNDS)]
    ratios = sorted(a / b for a, b in pairs)
    return f"{median(a for a, _ in pairs):>8.0f} {figures(ratios)}"


def figures(ratios):
    return f"{median(ratios):>6.2f}  {ratios[0]:.2f}-{ratios[-1]:.2f}"


@contextmanager
def gunicorn(env, *args):
    """A gunicorn with the site's settings (site/config/gunicorn.py), two workers, none replaced."""
    env = {**env, "WEB_CONCURRENCY": "2"}
    command = [sys.executable, "-m", "gunicorn", "-c", "site/config/gunicorn.py", "--max-requests", "0", *args]
    with open(Path(env["BENCH_WORK"]) / "gunicorn.log", "a") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
    try:
        from tests.stack import wait_for

        wait_for(f"http://127.0.0.1:{env['PORT']}{env.get('READY', '/health/')}", process=server)
        yield server
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


def uncached(port, path):
    """Whether `path`, asked twice, was rendered both times."""
    for _ in range(2):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:
            if response.headers.get("X-Cache") == "hit":
                return False
    return True


def workers_mb(server):
    """Resident memory of each of `server`'s workers, in MB."""
    children = open(f"/proc/{server.pid}/task/{server.pid}/children").read().split()  # noqa: SIM115
    sizes = []
    for pid in children:
        for line in open(f"/proc/{pid}/status"):  # noqa: SIM115
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def post(port, path, body=b"", headers=None):
    """The status of a form post, on a connection of its own (gunicorn closes each)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("POST", path, body, {"Content-Type": FORM, **(headers or {})})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def cookie_header(session):
    """The Cookie header of a requests session's cookies, for a post sent again and again without it."""
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in session.cookies)


def rate(requests, status=302, threads=2):
    """Requests a second for `requests` [(port, path, body, headers)] sent by `threads` threads; any answer but
    `status` (a redirect to the next step or the thanks) fails the benchmark."""
    queue, failures = list(requests), []
    lock = threading.Lock()

    def send():
        while True:
            with lock:
                if not queue:
                    return
                request = queue.pop()
            answered = post(*request)
            if answered != status:
                failures.append((request[1], answered))

    started = time.perf_counter()
    senders = [threading.Thread(target=send) for _ in range(threads)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    if failures:
        raise RuntimeError(f"{len(failures)} posts failed, such as {failures[0]}")
    return len(requests) / (time.perf_counter() - started)


class Participant:
    """A participant answering the survey over HTTP, from an address of their own, as a proxy passes it on."""

    def __init__(self, port, number):
        import requests

        self.port = port
        self.http = requests.Session()
        self.http.trust_env = False
        self.http.headers["X-Forwarded-For"] = f"10.9.{number // 250}.{number % 250 + 1}"
        started = self.request("GET", SURVEY)
        if started.status_code != 302:
            raise RuntimeError(f"{SURVEY} answered {started.status_code}, not the first step: {started.text[:300]}")
        self.page = self.request("GET", started.headers["Location"])

    def request(self, method, address, **kwargs):
        """As a browser on 127.0.0.1, which sends the production settings' Secure cookies over plain HTTP."""
        for cookie in self.http.cookies:
            cookie.secure = False
        return self.http.request(method, self.url(address), allow_redirects=False, **kwargs)

    def url(self, address):
        """`address` on this server: with the peer's site beside it, the site's links are absolute, to the
        demo site's own host and port."""
        return urljoin(f"http://127.0.0.1:{self.port}/", urlsplit(address)._replace(scheme="", netloc="").geturl())

    def step(self):
        return STEP.search(self.page.text).group(1)

    def pending_post(self):
        """(port, path, body, headers) of the post that answers the step the participant is on."""
        from tests.stack import answered, forms

        form = next(f for f in forms(self.page.text) if any(n.endswith("-current_step") for n, _ in f["fields"]))
        path = self.page.url.removeprefix(f"http://127.0.0.1:{self.port}")
        headers = {"Cookie": cookie_header(self.http), "X-Forwarded-For": self.http.headers["X-Forwarded-For"]}
        return (self.port, path, urlencode(answered(form, "Kuormitustesti")).encode(), headers)

    def until_review(self):
        while self.step() != "review":
            _port, path, body, _headers = self.pending_post()
            sent = self.request("POST", path, data=body, headers={"Content-Type": FORM})
            if sent.status_code != 302:
                raise RuntimeError(f"step {self.step()} answered {sent.status_code}: {sent.text[:2000]}")
            self.page = self.request("GET", sent.headers["Location"])
        return self


def form_submission(port, path):
    """(port, path, body, headers) of a submission of the Wagtail form page at `path`, every question answered
    as the participants answer the survey; posted again and again, each stored as a submission of its own."""
    import requests

    from tests.stack import answered, forms

    browser = requests.Session()
    browser.trust_env = False
    page = browser.get(f"http://127.0.0.1:{port}{path}")
    page.raise_for_status()
    form = next(f for f in forms(page.text) if any(name == "csrfmiddlewaretoken" for name, _ in f["fields"]))
    body = urlencode(answered(form, "Kuormitustesti")).encode()
    headers = {"Cookie": cookie_header(browser)}
    thanked = browser.post(f"http://127.0.0.1:{port}{path}", data=body, headers={**headers, "Content-Type": FORM})
    if THANKS not in thanked.text:  # the form again, with its errors, is a 200 too
        raise RuntimeError(f"{path} did not take the answers: {thanked.text[:2000]}")
    return (port, path, body, headers)


def survey_pairs(port, report, form_path):
    """Survey step and final submit against the bare view, and the final submit against Wagtail's form page
    at `form_path`, in turn, ROUNDS times."""
    step = Participant(port, 9999).pending_post()  # the first step, posted again and again
    form = form_submission(port, form_path)
    ready = [Participant(port, number).until_review() for number in range(ROUNDS * SUBMITS)]
    rounds = []
    for number in range(ROUNDS):
        bare = rate([(port, "/bench/bare/", b"", {})] * POSTS, status=200)
        steps = rate([step] * POSTS)
        submits = rate([p.pending_post() for p in ready[number * SUBMITS : (number + 1) * SUBMITS]])
        wagtail = rate([form] * POSTS, status=200)  # Wagtail's form page answers with its thank-you page
        rounds.append((bare, steps / bare, submits / bare, submits / wagtail))
    for label, index, target in [("survey step", 1, 0.5), ("final submit", 2, 0.8)]:
        ratios = sorted(r[index] for r in rounds)
        report(f"{label:<34} {median(r[0] * r[index] for r in rounds):>8.0f} {figures(ratios)}  (>= {target})")
    report(f"{'bare view: 1 SELECT + 1 INSERT':<34} {median(r[0] for r in rounds):>8.0f}")
    ratios = sorted(r[3] for r in rounds)
    report(f"{'final submit, vs Wagtail form page':<34} {'':>8} {figures(ratios)}  (no target)  {form_path}")


def server_benchmarks(report, database_url):
    report("\nserver benchmark: gunicorn, production settings, PostgreSQL and Redis; ratios of the same run")
    if reason := missing():
        report(f"skipped: {reason}")
        return
    from tests.stack import free_port, fresh_database, production_env

    work = Path(tempfile.mkdtemp(prefix="kuntaan-server-bench-"))
    os.environ.setdefault("DATABASE_URL", database_url)
    with fresh_database("server") as database:
        port, hello_port = free_port(), free_port()
        env = production_env(
            database,
            DJANGO_SETTINGS_MODULE="server_settings",
            PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "site"), str(ROOT / "bench")]),
            ALLOWED_HOSTS=f"127.0.0.1,localhost,{PEER}",
            STATIC_ROOT=str(work / "static"),
            REDIS_URL=REDIS_URL,
            SECURE_SSL_REDIRECT="false",
            TRUSTED_PROXIES="1",
            PORT=str(port),
            BENCH_WORK=str(work),
            LOG_LEVEL="WARNING",
        )
        import redis

        from tests.stack import manage

        redis.Redis.from_url(REDIS_URL).flushdb()
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo")
        built = manage(env, "shell", "-c", "from formpeer.content import build; print(build('palaute-2026', 'fi'))")
        form_path = built.split()[-1]  # the last line: the shell first says what it imported
        hello_env = {**env, "DJANGO_SETTINGS_MODULE": "hello_world", "PORT": str(hello_port), "READY": "/"}
        # Measured before the peer's site is added: one site, as production has.
        with gunicorn(hello_env, "hello_world:application"), gunicorn(env) as site:
            report(f"{'survey, vs the bare view':<34} {'req/s':>8} {'ratio':>6}  lowest-highest  (target)")
            survey_pairs(port, report, form_path)
            for path in OUR_PAGES.values():
                wrk(port, path, seconds=1)  # rendered once, then served from the cache
            report(f"{'cached page, vs hello-world Django':<34} {'req/s':>8} {'ratio':>6}  lowest-highest  (target)")
            for kind in ("home", "news index", "projects index"):
                measured = side_by_side(partial(wrk, port, OUR_PAGES[kind]), partial(wrk, hello_port, "/"))
                report(f"{kind:<34} {measured}  (>= 0.8)")
            memory = ", ".join(f"{mb:.0f}" for mb in workers_mb(site))
        report(f"memory per gunicorn worker after these (MB): {memory}")
        built = manage(env, "shell", "-c", f"from pagepeer.content import build; build('{PEER}', {port})")
        peer = dict(line.split("\t") for line in built.splitlines() if "\t" in line)  # kind, path
        redis.Redis.from_url(REDIS_URL).flushdb()
        with gunicorn({**env, "PAGE_CACHE_SECONDS": "0"}):
            for path in OUR_PAGES.values():
                if not uncached(port, path):
                    raise RuntimeError(f"{path} was served from the cache with PAGE_CACHE_SECONDS=0")
            report(f"{'rendered page, vs the peer':<34} {'req/s':>8} {'ratio':>6}  lowest-highest  (target)")
            for kind, path in OUR_PAGES.items():
                measured = side_by_side(partial(wrk, port, path), partial(wrk, port, peer[kind], host=PEER))
                report(f"{kind:<34} {measured}  (>= 1.5)  {peer[kind]}")
            measured = side_by_side(partial(wrk, port, OUR_API), partial(wrk, port, peer["api"], host=PEER))
            report(f"{'API fields=*, the 8 projects':<34} {measured}  (>= 1.5)  {peer['api']}")


if __name__ == "__main__":
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    server_benchmarks(print, os.environ["DATABASE_URL"])
