"""A project page's partners, municipalities, regions, goals and means (projects.models.read_relations): which ones
in one query, the rows themselves kept in the process until something is published."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from projects.models import ProjectIndexPage
from reference.importer import DATA_DIR, import_municipalities
from reference.models import Area, AreaKind, Municipality, ProgrammeGoal, ProgrammeMeans
from tests.factories import OrganisationFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db
REFERENCE = re.compile(r'FROM "reference_(organisation|municipality|area|programmegoal|programmemeans)"')


@pytest.fixture
def project(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request rendered
    index = ProjectIndexPage.objects.get(locale__language_code="fi")
    page = ProjectPageFactory(parent=index, title="Monen kunnan hanke")
    page.partners.set([OrganisationFactory(name=name) for name in ("Örebro-seura", "Aava ry", "Kotikunta ry")])
    page.municipalities.set(Municipality.objects.filter(code__in=["091", "049", "005", "837"]))
    page.regions.set(Area.objects.filter(kind=AreaKind.REGION, code__in=["11", "01", "06"]))
    page.goals.set(ProgrammeGoal.objects.all()[:2])
    page.means.set(ProgrammeMeans.objects.order_by("-pk")[:3])
    page.save()
    return page


def facts(html):
    """{term: what the page says} of the project's facts."""
    dl = re.search(r'<dl class="facts">(.*?)</dl>', html, re.S).group(1)
    pairs = re.findall(r"<dt>([^<]+)</dt><dd>(.*?)</dd>", dl, re.S)
    return {dt: unescape(", ".join(re.findall(r"<li>(.*?)</li>", dd)) if "<li>" in dd else dd) for dt, dd in pairs}


def test_the_page_shows_every_relation_in_its_tables_order_reading_which_in_one_query(client, project):
    expected = {
        "Kumppanit": ", ".join(o.name for o in project.partners.all()),
        "Kunnat": ", ".join(m.name_fi for m in project.municipalities.all()),
        "Maakunnat": ", ".join(a.name_fi for a in project.regions.all()),
        "Tavoitteet": ", ".join(str(g) for g in project.goals.all()),
        "Keinot": ", ".join(str(m) for m in project.means.all()),
    }
    client.get(project.url)
    with CaptureQueriesContext(connection) as captured:
        shown = facts(client.get(project.url).content.decode())
    assert {term: shown.get(term) for term in expected} == expected
    assert shown["Kumppanit"] == "Aava ry, Kotikunta ry, Örebro-seura"  # the database's order, not Python's
    assert captured and [q for q in captured if REFERENCE.search(q["sql"])] == []
    assert len([q for q in captured if "projects_projectpage_partners" in q["sql"]]) == 1


def test_a_preview_shows_the_editors_relations_not_the_saved_ones(project):
    """A preview's page carries the form's relations unsaved (modelcluster): they are left as they are."""
    unsaved = OrganisationFactory(name="Vasta lisätty kumppani")
    project.partners = [unsaved]
    project.get_context(RequestFactory().get(project.url))
    assert list(project.partners.all()) == [unsaved]


def test_a_municipality_renamed_by_an_import_shows_at_once(client, project, tmp_path):
    helsinki = Municipality.objects.get(code="091")
    client.get(project.url)  # the municipalities' rows kept
    rows = (DATA_DIR / "municipalities_2026.csv").read_text(encoding="utf-8").splitlines()
    renamed = [row.replace(",Helsinki,", ",Uusi Helsinki,", 1) if row.startswith("2026,091,") else row for row in rows]
    (tmp_path / "municipalities_2026.csv").write_text("\n".join(renamed) + "\n", encoding="utf-8")
    import_municipalities([tmp_path / "municipalities_2026.csv"])
    assert Municipality.objects.get(pk=helsinki.pk).name_fi == "Uusi Helsinki"
    assert "Uusi Helsinki" in facts(client.get(project.url).content.decode())["Kunnat"]
