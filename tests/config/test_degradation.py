"""With Redis out of reach (the cache pointed at a closed port), the site degrades instead of failing: pages
render uncached, the API answers, invitation links work (their drafts are in the database), a participant's step
that cannot reach its session store says so with a 503 and a message and stores nothing; once Redis is back, the
site caches again by itself."""

import shutil
import socket
import subprocess
import threading
import time

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from core.cache import REDIS_OPTIONS
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


@pytest.fixture
def hung_redis():
    """A server that takes connections and never answers: a Redis that hangs, or a network that drops."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(50)
    held = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def test_a_hung_redis_costs_one_timeout_not_one_per_cache_call(client, hung_redis):
    hung = {alias: {**settings, "LOCATION": hung_redis, "OPTIONS": REDIS_OPTIONS} for alias, settings in DOWN.items()}
    with override_settings(CACHES=hung):
        started = time.monotonic()
        for path in ("/fi/", "/api/v2/pages/", "/fi/", "/sv/"):
            assert client.get(path, follow=True).status_code == 200
        took = time.monotonic() - started
    # The first cache call waits for the socket timeout; the others skip the cache while it pauses.
    assert took < 2 * REDIS_OPTIONS["socket_timeout"] + 3, f"{took:.1f} s"


@pytest.fixture
def own_redis(tmp_path):
    """A Redis server of the test's own, which the test can stop and start again on the same port."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    command += ["--dir", str(tmp_path)]

    def start():
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return process
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("redis-server did not start")

    servers = [start()]
    yield port, servers, start
    for process in servers:
        process.terminate()
        process.wait()


def test_the_same_process_uses_redis_again_once_it_is_back(client, own_redis, monkeypatch):
    """Redis stops and starts again under the same cache objects, as in a running server."""
    import core.cache

    port, servers, start = own_redis
    monkeypatch.setattr(core.cache, "PAUSE_SECONDS", 0.5)
    location = f"redis://127.0.0.1:{port}/0"
    own = {alias: {**settings, "LOCATION": location, "OPTIONS": REDIS_OPTIONS} for alias, settings in DOWN.items()}
    with override_settings(CACHES=own):
        assert client.get("/fi/")["X-Cache"] == "miss"
        assert client.get("/fi/")["X-Cache"] == "hit"
        servers[0].terminate()
        servers[0].wait()
        assert client.get("/fi/").status_code == 200  # served without the cache
        assert "X-Cache" not in client.get("/fi/") or client.get("/fi/")["X-Cache"] == "miss"
        servers.append(start())
        time.sleep(0.6)  # the pause after the fault ends
        assert client.get("/fi/")["X-Cache"] == "miss"
        assert client.get("/fi/")["X-Cache"] == "hit"
