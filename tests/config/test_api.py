"""The headless API: listings and details of every page type, project filters, 400s, the OpenAPI description."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate
from wagtail.models import PageViewRestriction, get_page_models

from config.api import LANGUAGE_CODES
from projects.models import ProjectPage
from reference.models import Area, AreaKind, ProgrammeGoal
from tests.factories import ProjectPageFactory

pytestmark = pytest.mark.django_db
PAGES = "/api/v2/pages/"


def api(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def test_every_page_type_is_served_with_its_api_fields(client):
    for model in get_page_models():
        if not hasattr(model, "api_fields") or model._meta.app_label == "wagtailcore":
            continue
        label = f"{model._meta.app_label}.{model.__name__}"
        listing = api(client, f"{PAGES}?type={label}&fields=*&locale=en")
        assert listing["meta"]["total_count"] >= 1, label
        detail = api(client, f"{PAGES}{listing['items'][0]['id']}/")
        for field in model.api_fields:
            assert field.name in detail, f"{label}.{field.name}"


def test_project_fields_use_stable_codes(client):
    project = ProjectPage.objects.filter(locale__language_code="fi").with_listing_data().first()
    detail = api(client, f"{PAGES}{project.pk}/")
    assert detail["goal_codes"] == [g.code for g in project.goals.all()]
    assert detail["region_codes"] == [r.code for r in project.regions.all()]
    assert all(len(code) == 3 for code in detail["municipality_codes"])
    assert detail["implementer_name"] == project.implementer.name


@pytest.mark.parametrize(
    "params, check",
    [
        ("goal=placement", lambda p: "placement" in p.goal_codes),
        ("means=information", lambda p: "information" in p.means_codes),
        ("region=01", lambda p: "01" in p.region_codes),
        ("status=completed", lambda p: p.status == "completed"),
        ("year=2023", lambda p: p.start_date.year <= 2023 <= p.end_date.year),
        ("goal=reception&status=ongoing", lambda p: "reception" in p.goal_codes and p.status == "ongoing"),
    ],
)
def test_project_filters(client, params, check):
    listing = api(client, f"{PAGES}?type=projects.ProjectPage&locale=fi&{params}")
    ids = {item["id"] for item in listing["items"]}
    projects = ProjectPage.objects.live().filter(locale__language_code="fi").with_listing_data()
    expected = {p.pk for p in projects if check(p)}
    assert expected, f"the demo has no project matching {params}"
    assert ids == expected


@pytest.mark.parametrize(
    "url, message",
    [
        (f"{PAGES}?type=projects.ProjectPage&goal=happiness", "goal"),
        (f"{PAGES}?type=projects.ProjectPage&year=last", "year"),
        (f"{PAGES}?type=projects.ProjectPage&region=99", "region"),
        (f"{PAGES}?goal=placement", "type=projects.ProjectPage"),
        (f"{PAGES}?colour=blue", "colour"),
        (f"{PAGES}?type=no.SuchPage", "type"),
        (f"{PAGES}?limit=abc", "limit"),
        (f"{PAGES}?type=pages.NewsPage&date=yesterday", "yesterday"),
        (f"{PAGES}?type=projects.ProjectPage&start_date=2024-13-45", "2024-13-45"),
        (f"{PAGES}?order=nonsense", "nonsense"),
        (f"{PAGES}?child_of=abc", "child_of"),
        (f"{PAGES}?offset=10000000000000000000", "offset"),
        (f"{PAGES}?offset=99999999999999999999999&limit=5", "offset"),
        (f"{PAGES}?child_of=10000000000000000000", "child_of"),
        ("/api/v2/images/?offset=10000000000000000000", "offset"),
        ("/api/v2/documents/?offset=10000000000000000000", "offset"),
        (f"{PAGES}?offset=%2B10000000000000000000", "offset"),
        (f"{PAGES}?offset=%2010000000000000000000%20", "offset"),
        (f"{PAGES}?offset=1_0000000000000000000", "offset"),
    ],
)
def test_invalid_parameters_get_400_with_a_message(client, url, message):
    body = api(client, url, status=400)
    assert message in body["message"]


def test_openapi_description_is_valid_and_covers_every_page_type(client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    schemas = document["components"]["schemas"]
    assert "goal_codes" in schemas["projects.ProjectPage"]["properties"]
    assert schemas["projects.ProjectPage"]["properties"]["goal_codes"] == {
        "type": "array",
        "items": {"type": "string"},
    }
    parameters = {p["name"] for p in document["paths"]["/pages/"]["get"]["parameters"]}
    assert {"goal", "means", "region", "status", "year", "type", "locale"} <= parameters
    status = next(p for p in document["paths"]["/pages/"]["get"]["parameters"] if p["name"] == "status")
    assert status["schema"]["enum"] == ["planned", "ongoing", "completed"]


def count(client, url):
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_project_listing_takes_a_fixed_number_of_queries(client):
    url = f"{PAGES}?type=projects.ProjectPage&fields=*&limit=100"
    before = count(client, url)
    index = ProjectPage.objects.first().get_parent()
    for _ in range(5):
        ProjectPageFactory(
            parent=index,
            locale=index.locale,
            goals=list(ProgrammeGoal.objects.all()),
            regions=list(Area.objects.filter(kind=AreaKind.REGION)[:2]),
        )
    assert count(client, url) == before


@pytest.mark.parametrize("page_type", ["projects.ProjectPage", "pages.NewsPage"])
def test_one_item_or_twenty_take_the_same_queries(client, page_type):
    one, twenty = (count(client, f"{PAGES}?type={page_type}&fields=*&limit={n}") for n in (1, 20))
    assert one == twenty


def test_news_listing_takes_a_fixed_number_of_queries(client):
    from pages.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    url = f"{PAGES}?type=pages.NewsPage&fields=*&limit=100"
    before = count(client, url)
    index = NewsIndexPage.objects.get(locale__language_code="en")
    for i in range(5):
        NewsPageFactory(parent=index, locale=index.locale, tags=[f"t{i}"])
    assert count(client, url) == before


@pytest.mark.parametrize(
    "url",
    [
        f"{PAGES}?search=%00",
        f"{PAGES}?locale=%00",
        f"{PAGES}find/?html_path=/a%00/",
        f"{PAGES}?search=x&search_operator=foo",
        "/fi/uutiset/?tag=%00",
    ],
)
def test_nul_characters_and_bad_operators_are_400s(client, url):
    assert client.get(url).status_code == 400


def test_api_404s_are_json_not_redirects_to_html(client):
    response = client.get(f"{PAGES}999999/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert client.get(f"{PAGES}?locale=xx").status_code == 400


def test_find_by_html_path_with_the_language_prefix(client):
    from pages.models import NewsIndexPage

    news = NewsIndexPage.objects.get(locale__language_code="fi")
    response = client.get(f"{PAGES}find/?html_path={news.url}")
    assert response.status_code == 302
    assert f"/api/v2/pages/{news.pk}/" in response.url


def test_programme_listing_with_steering_group_takes_a_fixed_number_of_queries(client):
    from pages.models import ProgrammePage, SteeringGroupMember
    from tests.factories import OrganisationFactory

    url = f"{PAGES}?type=pages.ProgrammePage&fields=*"
    before = count(client, url)
    page = ProgrammePage.objects.get(locale__language_code="fi")
    for i in range(4):
        SteeringGroupMember.objects.create(page=page, organisation=OrganisationFactory(), member=f"M{i}")
    assert count(client, url) == before


def test_project_filters_combine_with_search(client):
    listing = api(client, f"{PAGES}?type=projects.ProjectPage&goal=placement&year=2025&search=kunta&locale=fi")
    projects = ProjectPage.objects.live().filter(locale__language_code="fi").with_listing_data()
    allowed = {p.pk for p in projects if "placement" in p.goal_codes and p.start_date.year <= 2025 <= p.end_date.year}
    assert listing["items"], "the search should find some of the demo projects"
    assert {item["id"] for item in listing["items"]} <= allowed


def test_a_listing_reads_only_its_pages_and_what_they_show(client):
    """Wagtail builds the public pages' queryset three times a listing, each time reading the view restrictions,
    the site and its root's translations; with a locale it read the language twice. Without view restrictions,
    the site and its roots are kept until a publish, and a project's five relations are read in one query."""
    client.get(f"{PAGES}?type=projects.ProjectPage&fields=*&locale=en")
    with CaptureQueriesContext(connection) as captured:
        api(client, f"{PAGES}?type=projects.ProjectPage&fields=*&locale=en")
    tables = [query["sql"].split(" FROM ")[1].split()[0] for query in captured if " FROM " in query["sql"]]
    assert sorted(tables) == sorted(
        [
            '"wagtailcore_locale"',  # the language asked for
            '"projects_projectpage"',  # the count
            '"projects_projectpage"',  # the projects
            '"wagtailimages_image"',
            '"wagtailimages_rendition"',
            '"projects_projectpage_partners"',  # and the other four relations, in the same query
        ]
    )


def test_a_listing_gives_each_project_its_own_relations(client):
    """Read for the whole listing at once, each project's relations are its own, in their tables' order, as
    Django's prefetching reads them."""
    listing = api(client, f"{PAGES}?type=projects.ProjectPage&fields=*&locale=fi&limit=100")
    projects = ProjectPage.objects.live().filter(locale__language_code="fi").with_listing_data()
    expected = {
        p.pk: {
            "partner_names": [o.name for o in p.partners.all()],
            "municipality_codes": [m.code for m in p.municipalities.all()],
            "region_codes": [a.code for a in p.regions.all()],
            "goal_codes": [g.code for g in p.goals.all()],
            "means_codes": [m.code for m in p.means.all()],
        }
        for p in projects
    }
    shown = {item["id"]: {name: item[name] for name in expected[item["id"]]} for item in listing["items"]}
    assert shown == expected
    assert any(len(set(map(str, relations.values()))) > 1 for relations in shown.values())


def test_a_page_with_a_view_restriction_is_not_listed_until_the_restriction_goes(client):
    """Without view restrictions the listing takes the site's pages from what the process keeps; a restriction
    added takes its page out of the listing at once, and its removal puts it back."""
    url = f"{PAGES}?type=projects.ProjectPage&locale=fi&limit=100"
    project = ProjectPage.objects.live().filter(locale__language_code="fi").first()
    assert project.pk in {item["id"] for item in api(client, url)["items"]}
    restriction = PageViewRestriction.objects.create(page=project, restriction_type="password", password="x")
    assert project.pk not in {item["id"] for item in api(client, url)["items"]}
    restriction.delete()
    assert project.pk in {item["id"] for item in api(client, url)["items"]}


def test_a_language_without_pages_lists_nothing(client):
    from wagtail.models import Locale, Page

    code = LANGUAGE_CODES[-1]  # a survey language: the site has its home page alone in it
    for page in Page.objects.filter(locale__language_code=code).order_by("-depth"):
        page.delete()
    Locale.objects.get(language_code=code).delete()
    listing = api(client, f"{PAGES}?type=projects.ProjectPage&locale={code}")
    assert listing == {"meta": {"total_count": 0}, "items": []}
