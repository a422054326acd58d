"""View restrictions known in memory until something changes: a restricted page stays out of listings and asks
for its password, at once after the restriction is added or removed, and a site without any restriction does not
read the restrictions table for every page it serves."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from pages.models import NewsIndexPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every view rendered: what is under test is what the rendering reads
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    return index, NewsPageFactory(parent=index, title="Suljetun ryhmän uutinen")


def restriction_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries if "wagtailcore_pageviewrestriction" in query["sql"]]


def test_without_any_restriction_pages_and_listings_do_not_read_the_restrictions(client, news):
    index, page = news
    client.get(index.url), client.get(page.url)  # the first reads them once
    assert restriction_queries(client, index.url) == []
    assert restriction_queries(client, page.url) == []


def test_a_restriction_added_or_removed_applies_at_once(client, news):
    index, page = news
    assert "Suljetun ryhmän uutinen" in client.get(index.url).content.decode()
    assert client.get(page.url).status_code == 200

    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="salasana")
    assert "Suljetun ryhmän uutinen" not in client.get(index.url).content.decode()
    asked = client.get(page.url)
    assert asked.status_code == 200 and 'name="password"' in asked.content.decode()
    assert "Suljetun ryhmän uutinen" not in client.get("/fi/").content.decode()  # nor among the latest news

    restriction.delete()
    assert "Suljetun ryhmän uutinen" in client.get(index.url).content.decode()
    assert 'name="password"' not in client.get(page.url).content.decode()


def test_a_restricted_section_keeps_the_pages_under_it_out(client, news):
    index, page = news
    PageViewRestriction.objects.create(page=index, restriction_type="password", password="salasana")
    assert "Suljetun ryhmän uutinen" not in client.get("/fi/").content.decode()
    assert 'name="password"' in client.get(page.url).content.decode()
