"""The admin's sign-in is throttled per account and per address, with a message, in the shared cache."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client, override_settings

from config.login import LOGIN_FAILURES_BY_ACCOUNT, LOGIN_FAILURES_BY_ADDRESS
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
