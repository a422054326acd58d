"""Redis as production uses it (database 15, test prefixes), for the tests that need the real thing."""

import socket

import pytest

LOCATION = "redis://127.0.0.1:6379/15"
CACHES = {
    "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": LOCATION, "KEY_PREFIX": "test"},
    "sessions": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": LOCATION,
        "KEY_PREFIX": "test-session",
    },
}


def _up():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


needs_redis = pytest.mark.skipif(not _up(), reason="Redis is not running at 127.0.0.1:6379")
