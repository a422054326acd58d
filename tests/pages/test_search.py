"""Site search: live pages of the visitor's language only."""

import pytest

from pages.models import ProgrammePage

pytestmark = pytest.mark.django_db


def test_search_finds_pages_in_the_current_language_only(client):
    sv = client.get("/sv/search/", {"q": "flyktingar"})
    assert sv.status_code == 200
    results = list(sv.context["results"])
    assert results and all(page.locale.language_code == "sv" for page in results)


def test_search_finds_the_programme_page_by_its_words(client):
    programme = ProgrammePage.objects.get(locale__language_code="en")
    results = list(client.get("/en/search/", {"q": "steering group"}).context["results"])
    assert programme in [r.specific for r in results]


def test_unpublished_pages_are_not_found(client):
    programme = ProgrammePage.objects.get(locale__language_code="en")
    programme.unpublish()
    results = list(client.get("/en/search/", {"q": "steering group"}).context["results"])
    assert programme.pk not in [r.pk for r in results]


def test_empty_overlong_and_odd_queries_do_not_fail(client):
    assert client.get("/fi/search/").status_code == 200
    assert client.get("/fi/search/", {"q": "x" * 5000}).status_code == 200
    assert client.get("/fi/search/", {"q": "\"'<script>&|!()"}).status_code == 200
    assert client.get("/fi/search/", {"q": "kunta", "page": "abc"}).status_code == 404
