"""Every page type: where it can be created, and that the demo's instances route and render in each language."""

import pytest
from django.apps import apps
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from pages.models import (
    AccessibilityStatementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    ProgrammePage,
    StandardPage,
)
from projects.models import ProjectIndexPage, ProjectPage
from results.models import ResultsPage
from surveys.models import SurveyIndexPage
from tests.page_types import PAGE_TYPES as PAGE_TYPE_NAMES

PAGE_TYPES = [apps.get_model(name) for name in PAGE_TYPE_NAMES]


class TestWhereEachPageTypeCanBeCreated(WagtailPageTestCase):
    def test_home_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ProgrammePage,
                NewsIndexPage,
                EventIndexPage,
                StandardPage,
                AccessibilityStatementPage,
                PrivacyNoticePage,
                ProjectIndexPage,
                SurveyIndexPage,
                ResultsPage,
            },
        )
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_items_live_under_their_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(NewsIndexPage, ProjectPage)

    def test_singletons_cannot_be_created_twice_under_one_home(self):
        home = HomePage.objects.get(locale__language_code="fi")
        for model in (
            ProgrammePage,
            NewsIndexPage,
            EventIndexPage,
            AccessibilityStatementPage,
            PrivacyNoticePage,
            ProjectIndexPage,
        ):
            assert not model.can_create_at(home), model
        assert StandardPage.can_create_at(home)
        assert NewsPage.can_create_at(NewsIndexPage.objects.get(locale__language_code="fi"))


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_page_type_routes_and_renders_in_each_language(client, model, lang):
    page = model.objects.live().filter(locale__language_code=lang).first()
    assert page is not None, f"the demo has no {model.__name__} in {lang}"
    url = page.get_url()
    assert url.startswith(f"/{lang}/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="ltr">' in html
    assert page.title.replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;") in html


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_home_pages_all_news_leads_to_its_languages_news_and_follows_a_rename(client, settings, lang):
    settings.PAGE_CACHE_SECONDS = 0
    index = NewsIndexPage.objects.get(locale__language_code=lang)
    assert f'<a href="{index.url}">' in client.get(f"/{lang}/").content.decode()
    index.slug = f"{index.slug}-uusi"
    index.save_revision().publish()
    index.refresh_from_db()
    assert index.url.endswith("-uusi/") and f'<a href="{index.url}">' in client.get(f"/{lang}/").content.decode()
