"""The load test's visitors (bench/load.py runs locust with this file): readers, who read pages from the cache
(no session cookie: a request with one is never served from the cache), and participants answering a survey
step by step and submitting it, each behind an address of their own, as the proxy in front passes it on
(X-Forwarded-For), so that the per-address limits count them apart. Participants answer the load test's
one-section survey (bench/load_survey.py, its address in LOAD_SURVEY): a participant opens it (the address and
the section shown: two step requests), answers the section (its post and the review shown: two more) and
submits, one of these a task, with a pause after each. Nine readers to two participants, who pause longer, make
about 90% page reads, 8% survey steps and 2% submits; the report gives the counts and the mix.

The stack serves plain HTTP on loopback with the production settings' Secure cookies, which browsers send to
127.0.0.1 (a potentially trustworthy origin); the client here is told to do the same."""

import os
import random
import re
import sys
from pathlib import Path

from locust import HttpUser, between, task

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.stack import answered, forms  # noqa: E402

PAGES = ["/fi/", "/fi/toimintaohjelma/", "/sv/", "/en/news/", "/en/projects/", "/fi/hankkeet/"]
SURVEY = os.environ.get("LOAD_SURVEY", "/fi/kyselyt/kuormitustestin-kysely/answer/")
STEP = re.compile(r'name="[\w-]+-current_step" value="([\w-]+)"')


class Reader(HttpUser):
    weight = 9
    wait_time = between(0.2, 1.0)

    @task
    def read_page(self):
        self.client.get(random.choice(PAGES), name="cached page")


class Participant(HttpUser):
    weight = 2
    wait_time = between(1.0, 3.0)

    def on_start(self):
        address = f"10.{random.randrange(256)}.{random.randrange(256)}.{random.randrange(1, 255)}"
        self.client.headers["X-Forwarded-For"] = address
        self.page = None  # the survey step this participant is on

    def _request(self, method, path, **kwargs):
        for cookie in self.client.cookies:
            cookie.secure = False
        return self.client.request(method, path, allow_redirects=False, **kwargs)

    def _open_survey(self):
        started = self._request("GET", SURVEY, name="survey step")
        self.page = self._request("GET", started.headers["Location"], name="survey step")

    def _post_step(self, name):
        form = next(f for f in forms(self.page.text) if any(n.endswith("-current_step") for n, _v in f["fields"]))
        step = STEP.search(self.page.text).group(1)
        with self._request(
            "POST", self.page.url, data=answered(form, "Kuormitustesti"), name=name, catch_response=True
        ) as sent:
            if sent.status_code != 302:
                sent.failure(f"step {step}: {sent.status_code}")
                self.page = None
                return
        # After the review: sent, and the next task opens the survey again (the thanks page is not asked for).
        self.page = None if step == "review" else self._request("GET", sent.headers["Location"], name="survey step")

    @task
    def answer(self):
        """The next thing a participant does: open the survey, answer a section, or submit from the review."""
        if self.page is None:
            self._open_survey()
        elif STEP.search(self.page.text).group(1) == "review":
            self._post_step("submit")
        else:
            self._post_step("survey step")
