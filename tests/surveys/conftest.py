import pytest

from surveys.models import Audience, SurveyPage


@pytest.fixture
def participant_survey(db):
    return SurveyPage.objects.get(audience=Audience.PARTICIPANTS, round_year=2025, locale__language_code="fi")


@pytest.fixture
def municipality_survey(db):
    return SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2025, locale__language_code="fi")


@pytest.fixture
def translation():
    def get(page, lang):
        from wagtail.models import Locale

        return page.get_translation(Locale.objects.get(language_code=lang)).specific

    return get
