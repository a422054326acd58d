"""Benchmarks, run by `make bench`: each prints its figures. They run on a database of their own (a temporary
SQLite file, or DATABASE_URL's server if set), loaded with the demo content."""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_settings")
sys.path.insert(0, str(ROOT / "bench"))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from exports_bench import export_benchmarks  # noqa: E402
from results_bench import results_benchmarks  # noqa: E402

REPORT = []


def report(line):
    """Print a line of figures, and keep it for bench/RESULTS.md."""
    print(line)
    REPORT.append(line)


REQUESTS = 200
ROUNDS = 10
SUBMITS = 50


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


def form_post(client, url, data):
    """A post as a browser sends a form without files."""
    from urllib.parse import urlencode

    return client.post(url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded")


def survey_benchmarks():
    """Survey step and final submit throughput, each as a ratio to the bare view (targets: 0.5 or more). The
    submit is the review step's post, which checks every step and stores the response; the thank-you page it
    redirects to is an ordinary page view, not counted.

    The three are measured in turn, ROUNDS times. Each round gives its own ratios, the three measured within a
    second of each other; the median round is printed, with the lowest and highest, so that the speed of a
    shared machine drifting between rounds (by a third, here) does not decide the result."""
    from statistics import median

    from django.test import override_settings
    from django.utils import timezone

    from surveys.models import Answer, Audience, SurveyPage
    from tests.surveys.helpers import current_step, fill_until_review, valid_data

    now = timezone.now()  # the demo's round that is collecting answers today (a closed round answers 410)
    rounds_open = SurveyPage.objects.filter(opens_at__lte=now, closes_at__gt=now, locale__language_code="fi")
    survey = rounds_open.get(audience=Audience.PARTICIPANTS)
    start_url = survey.url + "answer/"
    with override_settings(ROOT_URLCONF="bench_urls"):
        bare_client = Client()
        bare_answers = Answer.objects.filter(question="bench").count()

        step_client = Client()
        first = step_client.get(start_url, follow=True)
        step_url = first.redirect_chain[-1][0]
        prefix, step = current_step(first.content.decode())
        step_data = {f"{prefix}-current_step": step}
        step_data.update({f"{step}-{k}": v for k, v in valid_data(first.context["wizard"]["form"]).items()})

        rounds = []
        for _ in range(ROUNDS):
            ready = []
            for number in range(SUBMITS):
                respondent = Client(REMOTE_ADDR=f"10.0.{number // 250}.{number % 250 + 1}")  # people, not a script
                ready.append((respondent, *fill_until_review(respondent, start_url)[:2]))
            measured = {
                "bare": rate(lambda: form_post(bare_client, "/bench/bare/", {}), REQUESTS),
                "step": rate(lambda: form_post(step_client, step_url, step_data), REQUESTS),
            }
            responses = []
            start = time.perf_counter()
            for respondent, review_url, prefix in ready:
                responses.append(form_post(respondent, review_url, {f"{prefix}-current_step": "review"}))
            measured["submit"] = SUBMITS / (time.perf_counter() - start)
            assert all(r.status_code == 302 and r.url.endswith("/thanks/") for r in responses), "a submit failed"
            rounds.append(measured)
    done = Answer.objects.filter(question="bench").count() - bare_answers
    assert done == ROUNDS * REQUESTS, "the bare view did not do its work"
    report(
        f"\n{f'survey benchmark ({ROUNDS} rounds)':<40} {'req/s':>8} {'ratio to bare view':>20} {'lowest-highest':>15}"
    )
    for label, key in [
        ("bare view: 1 SELECT + 1 INSERT", "bare"),
        ("survey step (validate, save, redirect)", "step"),
        ("final submit (check steps, store)", "submit"),
    ]:
        ratios = sorted(measured[key] / measured["bare"] for measured in rounds)
        spread = f"{ratios[0]:.2f}-{ratios[-1]:.2f}"
        target = "" if key == "bare" else f"{spread:>16}  (target >= 0.5)"
        report(f"{label:<40} {median(m[key] for m in rounds):>8.0f} {median(ratios):>20.2f}{target}")


def main():
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client then records the rendered context the helpers read
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    survey_benchmarks()
    measured = results_benchmarks(report)
    if measured:
        export_benchmarks(report, *measured)
    client = Client()
    report(f"{'url':<60} {'rendered req/s':>15} {'cached req/s':>13}")
    for url in [
        "/fi/",
        "/fi/toimintaohjelma/",
        "/en/news/",
        "/en/projects/",
        "/en/projects/?goal=placement",
        "/api/v2/pages/?type=projects.ProjectPage&fields=*",
    ]:
        report(f"{url:<60} {throughput(client, url, False):>15.0f} {throughput(client, url, True):>13.0f}")
    from django.db import connection

    if connection.vendor == "postgresql":  # the production stack runs on PostgreSQL
        from load import load_benchmark

        load_benchmark(report, os.environ["DATABASE_URL"])
    else:
        report("\nload test: skipped, it runs the production stack on PostgreSQL (set DATABASE_URL)")


def write_results():
    """bench/RESULTS.md, regenerated by every run: the figures printed, with when and on what they were taken."""
    import platform
    from datetime import datetime

    from django.db import connection

    header = [
        "# Benchmark results",
        "",
        f"Regenerated by `make bench` on {datetime.now():%Y-%m-%d %H:%M}, {connection.vendor}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores. Ratios compare measurements of the same run.",
        "",
        "```",
    ]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join([*header, *REPORT, "```", ""]), encoding="utf-8")


if __name__ == "__main__":
    main()
    write_results()
