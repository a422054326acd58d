"""Paginating listings: the site's (news, events, projects, search results) and the admin's own lists."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _


def paginate(request, queryset, per_page):
    """A page of results; a page number that is not a number or out of range is a 404, not a 500."""
    try:
        return Paginator(queryset, per_page).page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404(_("No such page of results.")) from exc


def admin_page(request, rows, parameter, per_page):
    """One page of an admin list, with its links (`previous_link`, `next_link`; shown by
    components/admin_pages.html). Each list has a page parameter of its own, so that two lists on one page page
    apart; a page number out of range gives the last page rather than an error on a list that shrank since the
    link was made."""
    page = Paginator(rows, per_page).get_page(request.GET.get(parameter))

    def link(number):
        query = request.GET.copy()
        query[parameter] = number
        return f"?{query.urlencode()}"

    page.previous_link = link(page.previous_page_number()) if page.has_previous() else None
    page.next_link = link(page.next_page_number()) if page.has_next() else None
    return page
