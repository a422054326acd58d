"""Serving pages: each in its own language."""

from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import hooks

from .languages import in_visitors_language


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Wagtail routes an address in a language that has no home page (/so/…) through the default language's
    pages, which would serve Finnish content marked as Somali (and laid out right to left for Persian or Pashto).
    Such a visitor is sent to the same place (a routable page's sub-route and the query string kept) in the
    page's published English version, or where it has none, in the page's own language."""
    if page.locale.language_code == get_language():
        return None
    target = in_visitors_language(page, get_language())
    asked, served = _after_language_prefix(request.path), _after_language_prefix(page.get_url(request) or "")
    rest = asked[len(served) :] if asked.startswith(served) else ""
    query = request.META.get("QUERY_STRING", "")
    return redirect(target.get_url(request) + rest + (f"?{query}" if query else ""))


def _after_language_prefix(path):
    """'/so/kyselyt/x/answer/' -> 'kyselyt/x/answer/': the part of an address the page tree routes."""
    parts = path.split("/", 2)
    return parts[2] if len(parts) == 3 else ""
