"""Queries compiled once and run again with new values (core.compiled): the same objects as the ORM reads, and
never another query's SQL."""

from unittest import mock

import pytest
import wagtail_factories
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext

from core import compiled
from pages.models import ProgrammePage, SteeringGroupMember
from projects.models import ProjectIndexPage, ProjectPage
from tests.factories import OrganisationFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def nothing_compiled(monkeypatch):
    monkeypatch.setattr(compiled, "_compiled", {})


@pytest.fixture
def projects():
    index = ProjectIndexPage.objects.get(locale__language_code="fi")
    first = ProjectPageFactory(
        parent=index, title="Ensimmäinen", image=wagtail_factories.ImageFactory(), image_alt="Kuvitus"
    )
    second = ProjectPageFactory(parent=index, title="Toinen", funding_eur=2500, image=None)
    return first, second


def read(pk):
    return compiled.fetch("test project", ProjectPage.objects.select_related("image", "implementer").filter(pk=pk), pk)


def compilations():
    return mock.patch.object(SQLCompiler, "as_sql", autospec=True, side_effect=SQLCompiler.as_sql)


def test_a_page_is_read_as_the_orm_reads_it_with_what_it_selects_beside_it(projects):
    for project in projects:
        [found] = read(project.pk)
        expected = ProjectPage.objects.get(pk=project.pk)
        assert type(found) is ProjectPage
        assert (found.pk, found.title, found.url_path, found.funding_eur, found.start_date, found.live) == (
            expected.pk,
            expected.title,
            expected.url_path,
            expected.funding_eur,
            expected.start_date,
            expected.live,
        )
        assert list(found.body.raw_data) == list(expected.body.raw_data)  # a StreamField, converted from JSON
        with CaptureQueriesContext(connection) as queries:
            shown = (found.implementer.name, found.image and found.image.title)
        assert shown == (expected.implementer.name, expected.image and expected.image.title) and not queries


def test_the_sql_is_compiled_once_and_run_with_each_value(projects):
    first, second = projects
    with compilations() as as_sql:
        assert [page.title for page in read(first.pk)] == ["Ensimmäinen"]
        assert as_sql.call_count == 1
        assert [page.title for page in read(second.pk)] == ["Toinen"]
        assert [page.title for page in read(first.pk + second.pk + 1000)] == []
        assert as_sql.call_count == 1


def test_a_value_that_is_not_found_once_among_the_parameters_is_not_kept(projects):
    """The id is a bound too here, and the places of the two cannot be told apart: compiled each time."""
    first, second = projects

    def read_from(pk):
        queryset = ProjectPage.objects.filter(pk=pk, page_ptr_id__gte=pk)
        return [page.title for page in compiled.fetch("test from", queryset, pk)]

    assert read_from(first.pk) == ["Ensimmäinen"]
    assert read_from(second.pk) == ["Toinen"]
    assert compiled._compiled == {}


def test_members_come_in_their_order_with_their_page_already_known():
    programme = ProgrammePage.objects.get(locale__language_code="fi")
    before = [m.member for m in SteeringGroupMember.objects.filter(page=programme).order_by("sort_order")]
    for order, name in enumerate(("Örebro-seura", "Aava ry", "Kotikunta ry"), start=100):
        organisation = OrganisationFactory(name=name)
        SteeringGroupMember.objects.create(page=programme, organisation=organisation, member=name, sort_order=order)
    members = compiled.fetch(
        "test members", programme.steering_group_members.select_related("organisation"), programme.pk
    )
    with CaptureQueriesContext(connection) as queries:
        shown = [(m.member, m.page is programme) for m in members]
        assert [m.organisation.name for m in members][-3:] == ["Örebro-seura", "Aava ry", "Kotikunta ry"]
    assert shown == [(name, True) for name in [*before, "Örebro-seura", "Aava ry", "Kotikunta ry"]]
    assert not queries


def test_a_previews_members_held_in_memory_are_shown_as_they_are():
    programme = ProgrammePage.objects.get(locale__language_code="fi")
    held = SteeringGroupMember(organisation=OrganisationFactory(name="Luonnos ry"), member="Luonnos")
    programme.steering_group_members = [held]
    members = compiled.fetch(
        "test members", programme.steering_group_members.select_related("organisation"), programme.pk
    )
    assert [m.member for m in members] == ["Luonnos"]
