"""Paginating listings: the site's (news, events, projects, search results) and the admin's own lists."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from .page_cache import kept_until_published


def paginate(request, queryset, per_page):
    """A page of results; a page number that is not a number or out of range is a 404, not a 500."""
    try:
        return Paginator(queryset, per_page).page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404(_("No such page of results.")) from exc


def paginate_kept(request, queryset, per_page, key, read):
    """A page of `queryset`'s pages for a listing whose cards show only what a publish changes: the database
    is asked only which pages the listing shows (their ids, and how many), and the pages themselves come from
    `read()`, every page the listing may show with what its cards show, read once and kept in the process
    under `key` until something is published. A page live without a publish having moved the version (created
    live by code, or published while the listing was read) is not kept yet: it is read at once. Kept pages are
    shared by the requests that follow: never change them."""
    page = paginate(request, queryset.values_list("pk", flat=True), per_page)
    ids = list(page.object_list)
    kept = kept_until_published(key, lambda: {item.pk: item for item in read()})
    if missing := [pk for pk in ids if pk not in kept]:
        kept = {**kept, **{item.pk: item for item in read().filter(pk__in=missing)}}
    page.object_list = [kept[pk] for pk in ids if pk in kept]
    return page


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
