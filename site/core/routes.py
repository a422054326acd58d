"""Wagtail's page view, with the way to each page remembered in this process until the page-cache version moves:
every publish, unpublish, move or deletion of a page moves it, as does a change of sites or languages
(core.page_cache).

Wagtail finds the page of an address by walking the tree from the site's root in the request's language: three
queries for the root, then two a level (the child by its slug, then its specific type), six of a project page's
fourteen. What it finds depends only on the site, the language and the address. The page's type and id are
remembered, for the addresses of pages only: not a routable page's sub-addresses (a feed, a survey's steps) nor
an address with no page, of which there can be any number. The page itself is read again for each request, in one
query, so that no two requests share a page object."""

from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views
from wagtail.models import Page, Site

from .compiled import fetch
from .page_cache import kept_until_published


def serve(request, path):
    """wagtail.views.serve, the page found from memory."""
    site = Site.find_for_request(request)
    if site is not None:
        key = ("route", site.pk, translation.get_language(), path)
        route = kept_until_published(key, lambda: _page_at(request, path), keep=lambda found: found is not None)
        if route is not None:
            model, pk, args, resolver_match = route
            related = getattr(model, "serve_select_related", ())  # read with the page, in its query
            found = fetch(("page", model, related), model.objects.select_related(*related).filter(pk=pk)[:1], pk)
            if found:
                page = found[0]
                if resolver_match is not None:  # a routable page's own address: its view, as its routing sets it
                    request.routable_resolver_match = resolver_match
                request._wagtail_route_for_request = (page, args, {})  # where Page.route_for_request keeps it
    return views.serve(request, path)


def _page_at(request, path):
    """What Wagtail's routing finds for the page whose own address `path` is (its type, its id, and a routable
    page's view for that address), or None."""
    found = Page.route_for_request(request, path)
    if found is None:
        return None
    page, args, kwargs = found
    if kwargs or not page.url_path.endswith(f"/{path}"):  # under a routable page's address: not remembered
        return None
    return type(page), page.pk, args, getattr(request, "routable_resolver_match", None)


# Wagtail's URLs (config.urls), its page view replaced by `serve` at the same address and by the same name.
urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
