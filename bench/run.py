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


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
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
