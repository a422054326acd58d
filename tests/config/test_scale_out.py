"""Scale-out: two application servers (gunicorn, the production settings) on different ports against one
PostgreSQL and one Redis, behind a real TLS reverse proxy (nginx, round robin, `TRUSTED_PROXIES=1`) started by
the test. A municipality starts its survey on one server and finishes it on the other; two colleagues save at
once on different servers and both saves survive; a page published through one server is fresh on the other at
once; rate limits count across both. Each response says which server answered (the proxy's X-Upstream)."""

import os
import re
import subprocess
import sys
import threading
from urllib.parse import urljoin

import psycopg
import pytest

from tests.stack import (
    ROOT,
    answered,
    flush_redis,
    forms,
    free_port,
    fresh_database,
    manage,
    production_env,
    require,
    wait_for,
)

NGINX = """
worker_processes 1;  # one round robin: requests alternate between the servers
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
{user}
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream kuntaan {{
        server 127.0.0.1:{first};
        server 127.0.0.1:{second};
    }}
    server {{
        listen 127.0.0.1:{port} ssl;
        server_name localhost;
        ssl_certificate {dir}/cert.pem;
        ssl_certificate_key {dir}/key.pem;
        location / {{
            proxy_pass http://kuntaan;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""

SETUP = """
from django.contrib.auth import get_user_model
from surveys.models import Invitation, SurveyPage
from reference.models import Municipality
get_user_model().objects.create_superuser("operaattori", "o@example.fi", "salasana-{secret}")
survey = SurveyPage.objects.get(audience="municipalities", round_year=2026, locale__language_code="fi")
for code in ("091", "186"):
    Invitation.objects.filter(survey=survey, municipality__code=code).delete()
    invitation, token = Invitation.create(survey, Municipality.objects.get(code=code), f"kirjaamo{{code}}@example.fi")
    print(code, invitation.pk, survey.url + f"i/{{token}}/")
"""


class Cluster:
    def __init__(self, url, cert, database, links, password):
        self.url, self.cert, self.database, self.links, self.password = url, cert, database, links, password

    def session(self):
        import requests

        session = requests.Session()
        session.trust_env = False  # REQUESTS_CA_BUNDLE and proxies of the environment would win over verify
        session.verify = self.cert
        return session

    def query(self, sql, *params):
        with psycopg.connect(self.database) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    require("nginx", "openssl")
    directory = tmp_path_factory.mktemp("cluster")
    for part in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (directory / part).mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=DNS:localhost", "-keyout", directory / "key.pem", "-out", directory / "cert.pem"],
        check=True,
        capture_output=True,
    )
    flush_redis()
    with fresh_database("cluster") as database:
        secret = os.urandom(6).hex()
        env = production_env(
            database,
            TRUSTED_PROXIES="1",
            DJANGO_SUPERUSER_PASSWORD=f"salasana-{secret}",
            STATIC_ROOT=str(directory / "static"),
        )
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage({**env, "LOG_LEVEL": "WARNING"}, "load_demo")
        links = {}
        for line in manage(env, "shell", "-c", SETUP.format(secret=secret)).split("\n"):
            if line.count(" ") == 2:
                code, invitation, link = line.split()
                links[code] = (int(invitation), link)
        ports = [free_port(), free_port()]
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "--config", "site/config/gunicorn.py"],
                cwd=ROOT,
                env={**env, "PORT": str(port), "WEB_CONCURRENCY": "2"},
                stdout=subprocess.DEVNULL,
                stderr=(directory / f"gunicorn-{port}.log").open("w"),
            )
            for port in ports
        ]
        port = free_port()
        user = "user root;" if os.geteuid() == 0 else ""
        config = NGINX.format(dir=directory, user=user, first=ports[0], second=ports[1], port=port)
        (directory / "nginx.conf").write_text(config)
        nginx = (
            "nginx" if subprocess.run(["which", "nginx"], capture_output=True).returncode == 0 else "/usr/sbin/nginx"
        )
        processes.append(subprocess.Popen([nginx, "-c", directory / "nginx.conf", "-p", directory]))
        try:
            for server_port in ports:
                wait_for(f"http://127.0.0.1:{server_port}/health/", process=processes[ports.index(server_port)])
            import ssl

            wait_for(
                f"https://localhost:{port}/health/",
                process=processes[-1],
                context=ssl.create_default_context(cafile=str(directory / "cert.pem")),
            )
            yield Cluster(f"https://localhost:{port}", str(directory / "cert.pem"), database, links, secret)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                process.wait(timeout=30)


def upstreams(responses):
    """The servers (host:port) that answered `responses`, redirects included."""
    return {r.headers["X-Upstream"] for response in responses for r in [*response.history, response]}


def walk_step(session, response, text="Vastaus", number=None):
    """Answer the step `response` shows and send it; returns the next page (redirects followed)."""
    form = next(f for f in forms(response.text) if any(n.endswith("-current_step") for n, _v in f["fields"]))
    target = urljoin(response.url, form["action"] or response.url)
    return session.post(target, data=answered(form, text, number), headers={"Referer": response.url})


def step_of(response):
    match = re.search(r'name="[\w-]+-current_step" value="([\w-]+)"', response.text)
    return match.group(1) if match else None


def test_a_municipality_starts_on_one_server_and_finishes_on_the_other(cluster):
    invitation, link = cluster.links["091"]
    session = cluster.session()
    seen = [session.get(cluster.url + link)]
    assert seen[-1].status_code == 200 and step_of(seen[-1]) is not None
    steps = []
    while step_of(seen[-1]) is not None and len(steps) < 30:
        steps.append(step_of(seen[-1]))
        seen.append(walk_step(session, seen[-1]))
        assert seen[-1].status_code == 200, seen[-1].text[:2000]
        assert step_of(seen[-1]) != steps[-1], f"step {steps[-1]} was refused: check answered()"
    assert steps[-1] == "review"
    assert len(upstreams(seen)) == 2  # its steps were answered by both servers, one session throughout
    [(status, submitted_by)] = cluster.query(
        "SELECT status, submitted_by FROM surveys_surveyresponse WHERE invitation_id = %s", invitation
    )
    assert (status, submitted_by) == ("submitted", "Vastaus")
    answers = cluster.query(
        "SELECT count(*) FROM surveys_answer a JOIN surveys_surveyresponse r ON r.id = a.response_id "
        "WHERE r.invitation_id = %s",
        invitation,
    )
    assert answers[0][0] > 0


def test_two_colleagues_save_at_once_on_different_servers_and_both_saves_survive(cluster):
    invitation, link = cluster.links["186"]
    first, second = cluster.session(), cluster.session()
    opened = first.get(cluster.url + link)
    step_one = step_of(opened)
    on_step_two = walk_step(first, opened, number=3)  # the first colleague goes on to step two
    step_two = step_of(on_step_two)
    again = second.get(opened.url)  # the second opens step one, as saved
    assert step_of(again) == step_one and 'value="3"' in again.text
    results, start = {}, threading.Barrier(2)

    def save(name, session, page, number):
        start.wait()
        results[name] = walk_step(session, page, number=number)

    threads = [
        threading.Thread(target=save, args=("first", first, on_step_two, 7)),  # step two
        threading.Thread(target=save, args=("second", second, again, 5)),  # step one, corrected
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {r.status_code for r in results.values()} == {200}
    posted = {r.history[0].headers["X-Upstream"] for r in results.values() if r.history}
    assert len(posted) == 2, "the two saves went to the same server"
    [(draft,)] = cluster.query("SELECT draft FROM surveys_surveyresponse WHERE invitation_id = %s", invitation)
    saved = draft["step_data"]
    assert saved[step_one][f"{step_one}-places_agreed"] == ["5"]  # the second colleague's correction
    assert saved[step_two][f"{step_two}-refugees_received"] == ["7"]  # and the first colleague's next step


def test_a_page_published_through_one_server_is_fresh_on_the_other_at_once(cluster):
    [(page_id, url_path)] = cluster.query(
        "SELECT p.id, p.url_path FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE p.slug = 'toimintaohjelma' AND l.language_code = 'fi'"
    )
    path = "/fi/" + url_path.split("/", 2)[-1]  # /etusivu/toimintaohjelma/ → /fi/toimintaohjelma/
    reader = cluster.session()
    before = [reader.get(cluster.url + path) for _i in range(4)]  # each server renders it, and it is cached
    assert {r.status_code for r in before} == {200} and len(upstreams(before)) == 2
    assert "Uusi otsikko" not in before[-1].text
    change = (
        "from wagtail.models import Page; page = Page.objects.get(pk={pk}).specific; "
        "page.title = 'Uusi otsikko'; page.save_revision()"
    )
    manage(production_env(cluster.database), "shell", "-c", change.format(pk=page_id))  # an editor's draft

    editor = cluster.session()
    sign_in = editor.get(cluster.url + "/admin/login/")
    form = next(f for f in forms(sign_in.text) if any(n == "username" for n, _v in f["fields"]))
    data = dict(form["fields"]) | {"username": "operaattori", "password": f"salasana-{cluster.password}"}
    signed = editor.post(cluster.url + "/admin/login/", data=data, headers={"Referer": sign_in.url})
    assert signed.status_code == 200 and "/admin/login/" not in signed.url
    confirm_url = f"{cluster.url}/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
    confirm = editor.get(confirm_url)
    form = next(f for f in forms(confirm.text) if f["method"].lower() == "post")
    published = editor.post(confirm_url, data=form["fields"], headers={"Referer": confirm_url})
    assert published.status_code == 200 and published.history[0].status_code == 302  # done, back to the admin
    after = [reader.get(cluster.url + path) for _i in range(4)]
    assert len(upstreams(after)) == 2
    assert all("Uusi otsikko" in r.text for r in after), "a server served the page as it was before"


def test_rate_limits_count_across_both_servers(cluster):
    _invitation, link = cluster.links["091"]
    wrong = cluster.url + link.rsplit("/i/", 1)[0] + "/i/" + "x" * 43 + "/"
    guesser = cluster.session()
    tries = [guesser.get(wrong) for _i in range(20)]  # the limit: 20 wrong links in 15 minutes
    assert {r.status_code for r in tries} == {404} and len(upstreams(tries)) == 2
    refused = [guesser.get(wrong) for _i in range(2)]
    assert [r.status_code for r in refused] == [429, 429] and len(upstreams(refused)) == 2
