import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from pages.models import HomePage
from reference.models import Municipality
from surveys.models import Audience, Invitation, ResponseStatus, SurveyPage


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
def _default_language():
    """Each test starts in the site's default language: a request through the test client activates its own
    language for the thread and leaves it active, so labels computed after it would otherwise depend on which test
    ran before."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _export_root(settings, tmp_path):
    """Export files in the test's own directory."""
    settings.EXPORT_ROOT = tmp_path / "exports"


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty page cache, so that a cached response never hides a change."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def participant_survey(db):
    return SurveyPage.objects.get(audience=Audience.PARTICIPANTS, round_year=2026, locale__language_code="fi")


@pytest.fixture
def municipality_survey(db):
    return SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2026, locale__language_code="fi")


@pytest.fixture
def translation():
    def get(page, lang):
        from wagtail.models import Locale

        return page.get_translation(Locale.objects.get(language_code=lang)).specific

    return get


@pytest.fixture
def invited(municipality_survey):
    """A new invitation of Helsinki to the municipality survey: (invitation, token, link)."""
    municipality = Municipality.objects.exclude(
        pk__in=Invitation.objects.filter(survey=municipality_survey).values("municipality")
    ).get(code="091")
    invitation, token = Invitation.create(municipality_survey, municipality, "kirjaamo@hel.example.fi")
    url = municipality_survey.url + municipality_survey.reverse_subpage("invitation", kwargs={"token": token})
    return invitation, token, url


@pytest.fixture
def invited_and_sent(client, municipality_survey):
    from django.test import Client

    from reference.models import Municipality
    from tests.surveys.helpers import answer_survey

    municipality = Municipality.objects.get(code="186")
    Invitation.objects.filter(survey=municipality_survey, municipality=municipality).delete()
    invitation, token = Invitation.create(municipality_survey, municipality, "kirjaamo@jarvenpaa.example.fi")
    url = municipality_survey.url + f"i/{token}/"
    answer_survey(Client(), municipality_survey, url, review={"review-submitted_by": "Testi"})
    invitation.refresh_from_db()
    assert invitation.response.status == ResponseStatus.SUBMITTED
    return municipality_survey, invitation, url
