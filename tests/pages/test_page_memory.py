"""Cached pages kept in the process's memory (core.page_memory), with Redis as production has it: a hit asks Redis
nothing, and a publish announced on Redis, or a lost connection, is never answered from memory."""

import datetime
import time
from collections import OrderedDict

import pytest
import redis as redis_py
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from core import page_cache, page_memory
from pages.models import NewsIndexPage, NewsPage
from tests import redis
from tests.factories import SurveyPageFactory
from tests.redis import needs_redis

pytestmark = [pytest.mark.django_db, needs_redis]


@pytest.fixture
def redis_cache():
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


@pytest.fixture
def commands(redis_cache, monkeypatch):
    """How many times the cache took a connection to send Redis a command (the announcements' own connection,
    which is only read, is not counted)."""
    pool = redis_cache.client().connection_pool
    taken = []
    get_connection = pool.get_connection
    monkeypatch.setattr(pool, "get_connection", lambda *a, **k: taken.append(1) or get_connection(*a, **k))
    return taken


def test_a_page_kept_in_memory_is_served_without_asking_redis(client, commands, monkeypatch):
    monkeypatch.setattr(page_memory, "LEASE_SECONDS", 60)  # within the lease, however slow this machine
    assert client.get("/fi/")["X-Cache"] == "miss"
    commands.clear()
    assert client.get("/fi/")["X-Cache"] == "hit"
    assert client.get("/fi/")["X-Cache"] == "hit"
    assert commands == []


def test_each_hit_from_memory_is_a_response_of_its_own(client, redis_cache, monkeypatch):
    """What the middleware after the cache adds to one hit's headers (its request id) is not on another's."""
    monkeypatch.setattr(page_memory, "LEASE_SECONDS", 60)
    rendered = client.get("/fi/")
    first, second = client.get("/fi/"), client.get("/fi/")
    assert (first["X-Cache"], second["X-Cache"]) == ("hit", "hit")
    ids = {rendered["X-Request-ID"], first["X-Request-ID"], second["X-Request-ID"]}
    assert len(ids) == 3 and first.content == second.content == rendered.content
    first["X-Probe"] = "changed"
    assert "X-Probe" not in client.get("/fi/")


def test_a_publish_announced_on_redis_is_seen_at_once(client, commands):
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    client.get(index.url)
    assert client.get(index.url)["X-Cache"] == "hit"

    news = NewsPage.objects.filter(locale__language_code="fi").first()
    news.title = "Muistista ei vanhaa"
    news.save_revision().publish()  # announced through Redis: the listening connection is told, not the page

    response = client.get(index.url)
    assert response["X-Cache"] == "miss" and "Muistista ei vanhaa" in response.content.decode()


def test_a_lost_connection_drops_what_memory_kept(client, commands, redis_cache):
    client.get("/fi/")
    client.get("/fi/")
    listening = page_cache.MEMORY.subscription.connection._sock.getsockname()  # this process's, no other's
    redis_py.Redis.from_url(redis.LOCATION).client_kill(f"{listening[0]}:{listening[1]}")  # as a Redis restart
    commands.clear()
    assert client.get("/fi/")["X-Cache"] == "hit"
    assert commands, "served from memory although announcements may have been missed"


def test_a_move_never_announced_is_seen_within_the_lease(client, commands, redis_cache):
    """An announcement lost on the way (a connection dropped without a word): the version is read again after
    LEASE_SECONDS, and the page rendered again under the moved one."""
    client.get("/fi/")
    assert client.get("/fi/")["X-Cache"] == "hit"
    redis_cache.incr(page_cache.VERSION.key)  # moved, not announced
    time.sleep(page_memory.LEASE_SECONDS + 0.1)
    assert client.get("/fi/")["X-Cache"] == "miss"


def test_a_page_shown_until_a_survey_opens_is_rendered_again_when_it_opens(client, redis_cache):
    opens_at = timezone.now() + datetime.timedelta(seconds=5)
    SurveyPageFactory(title="Kohta auki", opens_at=opens_at, closes_at=opens_at + datetime.timedelta(days=9))
    assert "Kohta auki" not in client.get("/fi/").content.decode()
    assert client.get("/fi/")["X-Cache"] == "hit"
    time.sleep(max(0, (opens_at - timezone.now()).total_seconds()) + 0.2)
    assert "Kohta auki" in client.get("/fi/").content.decode()


def test_a_page_past_its_time_is_not_served_from_memory(client, commands, monkeypatch):
    client.get("/fi/")
    assert client.get("/fi/")["X-Cache"] == "hit"
    expired = OrderedDict((key, (version, 0.0, *kept)) for key, (version, _, *kept) in page_cache.MEMORY.copies.items())
    monkeypatch.setattr(page_cache.MEMORY, "copies", expired)
    commands.clear()
    client.get("/fi/")
    assert commands, "an expired copy was served from memory"
