"""Pages found by their address from memory (core.routes): without walking the page tree again, and never an old
page after a change."""

import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import HomePage, NewsIndexPage
from projects.models import ProjectIndexPage
from tests.factories import NewsPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

WALK = '"wagtailcore_page"."slug" ='  # Wagtail's routing asks for each level's child by its slug


@pytest.fixture
def news(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every view rendered: the page cache would answer before the routing
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    return index, NewsPageFactory(parent=index, title="Reitin uutinen", slug="reitin-uutinen")


def walks(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [query["sql"] for query in queries if WALK in query["sql"]]


def test_a_page_is_found_again_without_walking_the_tree(client, news):
    index, page = news
    first, walked = walks(client, page.url)
    assert first.status_code == 200 and walked  # found by Wagtail's routing, level by level
    again, walked = walks(client, page.url)
    assert again.status_code == 200 and "Reitin uutinen" in again.content.decode() and walked == []
    listing, walked = walks(client, index.url)
    listing, walked = walks(client, index.url)  # a routable page's own address, served by its view
    assert "Reitin uutinen" in listing.content.decode() and walked == []
    assert client.get(f"{index.url}rss/")["Content-Type"].startswith("application/rss+xml")


def test_each_language_finds_its_own_page_at_the_same_address(client, news):
    for _ in range(2):
        for language in ("fi", "sv", "en"):
            home = HomePage.objects.get(locale__language_code=language)
            assert home.hero_title in client.get(f"/{language}/").content.decode()


def test_a_renamed_or_unpublished_page_is_not_found_at_its_old_address(client, news):
    _index, page = news
    old_url = page.url
    assert client.get(old_url).status_code == 200
    page.slug = "uusi-osoite"
    page.save_revision().publish()
    page.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert "Reitin uutinen" in client.get(page.url).content.decode()
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_addresses_without_a_page_are_not_remembered(client, news):
    """Anyone can ask for any number of them: the memory holds pages' own addresses only."""
    from core import page_cache

    index, _page = news
    assert client.get(index.url).status_code == 200
    for number in range(3):
        assert client.get(f"/fi/ei-sivua-{number}/").status_code == 404
        assert client.get(f"{index.url}ei-sivua-{number}/").status_code == 404
    remembered = [key[3] for key in page_cache._kept["values"] if isinstance(key, tuple) and key[0] == "route"]
    assert remembered and not [path for path in remembered if "ei-sivua" in path]


def test_a_page_is_read_with_its_image_and_a_project_with_its_implementer_in_one_query(client, settings):
    """What a page's type says it shows (serve_select_related) comes with the page, not in queries of its own."""
    settings.PAGE_CACHE_SECONDS = 0
    image = wagtail_factories.ImageFactory()
    index = ProjectIndexPage.objects.get(locale__language_code="fi")
    project = ProjectPageFactory(parent=index, title="Kuvallinen hanke", image=image, image_alt="Kuva")
    client.get(project.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(project.url).content.decode()
    assert project.implementer.name in html and 'class="page-image"' in html
    by_id = re.compile(r'WHERE "(wagtailimages_image|reference_organisation)"."id" = ')
    assert captured and [q["sql"] for q in captured if by_id.search(q["sql"])] == []
