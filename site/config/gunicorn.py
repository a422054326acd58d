"""gunicorn's settings for the production stack (Procfile's `web`), from the environment: PORT, BIND,
WEB_CONCURRENCY. Requests are logged by the application (core.logs: one JSON line with its id and duration),
so gunicorn's own access log is off."""

import multiprocessing
import os

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
