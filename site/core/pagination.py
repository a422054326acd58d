"""Paginating listings (news, events, projects, search results)."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _


def paginate(request, queryset, per_page):
    """A page of results; a page number that is not a number or out of range is a 404, not a 500."""
    try:
        return Paginator(queryset, per_page).page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404(_("No such page of results.")) from exc
