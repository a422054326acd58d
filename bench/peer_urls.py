"""The peer's site as Wagtail serves a site of its own (bench/server_bench.py): its pages by Wagtail's own page view
and routing, and its API. The site's page view finds pages from memory (core.routes); the peer, a site started
with `wagtail start`, would not."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from pagepeer.urls import urlpatterns as peer_urlpatterns
from wagtail import urls as wagtail_urls

urlpatterns = [*peer_urlpatterns, *i18n_patterns(path("", include(wagtail_urls)))]


class PeerUrlsMiddleware:
    """A request to the peer's host is resolved with these URLs rather than the site's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The Host header as sent, not get_host(): that validates it, which the site's own pages then pay twice.
        if request.META.get("HTTP_HOST", "").partition(":")[0] == "peer.localhost":
            request.urlconf = __name__
        return self.get_response(request)
