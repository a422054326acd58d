"""The production settings, with the benchmark's reference views (bench_urls: a hello-world view in the site, a
bare one-SELECT-one-INSERT view), its peer site (pagepeer, served at its own host by Wagtail's own page view:
peer_urls) and Wagtail's form page (formpeer): what bench/server_bench.py serves under gunicorn."""

from config.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "pagepeer", "formpeer"]  # noqa: F405
ROOT_URLCONF = "bench_urls"
MIDDLEWARE = ["peer_urls.PeerUrlsMiddleware", *MIDDLEWARE]  # noqa: F405
