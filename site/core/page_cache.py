"""Cache of anonymous page views, cleared whenever content is published, unpublished, moved or deleted.

It caches only what a view has said is the same for every visitor (`public`, `PublicPageMixin`): an allow-list,
so that a new view, or one whose answer depends on a token, a session or a user (an invitation link, a survey
step), is never cached by omission. Entries are keyed on the host, after it has been validated, and pages
build their absolute links from the Wagtail site that answers it, never from the request's host.

Every entry carries the page-cache version (core.versions) it was rendered under, which a publish moves: old
entries simply stop being read and expire. With Redis in production the version is shared by every worker and by
`publish_scheduled`. A hit reads the version and the entry together, in one round trip to Redis.
"""

import copy
import functools
import hashlib
import math
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from wagtail.models import Site

from .page_memory import PageMemory
from .versions import Version

VERSION = Version("page-cache")
MEMORY = PageMemory(VERSION.key)


@receiver(setting_changed)
def _another_cache(setting, **kwargs):
    """Tests change the cache; the copies in memory were kept under the other one's versions."""
    if setting == "CACHES":
        MEMORY.forget()


UNCACHED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/")
# Only these query parameters make a page worth caching; any other would let anyone fill the cache with keys.
CACHED_PARAMETERS = {"page", "tag", "q", "goal", "means", "region", "status", "year"}


def current_version():
    """The page-cache version, which the live surveys' cache (surveys.live) follows too."""
    return VERSION.current()


def known_version():
    """The page-cache version as this process knows it without asking Redis (core.page_memory: told of every
    move, and trusting what it read for a second at most), else read from Redis and then known for that long."""
    version = MEMORY.current_version()
    if version is None:
        version = current_version()
        MEMORY.learned(version)  # read after the announcements waiting were: current until the next
    return version


_kept = {"version": None, "values": {}}
# The version the request being served started under, as the middleware read it before the view loaded anything.
_started_under = ContextVar("kuntaan_page_cache_version", default=None)


def kept_until_published(key, read, keep=None, fresh=None):
    """`read()`, kept in this process until the page-cache version moves (a publish anywhere): for what many
    pages show and only a change of content changes, such as the footer's links, when a page is rendered. The
    value is shared by the requests that follow: never change it. A request during which something was published
    may have loaded what `read` uses (its page, its surveys) before the publish: what it reads is not kept. Nor is
    a value that `keep(value)` says is not worth keeping (`keep`: None to keep every value). A kept value that
    `fresh(value)` says time has made stale (an upcoming event that has ended) is read again."""
    global _kept
    version = known_version()
    if _kept["version"] != version:
        _kept = {"version": version, "values": {}}
    kept = _kept
    if key in kept["values"] and (fresh is None or fresh(kept["values"][key])):
        return kept["values"][key]
    value = read()
    if (keep is None or keep(value)) and _started_under.get() in (None, version):  # None: outside a request
        kept["values"][key] = value
    return value


def invalidate(**kwargs):
    """Now, and again when the transaction commits: a request that read the old content between the two (it was
    not yet committed) must not leave it cached under the new version."""
    VERSION.bump()
    transaction.on_commit(VERSION.bump)


def mark_public(response):
    """Say that `response` is the same for every anonymous visitor, so the page cache may keep it."""
    response.kuntaan_public = True
    return response


def public(view):
    """A view (or a routable page's route) whose responses are the same for every anonymous visitor."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        return mark_public(view(*args, **kwargs))

    return wrapped


def valid_until(request, moment):
    """Say that the page answering `request` shows something that changes at `moment` (a survey opening or
    closing): the page cache keeps it no longer than that, nor do browsers where the view let them keep it at all.
    The earliest moment wins."""
    if moment is not None:
        earliest = getattr(request, "kuntaan_valid_until", None)
        request.kuntaan_valid_until = moment if earliest is None else min(earliest, moment)


def _seconds_left(request):
    """Whole seconds until what the page shows changes (`valid_until`), rounded down so that a page is never kept
    past the change (0: not kept at all), or None when nothing on it has a date."""
    moment = getattr(request, "kuntaan_valid_until", None)
    return None if moment is None else max(0, math.floor((moment - timezone.now()).total_seconds()))


def _shorten_browser_lifetime(response, seconds):
    """A max-age the view gave browsers is cut to `seconds`; none is added where there was none, since that
    would let a browser keep a page it now asks for again on every visit."""
    max_age = get_max_age(response)
    if seconds is not None and max_age is not None and max_age > seconds:
        patch_cache_control(response, max_age=seconds)


class PublicPageMixin:
    """A page type whose ordinary view (Page.serve) is the same for every anonymous visitor. A routable page's
    routes are marked one by one with `public` instead: some of them may depend on the visitor."""

    def serve(self, request, *args, **kwargs):
        return mark_public(super().serve(request, *args, **kwargs))


_sites = {"version": None, "sites": {}}


def _site(request, host, version):
    """The Wagtail site answering `request` (None for none), remembered in this process for each host under the
    cache version it was found under (a change of sites moves it): a page rendered does not ask the database for
    it. What is remembered is a copy taken as found, which no request uses (see `_hand_site`)."""
    global _sites
    if _sites["version"] != version:
        _sites = {"version": version, "sites": {}}
    if host not in _sites["sites"]:
        request.__dict__.pop("_wagtail_site", None)  # found under another version earlier in this request
        _sites["sites"][host] = own_copy(Site.find_for_request(request))
    return _sites["sites"][host]


def request_site(request):
    """Wagtail's `Site.find_for_request`, from this process's memory: for the views that the page cache does not
    serve but that need the request's site (a survey's steps, the API), which then do not ask the database for it
    either."""
    if not hasattr(request, "_wagtail_site"):
        _hand_site(request, (request.get_host(), request.get_port()), known_version())
    return request._wagtail_site


def _hand_site(request, host, version):
    """Give a request the page cache renders its site where Wagtail's `Site.find_for_request` keeps what it
    found, so that rendering does not ask the database for it either: a copy of its own, with its own copy of
    the root page, since rendering caches what it works out on the root page (its specific page, the page in the
    request's language) and the next request must not be served what this one left there."""
    request._wagtail_site = own_copy(_site(request, host, version))


def own_copy(instance):
    """A copy, for one request, of a model instance kept in this process's memory (None for None): rendering
    caches what it works out on an instance and on the related objects it has loaded, and the next request must
    not be served what this one left there."""
    if instance is None:
        return None
    copied = copy.copy(instance)  # a model's copy has its own state and cache of related objects (Model.__getstate__)
    copied._state.fields_cache = {name: copy.copy(value) for name, value in copied._state.fields_cache.items()}
    return copied


def _key(host, path):
    """The key of a page (`path`: its hashed address) asked for at `host`, a (name, port) that ALLOWED_HOSTS
    let through. Keyed on the host rather than its Wagtail site, so that serving a kept page never asks the
    database which site a host is: a worker started while PostgreSQL is out of reach serves what Redis keeps."""
    return f"kuntaan:page:{host[0]}:{host[1]}:{path}"


def _cached(key):
    """(the current version, the page kept under `key` or None, and until when it may be served), read
    together."""
    found = cache.get_many([VERSION.key, key])
    version = found.get(VERSION.key) or current_version()
    rendered_under, until, response = found.get(key) or (None, None, None)
    return version, *((response, until) if rendered_under == version else (None, None))


def _cacheable_request(request):
    """Anonymous GETs: a request with a session cookie (editors, survey respondents) always goes through."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and set(request.GET) <= CACHED_PARAMETERS
    )


def _cacheable_response(response):
    """Only 200s that their view marked public, and even then nothing that set a cookie (a CSRF token or a
    session) or asked not to be cached. (`Vary: Cookie` alone does not count: reading request.user adds it, and
    the request had no session.)"""
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(response, "kuntaan_public", False)
        and response.status_code == 200
        and not response.cookies
        and "private" not in cache_control
        and "no-cache" not in cache_control
        and get_max_age(response) != 0
        and not response.streaming
    )


class AnonymousPageCacheMiddleware:
    """Serves anonymous GETs of public pages from the cache. It must come before the session, CSRF and locale
    middleware in MIDDLEWARE, so that it sees the cookies and Vary headers they add: a page with a form (CSRF
    cookie) or a session is never cached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = (request.get_host(), request.get_port())  # a host not allowed is refused (400) before anything else
        if not _cacheable_request(request):
            response = self._respond(request, known_version())
            _shorten_browser_lifetime(response, _seconds_left(request))
            return response
        key = _key(host, hashlib.sha256(request.get_full_path().encode()).hexdigest())
        known = MEMORY.current_version()
        if known is not None:
            response = MEMORY.get(key, known)
            if response is not None:
                response["X-Cache"] = "hit"
                return response
        if settings.PAGE_CACHE_SECONDS:
            version, response, until = _cached(key)
            MEMORY.learned(version)
            if response is not None:
                MEMORY.keep(key, version, until, response)
                response["X-Cache"] = "hit"
                return response
        else:  # the page cache is off: there is nothing to look for, and nothing will be kept (below)
            version = known_version()
        _hand_site(request, host, version)
        response = self._respond(request, version)
        seconds_left = _seconds_left(request)
        _shorten_browser_lifetime(response, seconds_left)
        if _cacheable_response(response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            lifetimes = (settings.PAGE_CACHE_SECONDS, get_max_age(response), seconds_left)
            seconds = min(seconds for seconds in lifetimes if seconds is not None)
            if seconds > 0:  # else not kept: nothing to write (a copy kept under this version would have answered)
                until = time.time() + seconds
                cache.set(key, (version, until, response), seconds)
                MEMORY.keep(key, version, until, response)
            response["X-Cache"] = "miss"
        return response

    def _respond(self, request, version):
        """The view's response, rendered with `version` as the one the request started under."""
        started = _started_under.set(version)
        try:
            return self.get_response(request)
        finally:
            _started_under.reset(started)


def invalidate_on_change(model):
    """Clear the cached pages whenever a `model` object is saved or deleted: content that pages show but that is
    not a page (an app registers its own, such as reference's organisations)."""
    post_save.connect(invalidate, sender=model, dispatch_uid=f"kuntaan-cache-save-{model._meta.label}")
    post_delete.connect(invalidate, sender=model, dispatch_uid=f"kuntaan-cache-delete-{model._meta.label}")


def connect_invalidation():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="kuntaan-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="kuntaan-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="kuntaan-cache-moved")

    def on_delete(sender, instance, **kwargs):
        if isinstance(instance, Page):
            invalidate()

    post_delete.connect(on_delete, dispatch_uid="kuntaan-cache-deleted", weak=False)
    # Images, documents, who may see a page, the sites that give pages their addresses, and their languages.
    for model in (get_image_model(), get_document_model(), PageViewRestriction, Site, Locale):
        invalidate_on_change(model)
