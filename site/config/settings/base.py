"""Settings shared by every environment; dev, test and production override what differs."""

import os
from pathlib import Path

import dj_database_url
from django.conf import global_settings

from config import languages
from config.media import media_origins, media_storage
from config.proxies import DEFAULT_NETWORKS, trusted_proxies

BASE_DIR = Path(__file__).resolve().parents[3]

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]
# How many proxies in front of the site append to X-Forwarded-For: rate limits then count the client's address
# (core.ratelimit.client_address), not the proxy's. None here; production's TLS proxy is one. The header is
# believed only from a connection out of TRUSTED_PROXY_NETWORKS (where proxies live: loopback and private
# networks by default), so that a client that reaches the site directly cannot write its own.
TRUSTED_PROXIES, TRUSTED_PROXY_NETWORKS = trusted_proxies(
    os.environ.get("TRUSTED_PROXIES", "0"), os.environ.get("TRUSTED_PROXY_NETWORKS", DEFAULT_NETWORKS)
)

INSTALLED_APPS = [
    "core",
    "pages",
    "reference",
    "projects",
    "surveys",
    "results",
    "demo",
    "formtools",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    "core.logs.RequestLogMiddleware",
    "core.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A cached page is kept with the two policy headers below, which are the same for every anonymous page: a
    # hit does not build them again.
    "core.page_cache.AnonymousPageCacheMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.RejectNulMiddleware",
    "config.middleware.SessionMiddleware",
    "config.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Content-Security-Policy (django-csp). Public pages, survey steps and the admin's sign-in pages run scripts from
# the site's own files only, never inline; nothing is loaded from elsewhere. Behind the sign-in, the admin gets a
# policy Wagtail works under (ADMIN_CONTENT_SECURITY_POLICY, config.middleware): Wagtail 8 still writes inline
# scripts (its date pickers: wagtail/wagtail#1288) and inline styles, and previews pages in frames.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:", *media_origins(os.environ)],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_SELF],  # the admin's preview shows pages in a frame
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [_SELF, "'unsafe-inline'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:", *media_origins(os.environ)],
    "font-src": [_SELF, "data:"],
    "frame-src": [_SELF],
    "worker-src": [_SELF, "blob:"],
}
# Browser features no page of the site uses (django-permissions-policy): none may be asked for.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Forms render with the project's templates (templates/surveys/section_form.html …) and Django's own.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "config.wsgi.application"

# One line, as wagtail/news-template does: DATABASE_URL or an SQLite file beside manage.py.
# Connections are kept for a minute and checked before reuse, so that a worker's first request after PostgreSQL
# restarts does not fail on the connection it kept.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the server read while a command (load_demo, publish_scheduled) writes.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Every sign-in goes through the throttle (core.signin), whichever view asks.
AUTHENTICATION_BACKENDS = ["core.signin.ThrottledModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages (config/languages.py, the one list). Finnish is the default.
LANGUAGE_CODE = "fi"
SITE_LANGUAGES = languages.SITE_LANGUAGES
SURVEY_LANGUAGES = languages.SURVEY_LANGUAGES
LANGUAGES = languages.LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A page's translation starts as a draft copy edited in Wagtail's own editor, where it is saved, previewed and
# sent to the moderation workflow like any page ("simple" mode: wagtail-localize's synced translation editor has
# no save or workflow for editors, only a publish button), and never goes live because its source is live.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Django's list lacks Pashto; Arabic and Dari/Persian are already in it.
LANGUAGES_BIDI = [*global_settings.LANGUAGES_BIDI, "ps"]
# The project's own strings, then its translations of the admin's strings that Wagtail and wagtail-localize lack
# in fi and sv.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
# Formats of our own where Django's do not suit (config/formats: English with the day first).
FORMAT_MODULE_PATH = ["config.formats"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": media_storage(os.environ),  # the disk, or an S3-compatible bucket (config.media)
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Sessions (editors' logins, participants' answers until they send them) live in a cache of their own, never in
# the database: unsent anonymous answers are not kept in tables and backups, and a survey step writes nothing
# there. The sessions cache is not culled like the page cache; in production both are in Redis.
SESSION_ENGINE = "core.sessions"
SESSION_CACHE_ALIAS = "sessions"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kuntaan"},
    "sessions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kuntaan-sessions",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
}
# Anonymous page views are cached this long unless a publish clears them first (core/page_cache.py).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))

# Background tasks (django-tasks). Wagtail's own run at once, as before; survey e-mails wait in the database
# until a worker (`python manage.py db_worker --backend emails`) sends them, so a slow mail server never slows a
# page and nothing is lost if it is down.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "emails": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    # Results exports (XLSX, SPSS, the evaluation bundle): `python manage.py db_worker --backend exports`.
    "exports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Export files: private (served only through the permission-checked download view), removed after EXPORT_DAYS by
# `python manage.py remove_expired_exports`.
EXPORT_ROOT = Path(os.environ.get("EXPORT_ROOT", BASE_DIR / "exports"))
EXPORT_DAYS = int(os.environ.get("EXPORT_DAYS", 7))
# A task still running this long after it started has lost its worker (core.tasks): failed, never run again.
TASK_STALLED_AFTER = {"emails": 15 * 60, "exports": 6 * 60 * 60}

# The scheduled jobs, run by `python manage.py run_schedule` (core.schedule): (command, arguments, every N seconds).
SCHEDULE = [
    ("publish_scheduled", [], 60),  # pages and revisions scheduled to go live or to be taken down
    ("send_scheduled_reminders", [], 60),
    ("remove_expired_exports", [], 3600),
    ("fail_stalled_tasks", [], 300),  # tasks whose worker was killed: failed, not running for ever
    ("purge_survey_answers", [], 86400),  # raw answers past their survey's retention
    ("prune_db_task_results", ["--backend", "emails", "--min-age-days", "7"], 86400),
    ("prune_db_task_results", ["--backend", "exports", "--min-age-days", "7"], 86400),
]

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kuntaan@localhost")

# Wagtail
WAGTAIL_SITE_NAME = "Kuntaan"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
# The admin in the site's languages, and in Arabic for working group members who read results in it (right to
# left; Wagtail has its own Arabic).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"), ("ar", "العربية")]
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from Gravatar: the admin loads nothing from elsewhere (the policy forbids it) and tells no third
# party who is signed in.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# /health/ (core.health) reports the task queue as late when a task has waited this long for a worker.
HEALTH_TASK_WAIT_SECONDS = int(os.environ.get("HEALTH_TASK_WAIT_SECONDS", 600))

# Logs to standard error: as text here, one JSON object a line in production (LOG_FORMAT=json; core.logs), every
# line with the id of the request it belongs to. LOG_LEVEL=INFO adds a line for every request and task.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "core.logs.RequestIdFilter"}},
    "formatters": {
        "text": {
            "()": "core.logs.TextFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
        },
        "json": {"()": "core.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": os.environ.get("LOG_FORMAT", "text"),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Every request is logged once by core.logs; Django's own line for a 4xx would say it again.
    "loggers": {"django.request": {"level": "ERROR"}},
}
