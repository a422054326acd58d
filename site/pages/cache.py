"""Cache of anonymous page views, cleared whenever content is published, unpublished, moved or deleted.

Rather than deleting keys (impossible to do selectively in most backends), every key carries a version number
that a publish increments; old entries simply stop being read and expire. With Redis in production the version
is shared by every worker and by `publish_scheduled`.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import get_max_age

VERSION_KEY = "kuntaan:page-cache-version"
UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/api/", "/documents/", "/static/", "/media/")
# Only these query parameters make a page worth caching; any other would let anyone fill the cache with keys.
CACHED_PARAMETERS = {"page", "tag", "q", "goal", "means", "region", "status", "year"}


def current_version():
    """The version, started from the clock when there is none (a new or emptied cache, such as a Redis
    restart): above every earlier one, so that nothing kept under an earlier version, in the cache or in a
    process's memory (surveys.live), is ever read as current again."""
    return cache.get_or_set(VERSION_KEY, time.time_ns, timeout=None)


def _bump():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing is cached under one
        current_version()


def invalidate(**kwargs):
    """Now, and again when the transaction commits: a request that read the old content between the two (it was
    not yet committed) must not leave it cached under the new version."""
    _bump()
    transaction.on_commit(_bump)


def _cacheable_request(request):
    """Anonymous GETs: a request with a session cookie (editors, survey respondents) always goes through."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and set(request.GET) <= CACHED_PARAMETERS
    )


def _cacheable_response(response):
    """Only plain public 200s: nothing that set a cookie (a CSRF token or a session) or asked not to be cached.
    (`Vary: Cookie` alone does not count: reading request.user adds it, and the request had no session.)"""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
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
        if not _cacheable_request(request):
            return self.get_response(request)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"kuntaan:page:{current_version()}:{path}"
        response = cache.get(key)
        if response is not None:
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "miss"
        return response


def connect_invalidation():
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate, dispatch_uid="kuntaan-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="kuntaan-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="kuntaan-cache-moved")

    def on_delete(sender, instance, **kwargs):
        if isinstance(instance, Page):
            invalidate()

    post_delete.connect(on_delete, dispatch_uid="kuntaan-cache-deleted", weak=False)

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site

    from reference.models import Organisation

    # Content shown on pages that is not a page: organisations, images, documents, who may see a page, and the
    # sites that give pages their addresses.
    for model in (Organisation, get_image_model(), get_document_model(), PageViewRestriction, Site):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"kuntaan-cache-save-{model._meta.label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"kuntaan-cache-delete-{model._meta.label}")
