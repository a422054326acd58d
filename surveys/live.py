"""Live surveys as plain data, cached for the answering steps.

A respondent's step is a form post that is validated, saved and redirected. Routing it through the page tree
(the site, a query per level, view restrictions) and parsing the sections' StreamField would cost several times
more than the answering itself, so the answering views read a `LiveSurvey` from the cache instead. It is cached
under the page-cache version (core.page_cache), which every publish, unpublish, move, deletion, view-restriction or
site change moves, so it never outlives the revision it was read from. Each process also keeps what it read of
the current version in memory, which saves a round trip to the cache and unpickling on every step, and reads the
version as core.page_cache.known_version knows it (a publish is announced to it at once). The page itself is
loaded only when a step is rendered.
"""

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.core.cache import cache
from django.utils.functional import cached_property
from wagtail.models import Site

from core.page_cache import kept_until_published, known_version, own_copy, request_site
from core.restrictions import restricted_paths

from .collection import SurveyStatus, collection_status
from .structure import Section

CACHE_SECONDS = 60 * 60


@dataclass
class LiveSurvey:
    pk: int
    canonical_pk: int
    translation_key: uuid.UUID
    title: str
    slug: str
    url: str  # the page's path, with its language prefix
    audience: str
    round_year: int
    revision_id: int
    opens_at: datetime | None
    closes_at: datetime | None
    sections: list[Section]
    access_codes: bool = False
    loaded_page: object = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, page):
        """The live survey of a live page (from the cache when it is there)."""
        version = known_version()
        return replace(_cached(version, _key(page.pk, version), lambda: cls._read(page)), loaded_page=page)

    @classmethod
    def _read(cls, page):
        return cls(
            pk=page.pk,
            canonical_pk=page.canonical.pk,
            translation_key=page.translation_key,
            title=page.title,
            slug=page.slug,
            url=page.url,
            audience=page.audience,
            round_year=page.round_year,
            revision_id=page.live_revision_id,
            opens_at=page.opens_at,
            closes_at=page.closes_at,
            sections=page.structure(),
            access_codes=page.access_codes,
        )

    @cached_property
    def page(self):
        """The page, for rendering a step around the form: read once a process until something is published,
        and a copy of its own for each request."""
        from .models import SurveyPage

        if self.loaded_page is not None:
            return self.loaded_page
        return own_copy(kept_until_published(("survey page", self.pk), lambda: SurveyPage.objects.get(pk=self.pk)))

    @property
    def is_open(self):
        return collection_status(self.opens_at, self.closes_at) == SurveyStatus.OPEN

    def subpage_path(self, route, **kwargs):
        from .models import SurveyPage

        return SurveyPage.get_resolver().reverse(route, **kwargs)

    def subpage_url(self, route, **kwargs):
        return self.url + self.subpage_path(route, **kwargs)


def at_path(request, path):
    """The live survey whose page is at `path` ("/fi/kyselyt/…/") on the request's site, or None where the page
    tree must decide: no such survey, a page with view restrictions, or a page at that address only on another
    site than the one Wagtail gives its address on (a page under several sites' roots)."""
    version = known_version()
    several, paths = _cached(version, f"kuntaan:live-survey-paths:{version}", _open_paths)
    # With one site, the address alone says which survey it is: no site is looked up, so that a step needs no
    # database even in a worker that has not found its site yet (PostgreSQL out of reach, say).
    site = request_site(request) if several else None
    pk = paths.get((site.pk if site else None, path))
    if pk is None:
        return None
    survey = _cached(version, _key(pk, version), lambda: _read_live(pk))
    # A copy, since a request keeps the page it loads on its own; its address is the one it was asked at, on
    # the request's site (the page's `url` is absolute when there are several sites).
    return replace(survey, url=path) if survey else None


def _read_live(pk):
    from .models import SurveyPage

    page = SurveyPage.objects.live().filter(pk=pk).first()
    return LiveSurvey._read(page) if page else None


def _open_paths():
    """(whether there are several sites, {(site id or None with one site, path): page id}) of the live surveys
    anyone may answer, at the address Wagtail gives each."""
    from .models import SurveyPage

    several = Site.objects.count() > 1
    restricted = restricted_paths()
    paths = {}
    for page in SurveyPage.objects.live().defer_streamfields():
        parts = page.get_url_parts()  # (site id, the site's root URL, the path on it), or None: on no site
        if parts and parts[2] and not any(page.path.startswith(prefix) for prefix in restricted):
            paths[(parts[0] if several else None, parts[2])] = page.pk
    return several, paths


def _key(pk, version):
    return f"kuntaan:survey:{version}:{pk}"


_in_process = {"version": None, "values": {}}


def _cached(version, key, read):
    """From this process's memory, else from the shared cache, else `read()` (and kept in both). The memory
    holds values of one version only: when a publish anywhere moves the version, it starts again, empty. The
    values are never changed once kept; requests take copies."""
    global _in_process
    if _in_process["version"] != version:
        _in_process = {"version": version, "values": {}}
    values = _in_process["values"]
    value = values.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = read()
            cache.set(key, value, CACHE_SECONDS)
        values[key] = value
    return value
