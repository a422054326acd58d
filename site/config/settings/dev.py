"""Local development: `make run`. Never use these settings on a server."""

import os

from .base import *  # noqa: F403

# DEBUG=0 (or false, no, off) shows the site's own 404 and 500 pages instead of Django's technical ones.
DEBUG = os.environ.get("DEBUG", "1").strip().lower() not in {"0", "false", "no", "off"}
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Serve files from static/ directly so that an edit shows without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A file cache, shared with management commands (publish_scheduled clears the page cache the server reads).
CACHE_DIR = BASE_DIR / ".cache"  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": CACHE_DIR},
    # Files too, so that a login and a half-answered survey outlive the server's restarts on every code change.
    "sessions": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": CACHE_DIR / "sessions",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
