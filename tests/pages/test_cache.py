"""Anonymous page views come from the cache; publishing clears it; editors always see fresh pages."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from core import page_cache
from pages.models import NewsIndexPage, NewsPage
from tests import redis
from tests.redis import needs_redis

pytestmark = pytest.mark.django_db


def test_second_anonymous_view_is_served_from_the_cache(client):
    assert client.get("/fi/")["X-Cache"] == "miss"
    assert client.get("/fi/")["X-Cache"] == "hit"


def test_a_page_from_the_cache_has_the_same_security_headers(client):
    """The policies are kept with the page (the cache answers before their middleware)."""
    rendered, cached = client.get("/fi/"), client.get("/fi/")
    assert cached["X-Cache"] == "hit"
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options", "Referrer-Policy"):
        assert cached[header] == rendered[header] and rendered[header], header
    assert cached["X-Request-ID"] != rendered["X-Request-ID"]


def test_publishing_a_change_shows_it_at_once(client):
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    client.get(index.url)
    assert client.get(index.url)["X-Cache"] == "hit"

    news.title = "Aivan uusi otsikko"
    news.save_revision().publish()

    response = client.get(index.url)
    assert response["X-Cache"] == "miss"
    assert "Aivan uusi otsikko" in response.content.decode()


def test_a_draft_does_not_clear_the_cache(client):
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    client.get(news.url)
    news.title = "Luonnos"
    news.save_revision()
    response = client.get(news.url)
    assert response["X-Cache"] == "hit"
    assert "Luonnos" not in response.content.decode()


def test_unpublishing_clears_the_cache(client):
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    assert client.get(news.url).status_code == 200
    news.unpublish()
    assert client.get(news.url).status_code == 404


def test_logged_in_editors_are_never_served_from_the_cache(client, django_user_model):
    client.get("/fi/")
    editor = django_user_model.objects.create_superuser("editor", "editor@example.fi", "pw")
    client.force_login(editor)
    assert "X-Cache" not in client.get("/fi/")


def test_errors_and_admin_are_not_cached(client):
    assert "X-Cache" not in client.get("/fi/no-such-page/")
    assert "X-Cache" not in client.get("/admin/login/")


@needs_redis
def test_invalidation_works_with_redis_as_in_production(client):
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        try:
            client.get("/en/")
            assert client.get("/en/")["X-Cache"] == "hit"
            version = page_cache.current_version()
            page_cache.invalidate()
            assert page_cache.current_version() == version + 1
            assert client.get("/en/")["X-Cache"] == "miss"
        finally:
            caches["default"].clear()


@needs_redis
def test_a_page_kept_in_redis_is_served_without_the_database(client, django_assert_num_queries):
    """A worker started while PostgreSQL is out of reach (gunicorn replaces one every few thousand requests) has
    nothing in its memory: it serves what Redis keeps without asking the database, not even which site the host
    is. (Asking it for the site was a 503 for every cached page in make faults' PostgreSQL outage.)"""
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        try:
            client.get("/en/")
            page_cache.MEMORY.forget()  # a new worker: no pages, no version, no sites in memory
            page_cache._sites = {"version": None, "sites": {}}
            with django_assert_num_queries(0):
                assert client.get("/en/")["X-Cache"] == "hit"
        finally:
            caches["default"].clear()


def test_restricting_a_page_clears_the_cache(client):
    from wagtail.models import PageViewRestriction

    news = NewsPage.objects.filter(locale__language_code="fi").first()
    client.get(news.url)
    PageViewRestriction.objects.create(page=news, restriction_type="password", password="secret")
    response = client.get(news.url)
    assert "X-Cache" not in response or response["X-Cache"] == "miss"
    assert "secret" not in response.content.decode() and news.title not in response.content.decode()


def test_unknown_query_parameters_are_not_cached(client):
    client.get("/fi/?utm_source=x")
    assert "X-Cache" not in client.get("/fi/?utm_source=x")


def test_pages_with_forms_are_never_shared_between_visitors(participant_step_url):
    from django.test import Client

    first, second = Client(), Client()
    first_html = first.get(participant_step_url).content.decode()
    second_response = second.get(participant_step_url)
    assert second_response.get("X-Cache") != "hit"
    token = 'name="csrfmiddlewaretoken" value="'
    assert first_html.split(token)[1][:20] != second_response.content.decode().split(token)[1][:20]


@pytest.fixture
def participant_step_url(client):
    from surveys.models import Audience, SurveyPage

    survey = SurveyPage.objects.filter(
        audience=Audience.PARTICIPANTS, locale__language_code="fi", round_year=2026
    ).get()
    return client.get(survey.url + survey.reverse_subpage("answer"), follow=True).redirect_chain[-1][0]


def test_only_responses_a_view_marks_public_are_cached(rf):
    """An allow-list: a plain 200 that sets no cookie is not cached unless its view said it is the same for
    everyone."""
    from django.http import HttpResponse

    calls = []

    def view(request):
        calls.append(1)
        return HttpResponse("hello")

    middleware = page_cache.AnonymousPageCacheMiddleware(view)
    for _ in range(2):
        assert "X-Cache" not in middleware(rf.get("/fi/unmarked/"))
    assert len(calls) == 2
    marked = page_cache.AnonymousPageCacheMiddleware(page_cache.public(view))
    assert marked(rf.get("/fi/marked/"))["X-Cache"] == "miss"
    assert marked(rf.get("/fi/marked/"))["X-Cache"] == "hit"


@pytest.mark.parametrize("path", ["/fi/", "/fi/no-such-page/", "/api/v2/pages/", "/sitemap.xml"])
def test_a_host_not_allowed_is_refused_before_the_cache_answers(client, path):
    client.get("/fi/")  # cached for the allowed host
    response = client.get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400 and "X-Cache" not in response
    assert b"evil.example" not in response.content


def test_pages_carry_the_sites_own_address_whatever_host_first_asked(client):
    """A page first rendered for one allowed host name is not served with that name's links to the others: links
    come from the site's own address (here http://testserver), and each host has copies of its own."""
    first = client.get("/fi/", HTTP_HOST="localhost").content.decode()
    assert client.get("/fi/", HTTP_HOST="localhost")["X-Cache"] == "hit"
    second = client.get("/fi/", HTTP_HOST="127.0.0.1")
    assert second["X-Cache"] == "miss"
    for html in (first, second.content.decode()):
        assert "localhost" not in html and "127.0.0.1" not in html
        assert 'hreflang="sv" href="http://testserver/sv/' in html


def test_a_rendering_finds_its_site_in_memory_until_the_sites_change(client, settings):
    """The page cache's middleware remembers the site of each host until the version moves, and hands it to
    Wagtail: a page rendered anew (here nothing is cached) asks the database for its site once. A change of the
    site's address shows at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Site

    settings.PAGE_CACHE_SECONDS = 0
    client.get("/fi/")
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/fi/").content.decode()
    assert captured, "the page was not rendered"
    assert not [query for query in captured if 'FROM "wagtailcore_site"' in query["sql"]]
    assert 'hreflang="sv" href="http://testserver/sv/' in html
    site = Site.objects.get()
    site.hostname = "kuntaan.example.fi"
    site.save()
    html = client.get("/fi/").content.decode()  # the same host: the default site answers it, at its new address
    assert 'hreflang="sv" href="http://kuntaan.example.fi/sv/' in html


def test_no_two_renderings_share_the_site_or_its_root_page(client, settings):
    """The site remembered for a host is handed to each rendering as a copy of its own, root page included:
    Wagtail caches on the root page what it works out while routing (its specific page, the page in the
    request's language), which must not carry over to the next request."""
    settings.PAGE_CACHE_SECONDS = 0
    first, second = client.get("/fi/").wsgi_request, client.get("/fi/").wsgi_request
    assert first._wagtail_site.pk == second._wagtail_site.pk
    assert first._wagtail_site is not second._wagtail_site
    assert first._wagtail_site.root_page is not second._wagtail_site.root_page


def test_a_page_not_to_be_kept_is_not_written_to_the_cache(client, settings):
    """With no lifetime (PAGE_CACHE_SECONDS=0, or a survey opening now) a rendered page is not kept: nothing is
    sent to the cache for it, not even a write that expires at once (a round trip to Redis on every page). With
    the page cache off (PAGE_CACHE_SECONDS=0) no page is looked for either."""
    from unittest import mock

    from django.core.cache import cache

    def sent(path):
        calls = {"set": mock.Mock(wraps=cache.set), "get_many": mock.Mock(wraps=cache.get_many)}
        with mock.patch.multiple(caches["default"], **calls):
            assert client.get(path)["X-Cache"] == "miss"
        return calls["set"].call_count, calls["get_many"].call_count

    settings.PAGE_CACHE_SECONDS = 0
    client.get("/fi/")
    assert sent("/fi/") == (0, 0)
    settings.PAGE_CACHE_SECONDS = 600
    assert sent("/fi/") == (1, 1)
