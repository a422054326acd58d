"""Redis as production uses it (test prefixes, a database of each pytest-xdist worker's own: 15 for the first or
only one, 14 for the next…), for the tests that need the real thing. A test that empties the cache then never
empties another worker's."""

import os
import socket

import pytest

_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
LOCATION = f"redis://127.0.0.1:6379/{15 - _WORKER}"
CACHES = {
    "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": LOCATION, "KEY_PREFIX": "test"},
    "sessions": {
        "BACKEND": "core.cache.RedisCache",
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
