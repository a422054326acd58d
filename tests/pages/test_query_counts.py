"""Every page type renders in a fixed number of queries, however many children, tags or projects it lists."""

import datetime

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import (
    EventIndexPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedProject,
    ProgrammePage,
    SteeringGroupMember,
)
from projects.models import ProjectIndexPage, ProjectPage
from reference.models import Area, AreaKind, Municipality, ProgrammeGoal, ProgrammeMeans
from tests.factories import EventPageFactory, NewsPageFactory, OrganisationFactory, ProjectPageFactory
from tests.page_types import PAGE_TYPES

pytestmark = pytest.mark.django_db


def queries(client, url):
    """Queries to render `url` for an anonymous visitor, uncached (after one warm-up request)."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def illustrated():
    """An image and its description: a listing's cards with images take no query per card either."""
    return {"image": wagtail_factories.ImageFactory(), "image_alt": "Kuvitus"}


def add_news(index, n):
    for i in range(n):
        NewsPageFactory(
            parent=index,
            tags=[f"tag-{i}", "shared"],
            locale=index.locale,
            lead="Kotoutuminen kunnissa.",
            **illustrated(),
        )


def add_events(index, n):
    """Illustrated events starting within the hour: the first that listings show."""
    start = timezone.now() + datetime.timedelta(hours=1)
    for _ in range(n):
        EventPageFactory(parent=index, locale=index.locale, start=start, **illustrated())


def add_projects(index, n):
    goals, means = list(ProgrammeGoal.objects.all()), list(ProgrammeMeans.objects.all())
    regions = list(Area.objects.filter(kind=AreaKind.REGION)[:3])
    municipalities = list(Municipality.objects.all()[:5])
    for _ in range(n):
        project = ProjectPageFactory(parent=index, locale=index.locale, goals=goals, regions=regions, **illustrated())
        project.means.set(means)
        project.municipalities.set(municipalities)
        project.partners.set([OrganisationFactory(), OrganisationFactory()])
        project.save()


def test_news_index(client):
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    before = queries(client, index.url)
    add_news(index, 8)
    assert queries(client, index.url) == before


def test_news_page_with_tags_and_related_projects(client):
    news = NewsPage.objects.filter(locale__language_code="fi", related_projects__isnull=False).first()
    before = queries(client, news.url)
    news.tags.add("one", "two", "three")
    for project in ProjectPage.objects.filter(locale=news.locale):
        NewsPageRelatedProject.objects.create(page=news, project=project)
    news.save()
    assert news.related_projects.count() > 2
    assert queries(client, news.url) == before


def test_event_index(client):
    index = EventIndexPage.objects.get(locale__language_code="fi")
    EventPageFactory(parent=index, locale=index.locale, **illustrated())
    before = queries(client, index.url)
    for _ in range(6):
        EventPageFactory(parent=index, locale=index.locale, **illustrated())
    assert queries(client, index.url) == before


def test_project_index_and_project_page(client):
    index = ProjectIndexPage.objects.get(locale__language_code="fi")
    project = ProjectPage.objects.filter(locale=index.locale).first()
    before_index, before_project = queries(client, index.url), queries(client, project.url)
    add_projects(index, 6)
    project.goals.set(ProgrammeGoal.objects.all())
    project.municipalities.set(Municipality.objects.all()[:40])
    project.regions.set(Area.objects.filter(kind=AreaKind.REGION))
    project.save()
    assert queries(client, index.url) == before_index
    assert queries(client, project.url) == before_project
    assert queries(client, index.url + "?goal=placement&status=ongoing") == before_index


def test_programme_page_with_steering_group(client):
    page = ProgrammePage.objects.get(locale__language_code="fi")
    before = queries(client, page.url)
    for i in range(6):
        SteeringGroupMember.objects.create(page=page, organisation=OrganisationFactory(), member=f"Member {i}")
    assert queries(client, page.url) == before


def test_home_page_with_more_news_and_events(client):
    home = HomePage.objects.get(locale__language_code="fi")
    news, events = NewsIndexPage.objects.get(locale=home.locale), EventIndexPage.objects.get(locale=home.locale)
    add_news(news, 1)  # the listings show images before as after (their images cost the same queries for any number)
    add_events(events, 1)
    before = queries(client, home.url)
    add_news(news, 5)
    add_events(events, 5)
    assert queries(client, home.url) == before


def test_search_results(client):
    url = "/fi/search/?q=kotoutuminen"

    def results():
        cache.clear()
        return client.get(url).context["results"].paginator.count

    # Results are made specific with one query per page type among them (at most the 13 types), so the
    # baseline already has a news item among its results; six more must not add a query.
    add_news(NewsIndexPage.objects.get(locale__language_code="fi"), 1)
    before, results_before = queries(client, url), results()
    add_news(NewsIndexPage.objects.get(locale__language_code="fi"), 6)
    assert results() == results_before + 6
    assert queries(client, url) == before


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_news_feeds(client, feed):
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    before = queries(client, index.url + feed)
    add_news(index, 5)
    assert queries(client, index.url + feed) == before


def test_event_calendar(client):
    index = EventIndexPage.objects.get(locale__language_code="fi")
    before = queries(client, index.url + "ical/")
    for _ in range(5):
        EventPageFactory(parent=index, locale=index.locale)
    assert queries(client, index.url + "ical/") == before


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_is_unaffected_by_the_size_of_the_site(client, page_type):
    """However much content the site grows (news, events, projects, all with tags and relations), no page type's
    query count moves: nothing queries per item of a listing, menu or footer."""
    from django.apps import apps

    model = apps.get_model(page_type)
    page = model.objects.live().filter(locale__language_code="en").first()
    news, events = NewsIndexPage.objects.get(locale=page.locale), EventIndexPage.objects.get(locale=page.locale)
    projects = ProjectIndexPage.objects.get(locale=page.locale)
    add_news(news, 1)  # every listing shows an image before as after
    add_events(events, 1)
    add_projects(projects, 1)
    before = queries(client, page.url)
    add_news(news, 4)
    add_projects(projects, 4)
    add_events(events, 4)
    assert queries(client, page.url) == before
