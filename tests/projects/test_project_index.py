"""The project index page: filters by goal, means, region, status and year, shown as a form."""

import datetime
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import ProjectIndexPage, ProjectPage
from reference.models import Area, AreaKind
from tests.factories import ProjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return ProjectIndexPage.objects.get(locale__language_code="en")


def titles(response):
    return {p.title for p in response.context["projects_page"]}


def test_lists_every_project_of_its_language(client, index):
    response = client.get(index.url)
    assert titles(response) == set(ProjectPage.objects.live().child_of(index).values_list("title", flat=True))


def test_filters_narrow_the_list(client, index):
    response = client.get(index.url, {"goal": "participation", "region": "01"})
    expected = set(
        ProjectPage.objects.live()
        .child_of(index)
        .filter(goals__code="participation")
        .filter(regions__code="01")
        .values_list("title", flat=True)
    )
    assert expected and titles(response) == expected
    html = response.content.decode()
    assert '<option value="participation" selected>' in html


def test_filter_form_is_labelled(client, index):
    html = client.get(index.url).content.decode()
    for name in ("goal", "means", "region", "status", "year"):
        assert f'<label for="id_{name}">' in html
        assert f'id="id_{name}"' in html


def test_bad_filter_values_get_a_400_with_a_linked_error_summary(client, index):
    response = client.get(index.url, {"status": "abandoned", "year": "1999"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary" role="alert"' in html
    assert 'href="#id_status"' in html and 'href="#id_year"' in html


def test_a_page_number_out_of_range_is_a_404(client, index):
    assert client.get(index.url, {"page": "999"}).status_code == 404
    assert client.get(index.url, {"page": "abc"}).status_code == 404


def test_project_page_shows_its_facts(client):
    project = ProjectPage.objects.filter(locale__language_code="sv").with_listing_data().first()
    html = client.get(project.url).content.decode()
    assert project.implementer.name in html
    for goal in project.goals.all():
        assert str(goal) in html
    for municipality in project.municipalities.all():
        assert municipality.name_sv in html  # municipality names in the page's language


def test_a_project_of_one_year_reads_that_year_and_of_several_the_span(client, index):
    ProjectPageFactory(
        parent=index, title="One year", start_date=datetime.date(2027, 1, 1), end_date=datetime.date(2027, 12, 31)
    )
    ProjectPageFactory(
        parent=index, title="Three years", start_date=datetime.date(2025, 3, 1), end_date=datetime.date(2027, 6, 30)
    )
    html = client.get(index.url).content.decode()
    meta = dict(re.findall(r'<a href="[^"]+">([^<]+)</a></h3>\s*<p class="card__meta">([^<]+)</p>', html))
    assert " · 2027 · " in meta["One year"] and "2027–2027" not in meta["One year"]
    assert " · 2025–2027 · " in meta["Three years"]


def card_titles(html):
    return [unescape(t) for t in re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)]


def test_a_listing_reads_its_projects_once_until_a_publish_and_shows_the_publish_at_once(client, index, settings):
    """The cards' data (image, implementer, goals) is kept in the process (ProjectIndexPage.cards): a listing
    asks the database only which projects it shows."""
    settings.PAGE_CACHE_SECONDS = 0
    expected = list(ProjectPage.objects.live().child_of(index).order_by("-start_date", "title").values_list("title"))
    client.get(index.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(index.url).content.decode()
    assert card_titles(html) == [title for (title,) in expected]
    assert captured and not [q for q in captured if re.search(r'FROM "(reference_|wagtailimages)', q["sql"])]
    client.get(index.url, {"region": "01"})
    with CaptureQueriesContext(connection) as captured:  # validating a region reads the regions from memory too
        client.get(index.url, {"region": "01"})
    assert captured and not [q for q in captured if re.search(r'FROM "reference_', q["sql"])]
    project = ProjectPage.objects.live().child_of(index).order_by("-start_date", "title").first()
    project.title = "Uusi nimi hankkeelle"
    project.save_revision().publish()
    assert card_titles(client.get(index.url).content.decode())[0] == "Uusi nimi hankkeelle"


def test_a_project_live_before_anything_was_published_is_listed(client, index, settings):
    """A project that went live without a publish moving the cache's version (created live by code, or
    published while a listing was being read) is not among the kept cards: it is read at once."""
    settings.PAGE_CACHE_SECONDS = 0
    implementer = ProjectPage.objects.child_of(index).first().implementer  # a new one would move the version
    client.get(index.url)
    ProjectPageFactory(
        parent=index,
        title="Koodista syntynyt",
        implementer=implementer,
        start_date=datetime.date(2030, 1, 1),
        end_date=datetime.date(2030, 12, 31),
    )
    assert card_titles(client.get(index.url).content.decode())[0] == "Koodista syntynyt"


def test_the_filter_lists_show_each_value_chosen_and_a_wrong_one_is_not_kept(client, index, settings):
    """The lists are kept rendered for each valid value (the template's {% kept %}); every value shows as chosen,
    and a wrong value, refused, leaves nothing in the process's memory."""
    from core import page_cache

    settings.PAGE_CACHE_SECONDS = 0
    regions = list(Area.objects.filter(kind=AreaKind.REGION).order_by("code").values_list("code", "name_en"))
    for code, name in [*regions[:3], regions[0]]:
        html = client.get(index.url, {"region": code}).content.decode()
        select = re.search(r'<select name="region".*?</select>', html, re.S).group(0)
        assert re.findall(r'<option value="([^"]*)" selected>', select) == [code] and f">{name}</option>" in select
    before = len(page_cache._kept["values"])
    for wrong in ("99", "x" * 50, "<b>"):
        assert client.get(index.url, {"region": wrong}).status_code == 400
    assert len(page_cache._kept["values"]) == before
