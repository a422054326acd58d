"""Which pages have view restrictions, read once and then known in this process until the page-cache version
moves: every restriction added, changed or removed moves it (core.page_cache), as does every publish and move.

Wagtail reads the restrictions table on every page it serves (to check the visitor may see the page) and on every
listing of public pages (`.public()`, which builds its condition from every restriction), two queries each time:
more than a page's content costs on a site where, as on this one, few pages or none are restricted. Wagtail has no
setting or hook for this, so its two methods are wrapped, once, at start-up (core.apps):

- `.public()` builds the same condition (a restricted page and the pages under it) from the paths known here;
- a page checks its restrictions in the database as before, unless no page at all has one.

A restriction added in another process is known here within the second that core.page_cache.known_version trusts
a version for, as a published page is."""

from functools import reduce
from operator import or_

from django.db.models import Q

from .page_cache import kept_until_published


def restricted_paths():
    """The tree paths of the pages that have a view restriction: each restricts its page and the pages under it."""
    from wagtail.models import PageViewRestriction

    return kept_until_published(
        "view-restrictions",
        lambda: tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))),
    )


def under_q(paths):
    """The pages under (or at) any of the tree `paths`, such as the restricted sections or a site's roots; none
    when there are none."""
    return reduce(or_, (Q(path__startswith=path) for path in paths)) if paths else Q(pk__in=[])


def use_known_restrictions():
    from wagtail.models import Page, PageViewRestriction
    from wagtail.query import PageQuerySet

    original = Page.get_view_restrictions
    if getattr(original, "known", False):
        return

    def get_view_restrictions(self):
        return original(self) if restricted_paths() else PageViewRestriction.objects.none()

    def private_q_of_queryset(self):
        return under_q(restricted_paths())

    get_view_restrictions.known = True
    Page.get_view_restrictions = get_view_restrictions
    PageQuerySet.private_q = private_q_of_queryset
