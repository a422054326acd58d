"""Rate limits in the cache, without a CAPTCHA: how many attempts (wrong links, submissions, failed sign-ins) a
client may make per window. The client is identified by a keyed hash of its address, kept only in the cache for
the window and never with an answer. The limits themselves are defined where they are applied."""

import hashlib
import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse

from .cache import RedisCache


@dataclass(frozen=True)
class Limit:
    """At most `limit` attempts in a window, counted per client address, or per `subject` (an account name) where
    one is given. The counts live in the default cache, which production shares between its processes."""

    name: str
    limit: int
    window_seconds: int

    def _key(self, request, subject=None):
        counted = client_address(request) if subject is None else subject
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{counted}".encode()).hexdigest()[:32]
        return f"kuntaan:limit:{self.name}:{digest}"

    def exceeded(self, request, subject=None):
        return cache.get(self._key(request, subject), 0) >= self.limit

    def record(self, request, subject=None):
        """Count one more attempt and return the count in this window: one round trip to Redis (core.cache's
        count), in another cache one operation except for the first attempt of a window. With the cache out of
        reach (core.cache), nothing is counted: the limits open rather than shut everyone out."""
        key = self._key(request, subject)
        if isinstance(backend := caches["default"], RedisCache):
            return backend.count(key, self.window_seconds)
        try:
            return cache.incr(key)
        except ValueError:  # the first of this window (or the window ended just now)
            if cache.add(key, 1, self.window_seconds):
                return 1
            try:
                return cache.incr(key)
            except ValueError:  # added by another request and gone at once, or no cache to count in
                return 0

    def over(self, request, subject=None):
        """Record an attempt; True if it goes over the limit, and must be refused."""
        return self.record(request, subject) > self.limit


def client_address(request):
    """The client's address. Behind the proxies of settings.TRUSTED_PROXIES (production's TLS proxy), every
    request comes from the nearest proxy, and the client is the address that proxy added last to
    X-Forwarded-For (one proxy: the last entry): entries before those come from the client itself and could be
    anything, so they are never used. The header is believed only from a connection out of
    TRUSTED_PROXY_NETWORKS: a client that reaches the site directly (no proxy in front, whatever the setting
    says) is counted by its own address. Without proxies, or without the header, the connection's address."""
    proxies = settings.TRUSTED_PROXIES
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if not proxies or len(forwarded) < proxies or not forwarded[-proxies]:
        return remote
    # The connection and every hop between the proxies (the entries the inner proxies appended) must come from
    # a proxy's network: otherwise a client reached an inner proxy, or the site, directly.
    hops = [remote, *forwarded[len(forwarded) - proxies + 1 :]]
    return forwarded[-proxies] if all(_from_proxy(hop) for hop in hops) else remote


def _from_proxy(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    ip = ip.ipv4_mapped or ip if ip.version == 6 else ip  # "::ffff:127.0.0.1" from a server bound on [::]
    return any(ip in network for network in settings.TRUSTED_PROXY_NETWORKS)


def refusal(message):
    """The 429 answer once a limit is reached: plain text in the visitor's language."""
    return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
