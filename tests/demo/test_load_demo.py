"""The demo loader: every page in three languages, the surveys with their responses, and a second run changes
nothing."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count
from wagtail.models import Page, Revision, Site

from pages.models import AccessibilityStatementPage, EventPage, HomePage, NewsPage, PrivacyNoticePage
from projects.models import ProjectPage
from reference.models import MunicipalityYear, Organisation
from surveys.models import Audience, ResponseStatus, SurveyPage, SurveyResponse

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "slug", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "organisations": list(Organisation.objects.order_by("pk").values_list("pk", "name")),
        "municipalities": MunicipalityYear.objects.count(),
        "sites": list(Site.objects.values_list("pk", "root_page_id")),
    }


def test_second_run_changes_and_duplicates_nothing():
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def test_every_demo_page_exists_in_finnish_swedish_and_english():
    pages = Page.objects.filter(depth__gte=2)
    by_key = {}
    for page in pages.select_related("locale"):
        by_key.setdefault(page.translation_key, set()).add(page.locale.language_code)
    assert len(by_key) > 20
    assert all({"fi", "sv", "en"} <= langs for langs in by_key.values())
    assert not pages.filter(live=False).exists()


@pytest.mark.parametrize("model", [NewsPage, EventPage, ProjectPage])
def test_the_demo_illustrates_news_events_and_projects_each_image_described_in_its_language(client, model):
    for lang in ("fi", "sv", "en"):
        pages = model.objects.live().filter(locale__language_code=lang)
        illustrated = [page for page in pages if page.image_id]
        assert illustrated
        described = {page.image_alt for page in illustrated}
        assert all(described) and len(described) <= 3  # the three illustrations, each described once per language
        page = illustrated[0]
        assert f'alt="{page.image_alt}"' in client.get(page.url).content.decode()


def test_the_site_is_the_finnish_home_and_the_wagtail_placeholder_is_gone():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.__class__ is HomePage
    assert site.root_page.locale.language_code == "fi"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_every_page_links_the_accessibility_statement_and_the_privacy_notice(client):
    """In the page's language where they exist in it (fi, sv, en), else the English ones (the survey languages)."""
    for lang, _name in settings.LANGUAGES:
        linked = lang if lang in ("fi", "sv", "en") else "en"
        statement = AccessibilityStatementPage.objects.get(locale__language_code=linked)
        notice = PrivacyNoticePage.objects.get(locale__language_code=linked)
        for page in Page.objects.live().filter(locale__language_code=lang, depth__gte=2):
            html = client.get(page.url, follow=True).content.decode()
            assert f'href="{statement.url}"' in html and f'href="{notice.url}"' in html, page.url
        # Pages that are not pages of the tree: the search, a page not found, a survey's first step, a closed one.
        surveys = SurveyPage.objects.live().filter(locale__language_code=lang, audience=Audience.PARTICIPANTS)
        others = [f"/{lang}/search/?q=kunta", f"/{lang}/ei-tallaista-sivua/"]
        others += [survey.url + "answer/" for survey in surveys]  # the closed rounds answer 410 with a notice
        for url in others:
            response = client.get(url, follow=True)
            html = response.content.decode()
            assert response.status_code in (200, 404, 410), url
            assert f'href="{statement.url}"' in html and f'href="{notice.url}"' in html, url


def test_superuser_command_is_idempotent(monkeypatch, django_user_model):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "local-only")
    call_command("ensure_superuser", stdout=io.StringIO())
    call_command("ensure_superuser", stdout=io.StringIO())
    admin = django_user_model.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("local-only")


def test_the_demo_surveys_have_their_languages_and_a_few_hundred_responses_in_three_rounds():
    for year in (2024, 2025, 2026):
        participants = SurveyPage.objects.get(
            audience=Audience.PARTICIPANTS, round_year=year, locale__language_code="fi"
        )
        languages = set(
            participants.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True)
        )
        assert {"fi", "sv", "en", "ar", "uk"} <= languages
        assert SurveyPage.objects.live().filter(audience=Audience.MUNICIPALITIES, round_year=year).exists()
    submitted = SurveyResponse.objects.filter(status=ResponseStatus.SUBMITTED)
    by_round = dict(submitted.values_list("survey__round_year").annotate(n=Count("pk")))
    assert by_round.keys() == {2024, 2025, 2026} and all(n >= 100 for n in by_round.values())
    assert 300 <= sum(by_round.values()) <= 1000  # a few hundred
    languages = set(submitted.filter(invitation=None).values_list("language", flat=True))
    assert {"fi", "ar", "uk"} <= languages  # participants answered in their own languages


def test_the_demo_shows_every_kind_of_result(client, django_user_model):
    """Working groups with assignments, a break in series in 2026 and a reworded question marked comparable,
    and figures hidden to protect small groups somewhere."""
    from results.aggregates import Filters, trend
    from results.models import WorkingGroup
    from surveys.codebook import codebook

    assert WorkingGroup.objects.filter(locale__language_code="fi", assignments__isnull=False).distinct().count() == 2
    rounds = list(SurveyPage.objects.filter(series="palaute", locale__language_code="fi").order_by("round_year"))
    assert [s.round_year for s in rounds] == [2024, 2025, 2026]

    def book(survey):
        return codebook(survey.live_revision_id)

    assert [r.break_before for r in trend(rounds, "feel_welcome", Filters(), book)] == [False, False, True]
    assert [r.break_before for r in trend(rounds, "info_clear", Filters(), book)] == [False, False, False]
    client.force_login(django_user_model.objects.create_superuser("demo-check", "d@example.fi", "pw"))
    html = client.get(f"/admin/results/{rounds[-1].pk}/?language=sv").content.decode()
    assert ">..<" in html  # small groups hidden


def test_the_demo_users_see_results_as_their_roles_do(monkeypatch, client):
    from django.contrib.auth import get_user_model

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "local-only")
    for _ in range(2):  # idempotent
        call_command("ensure_demo_users", stdout=io.StringIO())
    User = get_user_model()
    kunta = SurveyPage.objects.get(series="kuntakysely", round_year=2025, locale__language_code="fi")
    palaute = SurveyPage.objects.get(series="palaute", round_year=2025, locale__language_code="fi")
    assert client.login(username="tyoryhma", password="local-only")
    assert client.get(f"/admin/results/{palaute.pk}/").status_code == 200
    assert client.get(f"/admin/results/{kunta.pk}/").status_code == 404  # not the member's group's survey
    assert client.login(username="arvioija", password="local-only")
    assert client.get(f"/admin/results/{kunta.pk}/").status_code == 200
    assert User.objects.filter(username__in=["arvioija", "tyoryhma"]).count() == 2
