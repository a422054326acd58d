"""Redis as a cache that the site can do without.

The default cache holds what can be computed again: cached pages, the live surveys, municipality lists, rate
limit counts. When Redis is out of reach, ResilientRedisCache answers as an empty cache that keeps nothing (a
miss for every read, nothing stored, a count that starts again), so pages render uncached and the API answers;
it logs the fault, and once Redis is back every process uses it again without a restart.

Sessions are not in it: a participant's unsent answers must never be silently dropped, so the sessions cache is
a plain RedisCache, and a session that cannot be saved is a 503 (config.middleware.SessionMiddleware)."""

import functools
import logging
import time

from django.core.cache import caches
from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

# Redis out of reach: refused, dropped, or too slow to answer.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# How long a connection and an answer may take (production's CACHES pass these to redis-py).
REDIS_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}
# After a fault, the cache is not asked for this long: a Redis that hangs rather than refuses costs one request
# a timeout every few seconds, not every cache call of every request.
PAUSE_SECONDS = 5
LOG_EVERY_SECONDS = 60
logger = logging.getLogger("kuntaan.cache")
_last_logged = [0.0]


def _log(error):
    now = time.monotonic()
    if now - _last_logged[0] > LOG_EVERY_SECONDS:
        _last_logged[0] = now
        logger.error("Redis is out of reach, serving without the cache: %s", error)


def _missing(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found: the cache is out of reach")


class _OneClientPerPool(django_redis.RedisCacheClient):
    """Django wraps its connection pool in a new redis-py client for every cache call, and building one costs
    more than a GET on loopback. One client per pool is kept instead: a redis-py client is safe to share, taking
    a connection from the pool for each command."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if pool not in clients:
            clients[pool] = self._client(connection_pool=pool)
        return clients[pool]


class RedisCache(django_redis.RedisCache):
    """Django's Redis cache, with a client kept for each connection pool."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _OneClientPerPool

    def client(self):
        """The redis-py client, for what Django's cache has no method for: announcing and listening."""
        return self._cache.get_client(write=True)

    def count(self, key, window_seconds):
        """Add one to `key`'s count, which the first count starts for `window_seconds`, and return the count:
        one round trip (a SET NX EX and an INCR in one transaction, so that the key cannot expire between the two
        and be counted again without an expiry), where Django's incr takes two (EXISTS, INCRBY) and the first of a
        window two more."""
        key = self.make_and_validate_key(key)
        pipeline = self.client().pipeline(transaction=True)
        pipeline.set(key, 0, ex=window_seconds, nx=True)
        pipeline.incr(key)
        return pipeline.execute()[1]

    def replace(self, key, value, timeout=DEFAULT_TIMEOUT):
        """Set `key` only if it is there (SET XX), and say whether it was: in one round trip what Django's cache
        sessions do in two (a GET to see that the session was not deleted meanwhile, then a SET)."""
        key, timeout = self.make_and_validate_key(key), self.get_backend_timeout(timeout)
        if timeout == 0:
            return self.delete(key)
        return bool(self.client().set(key, self._cache._serializer.dumps(value), ex=timeout, xx=True))


def _redis():
    backend = caches["default"]
    return backend if isinstance(backend, RedisCache) else None


def _channel(backend, name):
    """Announcements reach every database of a Redis server: the channel is named as the cache's key would be,
    with its database, so that sites (or test workers) sharing a server do not hear each other."""
    return f"{backend.client().connection_pool.connection_kwargs.get('db', 0)}/{backend.make_key(name)}"


def announce(name):
    """Tell every process listening for `name` (core.page_memory) that something moved; nothing to tell where
    the default cache is not Redis, or Redis is out of reach (then no process is listening: each asks Redis)."""
    if (backend := _redis()) is not None:
        try:
            backend.client().publish(_channel(backend, name), b"1")
        except RedisError as error:  # out of reach, or refused (a user without pub/sub): listeners ask Redis
            _log(error)


def listener(name):
    """A subscription to the announcements for `name`, or None where the default cache is not Redis or pauses
    after a fault."""
    if (backend := _redis()) is None or time.monotonic() < getattr(backend, "paused_until", 0):
        return None
    subscription = backend.client().pubsub(ignore_subscribe_messages=True)
    subscription.subscribe(_channel(backend, name))
    return subscription


def _degrading(name, fallback):
    """RedisCache's method `name`, answering `fallback(*arguments)` when Redis is out of reach."""
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def wrapped(self, *args, **kwargs):
        if time.monotonic() < self.paused_until:
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as error:
            _log(error)
            self.paused_until = time.monotonic() + PAUSE_SECONDS
            return fallback(*args, **kwargs)

    return wrapped


class ResilientRedisCache(RedisCache):
    """An empty cache that keeps nothing while Redis is out of reach: every read a miss, every write dropped, and
    incr as for a missing key (ValueError), so that counts and versions start again. After a fault it does not
    ask Redis again for PAUSE_SECONDS."""

    paused_until = 0.0

    get = _degrading("get", lambda key, default=None, version=None: default)
    get_many = _degrading("get_many", lambda *args, **kwargs: {})
    has_key = _degrading("has_key", lambda *args, **kwargs: False)
    add = _degrading("add", lambda *args, **kwargs: False)
    set = _degrading("set", lambda *args, **kwargs: None)
    set_many = _degrading("set_many", lambda data, *args, **kwargs: list(data))
    touch = _degrading("touch", lambda *args, **kwargs: False)
    incr = _degrading("incr", _missing)
    count = _degrading("count", lambda *args, **kwargs: 0)
    delete = _degrading("delete", lambda *args, **kwargs: False)
    delete_many = _degrading("delete_many", lambda *args, **kwargs: None)
    clear = _degrading("clear", lambda *args, **kwargs: None)
