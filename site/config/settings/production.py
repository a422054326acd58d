"""Production: everything comes from the environment; see README.md for the list."""

import os

from django.core.exceptions import ImproperlyConfigured

from config.proxies import DEFAULT_NETWORKS, trusted_proxies
from core.cache import REDIS_OPTIONS

from .base import *  # noqa: F403

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable: production refuses to start without it.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names) for production.")

CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# The page cache is cleared by publishing in any worker or by `publish_scheduled`: all must share one cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
if not REDIS_URL:
    raise ImproperlyConfigured("Set REDIS_URL (redis://host:6379/0): production's cache is shared in Redis.")
# Sessions have their own key prefix in the same Redis, which must keep them (README.md: appendonly, volatile-ttl).
# The default cache answers as an empty one while Redis is out of reach (core.cache); sessions do not, so that
# unsent answers are never dropped in silence (a 503 says so). A Redis that does not answer within the timeouts
# counts as out of reach.
CACHES = {
    "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": REDIS_URL, "OPTIONS": REDIS_OPTIONS},
    "sessions": {
        "BACKEND": "core.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "session",
        "OPTIONS": REDIS_OPTIONS,
    },
}

TRUSTED_PROXIES, TRUSTED_PROXY_NETWORKS = trusted_proxies(
    os.environ.get("TRUSTED_PROXIES", "1"), os.environ.get("TRUSTED_PROXY_NETWORKS", DEFAULT_NETWORKS)
)
# The TLS-terminating proxy says whether the client's connection was HTTPS; without a proxy nothing may say so.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXIES else None
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin iframe, so DENY would break the editor; SAMEORIGIN
# still forbids framing by other sites, which is what W019 guards against.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"

# One JSON object a line, a line for every request (core.logs).
LOGGING["handlers"]["console"]["formatter"] = os.environ.get("LOG_FORMAT", "json")  # noqa: F405
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
