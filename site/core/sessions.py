"""The session engine (settings.SESSION_ENGINE): Django's cache sessions, saved in one round trip to Redis.

Django's cache sessions read a session back before saving it, so that one deleted meanwhile (signed out
elsewhere, expired) is not brought back: a GET and a SET on every request that changes a session, such as each
survey step. With Redis (core.cache.RedisCache), SET XX does both at once; elsewhere Django's own save runs."""

from django.contrib.sessions.backends import cache as cache_sessions
from django.contrib.sessions.backends.base import UpdateError

from .cache import RedisCache


class SessionStore(cache_sessions.SessionStore):
    def save(self, must_create=False):
        if self.session_key is None or must_create or not isinstance(self._cache, RedisCache):
            return super().save(must_create)
        if not self._cache.replace(self.cache_key, self._get_session(), self.get_expiry_age()):
            raise UpdateError
