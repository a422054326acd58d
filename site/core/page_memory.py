"""Cached pages kept in each process's memory too, so that a page-cache hit asks Redis nothing: a round trip to
Redis costs more than the rest of a hit, and this process is asked for the same few pages again and again.

A copy is served only while the version it was kept under is still the current one, which the process knows
without asking: every move of a version is announced on Redis (core.cache.announce), and the process reads the
announcements waiting on its connection, without waiting for any, before it serves a copy. Redis sends an
announcement before it answers the process that made the move, so a page published through one server is not
served old by another once the publisher has its answer. An announcement can still be missed: a connection that
died without a word (a failover, a firewall dropping it while idle), one not yet subscribed, a move announced
while the publisher's cache paused after a fault. So the version read from Redis is trusted for LEASE_SECONDS
only, and then read again with the next hit: a missed announcement leaves an old page for that long at most.
While the process cannot listen (Redis out of reach or refusing, a dropped connection, or a cache that is not
Redis), it keeps no copy and every hit asks Redis, as before."""

import pickle
import time
from collections import OrderedDict
from http.cookies import SimpleCookie

from django.http.response import ResponseHeaders
from redis.exceptions import RedisError

from .cache import listener

MAX_BYTES = 8 * 1024 * 1024  # per process; the least recently served go first
RETRY_SECONDS = 5
LEASE_SECONDS = 1.0


class PageMemory:
    def __init__(self, channel):
        self.channel = channel
        self.copies = OrderedDict()  # key: (version, until (a time.time()), response never served, its size)
        self.size = 0
        self.version = None  # the current version, as last read while listening; None: not known
        self.trusted_until = 0.0  # time.monotonic() until which `version` is trusted without asking Redis
        self.subscription = None
        self.retry_at = 0.0

    def current_version(self):
        """The current version if this process knows it without asking Redis, else None."""
        if self.subscription is None and not self._listen():
            return None
        try:
            # can_read looks at the connection without waiting; get_message would cost more on every hit
            while self.subscription.connection.can_read(timeout=0):
                if self.subscription.get_message(timeout=0) is not None:
                    self.version = None  # a move was announced: read the version again before serving a copy
        except RedisError:
            self.forget()
            self.retry_at = time.monotonic() + RETRY_SECONDS
        return self.version if time.monotonic() < self.trusted_until else None

    def learned(self, version):
        """`version` was just read from Redis, after the announcements were read: it is current until the next."""
        if self.subscription is not None:
            self.version, self.trusted_until = version, time.monotonic() + LEASE_SECONDS

    def get(self, key, version):
        found = self.copies.get(key)
        if found is None or found[0] != version or found[1] <= time.time():
            return None
        self.copies.move_to_end(key)
        return _served_copy(found[2])

    def keep(self, key, version, until, response):
        """Keep `response` as `key`'s page under `version`, to be served until `until` (as in Redis)."""
        if self.subscription is None or until <= time.time():
            return
        pickled = pickle.dumps(response, pickle.HIGHEST_PROTOCOL)  # as Redis keeps it: without its template
        if key in self.copies:
            self.size -= self.copies.pop(key)[3]
        self.copies[key] = (version, until, pickle.loads(pickled), len(pickled))
        self.size += len(pickled)
        while self.size > MAX_BYTES:
            self.size -= self.copies.popitem(last=False)[1][3]

    def _listen(self):
        """Start listening, unless it failed less than RETRY_SECONDS ago (a Redis that is down costs a
        connection timeout) or the cache is not Redis (then it is not tried again for as long)."""
        if time.monotonic() < self.retry_at:
            return False
        try:
            self.subscription = listener(self.channel)
        except RedisError:
            self.subscription = None
        if self.subscription is None:
            self.retry_at = time.monotonic() + RETRY_SECONDS
        else:
            # A connection lost while a message is read is connected again by redis-py itself (one lost before
            # is an error, below): what was announced meanwhile is lost, and so is what was kept.
            self.subscription.connection.register_connect_callback(self._reconnected)
        return self.subscription is not None

    def _reconnected(self, connection):
        self.version = None
        self.copies.clear()
        self.size = 0

    def forget(self):
        """Stop listening and drop every copy (Redis out of reach, or another cache configured: then listen
        again at once)."""
        subscription, self.subscription, self.retry_at = self.subscription, None, 0.0
        if subscription is not None:
            if subscription.connection is not None:
                subscription.connection.deregister_connect_callback(self._reconnected)
            subscription.close()  # gives its connection back; no command is sent
        self._reconnected(None)


def _served_copy(kept):
    """A response to serve made from `kept`, which is never served itself: what serving changes (the headers that
    middleware adds, cookies, the closers the server calls) is the copy's own; the content is shared, as it is
    only read. Unpickling a copy for every hit cost a twentieth of a hit."""
    served = object.__new__(type(kept))
    served.__dict__ = {**kept.__dict__, "cookies": SimpleCookie(), "_resource_closers": [], "closed": False}
    served.headers = object.__new__(ResponseHeaders)
    served.headers._store = dict(kept.headers._store)  # Django's own copy() of the headers returns them as they are
    return served
