"""The admin's sign-in is throttled per account and per address, with a message, in the shared cache."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client, override_settings

from core.signin import LOGIN_FAILURES_BY_ACCOUNT, LOGIN_FAILURES_BY_ADDRESS
from tests import redis
from tests.factories import UserFactory
from tests.redis import needs_redis

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


def sign_in(client, username, password, address="198.51.100.10"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_an_account_is_held_after_repeated_failures_even_with_the_right_password(client):
    UserFactory(username="toimittaja", groups=["Editors"])
    for number in range(LOGIN_FAILURES_BY_ACCOUNT.limit):
        # from different addresses: a password guessed slowly across a botnet
        assert sign_in(client, "toimittaja", "väärä", address=f"203.0.113.{number}").status_code == 200
    held = sign_in(client, "Toimittaja", "pw", address="203.0.113.200")
    assert held.status_code == 429
    assert "Too many failed sign-in attempts" in held.content.decode() or "Liian monta" in held.content.decode()
    assert "_auth_user_id" not in client.session
    # Another account is not held.
    UserFactory(username="toinen", groups=["Editors"])
    assert sign_in(Client(), "toinen", "pw", address="203.0.113.201").status_code == 302


def test_an_address_is_held_after_failures_on_many_accounts(client):
    UserFactory(username="kohde", groups=["Editors"])
    for number in range(LOGIN_FAILURES_BY_ADDRESS.limit):
        assert sign_in(client, f"arvaus{number}", "väärä").status_code == 200
    assert sign_in(client, "kohde", "pw").status_code == 429
    assert sign_in(Client(), "kohde", "pw", address="198.51.100.99").status_code == 302  # from elsewhere


def test_a_held_sign_in_never_checks_the_password(client, monkeypatch):
    for number in range(LOGIN_FAILURES_BY_ACCOUNT.limit):
        sign_in(client, "kohde2", "väärä", address=f"192.0.2.{number}")
    checked = []
    monkeypatch.setattr(get_user_model(), "check_password", lambda self, raw: checked.append(raw))
    assert sign_in(client, "kohde2", "arvaus").status_code == 429
    assert checked == []


@needs_redis
def test_the_counts_are_shared_through_redis_as_in_production():
    """The counts are kept in Redis, which every process and server of a production site shares."""
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        try:
            for number in range(LOGIN_FAILURES_BY_ACCOUNT.limit):
                sign_in(Client(), "jaettu", "väärä", address=f"192.0.2.{number}")
            assert sign_in(Client(), "jaettu", "väärä", address="192.0.2.99").status_code == 429
            assert any(b"login-account" in k for k in caches["default"]._cache.get_client().keys("*"))
        finally:
            caches["default"].clear()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_wagtails_front_end_sign_in_is_held_as_well(lang):
    """The same accounts sign in at /<lang>/_util/login/: it counts, and is held, with the admin's."""
    UserFactory(username="etusivu", groups=["Editors"])
    front = f"/{lang}/_util/login/"
    for number in range(LOGIN_FAILURES_BY_ACCOUNT.limit):
        Client().post(front, {"username": "etusivu", "password": "väärä"}, REMOTE_ADDR=f"192.0.2.{number}")
    client = Client()
    client.post(front, {"username": "etusivu", "password": "pw"}, REMOTE_ADDR="192.0.2.77")
    assert "_auth_user_id" not in client.session
    assert sign_in(Client(), "etusivu", "pw", address="192.0.2.78").status_code == 429


def test_wrong_passwords_of_a_protected_page_are_held_back(client):
    from wagtail.models import PageViewRestriction

    from pages.models import NewsPage

    news = NewsPage.objects.filter(locale__language_code="fi").first()
    restriction = PageViewRestriction.objects.create(page=news, restriction_type="password", password="salasana")
    url = f"/fi/_util/authenticate_with_password/{restriction.pk}/{news.pk}/"
    for _ in range(20):
        assert client.post(url, {"password": "arvaus", "return_url": news.url}).status_code == 200
    assert client.post(url, {"password": "salasana", "return_url": news.url}).status_code == 429
    assert (
        Client().post(url, {"password": "salasana", "return_url": news.url}, REMOTE_ADDR="203.0.113.5").status_code
        == 302
    )
