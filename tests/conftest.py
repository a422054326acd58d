import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from pages.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, loaded once into the test database (PostgreSQL in CI): every test starts from the site a
    newcomer sees after `make run`, and rolls back its own changes."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home(locales):
    return HomePage.objects.get(locale=locales["fi"])


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty page cache, so that a cached response never hides a change."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
