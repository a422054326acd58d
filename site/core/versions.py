"""Versioned cache keys: rather than deleting cached values (impossible to do selectively in most backends), a
family of keys carries a version number that a change increments; old entries simply stop being read and expire.
With Redis in production the version is shared by every process and command."""

import time

from django.core.cache import cache

from .cache import announce


class Version:
    """The version of one family of cached values (`name`: "page-cache", "reference", ...)."""

    def __init__(self, name):
        self.key = f"kuntaan:{name}-version"

    def current(self):
        """The version, started from the clock when there is none (a new or emptied cache, such as a Redis
        restart): above every earlier one, so that nothing kept under an earlier version, in the cache or in a
        process's memory, is ever read as current again."""
        return cache.get_or_set(self.key, time.time_ns, timeout=None)

    def bump(self):
        """Move the version, and announce it to the processes that keep copies under it (core.page_memory)."""
        try:
            cache.incr(self.key)
        except ValueError:  # no version yet: nothing is cached under one
            self.current()
        announce(self.key)
