"""gunicorn's settings for the production stack (Procfile's `web`), from the environment: PORT, BIND,
WEB_CONCURRENCY. Requests are logged by the application (core.logs: one JSON line with its id and duration),
so gunicorn's own access log is off."""

import gc
import multiprocessing
import os
from pathlib import Path

bind = os.environ.get("BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
pythonpath = "site"
wsgi_app = "config.wsgi:application"
accesslog = None
errorlog = "-"
# A worker that stops answering is killed and replaced after this long; a request being answered when gunicorn
# is told to stop gets this long to finish.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
# Answers are written before they are acknowledged: a worker lost mid-request loses only what it had not said
# it saved. Workers are replaced now and then, so that no slow leak grows for ever.
max_requests = 5000
max_requests_jitter = 500


def post_worker_init(worker):
    """The worker has loaded the application. It also loads here, rather than in its first requests, what every
    worker needs and Django loads only when first asked: the URLs and the views they import, the translations of
    every language and what reversing a URL in it needs (about 300 ms and 30 ms a language, which the first page
    in each language paid), and the project's templates, compiled. None of it needs the database.

    What loading made lives as long as the worker, so Python's garbage collector is told to leave it out of its
    collections (gc.freeze). Otherwise each full collection walks some 270,000 objects and holds up the request
    that set it off by about 150 ms, which the load test saw as step pages' p99; with them frozen, about 10 ms."""
    from django.conf import settings
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 (loads the URL configuration and the views it imports)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):  # activating a language loads its catalogues
            resolver.reverse_dict  # noqa: B018 (what reversing a URL needs, worked out for each language)
    for engine in settings.TEMPLATES:  # none in the benchmark's hello-world project, which runs under these too
        for directory in engine.get("DIRS", []):
            for path in sorted(Path(directory).rglob("*.html")):
                get_template(path.relative_to(directory).as_posix())
    gc.freeze()
