"""Benchmarks, run by `make bench`: each prints its figures. They run on a database of their own (a temporary
SQLite file, or DATABASE_URL's server if set), loaded with the demo content."""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
sys.path.insert(0, str(ROOT / "bench"))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

REQUESTS = 200


def throughput(client, url, cached):
    """Requests per second for an anonymous visitor, from the page cache or rendered every time."""
    client.get(url)
    start = time.perf_counter()
    for _ in range(REQUESTS):
        if not cached:
            cache.clear()
        assert client.get(url).status_code == 200
    return REQUESTS / (time.perf_counter() - start)


def rate(action, n):
    start = time.perf_counter()
    for _ in range(n):
        action()
    return n / (time.perf_counter() - start)


def survey_benchmarks():
    """Survey step and final submit throughput, each as a ratio to the bare view (targets: 0.5 or more)."""
    from django.test import override_settings

    from surveys.models import Audience, SurveyPage
    from tests.surveys.helpers import current_step, fill_until_review, valid_data

    survey = SurveyPage.objects.get(audience=Audience.PARTICIPANTS, round_year=2025, locale__language_code="fi")
    with override_settings(ROOT_URLCONF="bench_urls"):
        client = Client()
        bare = rate(lambda: client.get("/bench/bare/"), REQUESTS)

        step_client = Client()
        first = step_client.get(survey.url + "answer/", follow=True)
        url = first.redirect_chain[-1][0]
        prefix, step = current_step(first.content.decode())
        data = {f"{prefix}-current_step": step}
        data.update({f"{step}-{k}": v for k, v in valid_data(first.context["wizard"]["form"]).items()})
        steps = rate(lambda: step_client.post(url, data), REQUESTS)

        submit_seconds = 0.0
        submits = 30
        for _ in range(submits):
            respondent = Client()
            review_url, prefix, _ = fill_until_review(respondent, survey.url + "answer/")
            start = time.perf_counter()
            respondent.post(review_url, {f"{prefix}-current_step": "review"}, follow=True)
            submit_seconds += time.perf_counter() - start
        submit = submits / submit_seconds
    print(f"\n{'survey benchmark':<40} {'req/s':>8} {'ratio to bare view':>20}  (target >= 0.5)")
    print(f"{'bare view: 1 SELECT + 1 INSERT':<40} {bare:>8.0f} {1:>20.2f}")
    print(f"{'survey step (validate, save, redirect)':<40} {steps:>8.0f} {steps / bare:>20.2f}")
    print(f"{'final submit (revalidate, store, thanks)':<40} {submit:>8.0f} {submit / bare:>20.2f}")


def main():
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client then records the rendered context the helpers read
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    survey_benchmarks()
    client = Client()
    print(f"{'url':<60} {'rendered req/s':>15} {'cached req/s':>13}")
    for url in [
        "/fi/",
        "/fi/toimintaohjelma/",
        "/en/news/",
        "/en/projects/",
        "/en/projects/?goal=placement",
        "/api/v2/pages/?type=projects.ProjectPage&fields=*",
    ]:
        print(f"{url:<60} {throughput(client, url, False):>15.0f} {throughput(client, url, True):>13.0f}")


if __name__ == "__main__":
    main()
