"""With Redis out of reach (the cache pointed at a closed port), the site degrades instead of failing: pages
render uncached, the API answers, invitation links work (their drafts are in the database), a participant's step
that cannot reach its session store says so with a 503 and a message and stores nothing; once Redis is back, the
site caches again by itself."""

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from surveys.models import SurveyResponse
from tests import redis
from tests.redis import needs_redis

from ..surveys.helpers import current_step, post_step, valid_data

pytestmark = pytest.mark.django_db

CLOSED = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connections are refused at once
DOWN = {alias: {**settings, "LOCATION": CLOSED} for alias, settings in redis.CACHES.items()}


def test_pages_and_the_api_answer_uncached_with_redis_down(client, participant_survey):
    with override_settings(CACHES=DOWN):
        for path in ("/fi/", participant_survey.url, "/fi/search/?q=kunta"):
            first, second = client.get(path, follow=True), client.get(path, follow=True)
            assert first.status_code == second.status_code == 200, path
            assert "X-Cache" not in second or second["X-Cache"] == "miss", path
        assert client.get("/api/v2/pages/?type=pages.NewsPage").status_code == 200


def test_a_participant_step_says_it_cannot_save_with_a_503_and_stores_nothing(participant_survey):
    before = SurveyResponse.objects.count()
    with override_settings(CACHES=DOWN):
        client = Client(raise_request_exception=False)
        response = client.get(participant_survey.url + "answer/", follow=True)
        assert response.status_code == 503
        html = response.content.decode()
        assert "Vastauksiasi ei voitu tallentaa" in html and 'lang="fi"' in html
        assert response["Retry-After"]
        posted = client.post(participant_survey.url + "answer/0/", {"x-current_step": "0"})
        assert posted.status_code == 503
    assert SurveyResponse.objects.count() == before


def test_a_municipality_goes_on_answering_with_redis_down(invited):
    invitation, _token, url = invited
    with override_settings(CACHES=DOWN):
        client = Client(raise_request_exception=False)
        opened = client.get(url, follow=True)
        assert opened.status_code == 200
        prefix, step = current_step(opened.content.decode())
        answers = valid_data(opened.context["wizard"]["form"])
        saved = post_step(client, opened.redirect_chain[-1][0], prefix, step, answers)
        assert saved.status_code == 302
    assert step in SurveyResponse.objects.get(invitation=invitation).draft["step_data"]


@needs_redis
def test_the_site_caches_again_once_redis_is_back(client):
    with override_settings(CACHES=DOWN):
        assert client.get("/fi/").status_code == 200
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        try:
            assert client.get("/fi/")["X-Cache"] == "miss"
            assert client.get("/fi/")["X-Cache"] == "hit"
        finally:
            caches["default"].clear()
