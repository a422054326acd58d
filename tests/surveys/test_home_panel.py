"""The admin home's panel for survey managers (issue 14): the rounds open now with their response rates, and how
many pages wait in moderation; in a number of queries that does not grow with the rounds."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from reference.models import Municipality
from surveys.models import Invitation, SurveyPage
from tests.factories import SurveyPageFactory, UserFactory, respond

pytestmark = pytest.mark.django_db


def open_round(title, invited=0, submitted=0):
    survey = SurveyPageFactory(
        title=title,
        audience="municipalities",
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=30),
    )
    for municipality in Municipality.objects.order_by("code")[:invited]:
        invitation, _token = Invitation.create(survey, municipality, "kirjaamo@kunta.example.fi")
        if submitted:
            respond(survey, {"helped": "yes"}, invitation_id=invitation.pk)
            submitted -= 1
    return survey


def panel(client):
    html = client.get("/admin/").content.decode()
    match = re.search(r'id="survey-rounds-open-section".*?</section>', html, re.S)
    return match.group(0) if match else None


def test_survey_managers_see_the_open_rounds_and_the_moderation_queue(client):
    open_round("Kuntakierros auki", invited=4, submitted=1)
    SurveyPageFactory(title="Kuntakierros kiinni", audience="municipalities", closed=True)
    client.force_login(UserFactory(groups=["Survey managers"], is_staff=True))
    shown = panel(client)
    row = next(r for r in re.findall(r"<tr>.*?</tr>", shown, re.S) if "Kuntakierros auki" in r)
    assert "1 / 4" in row and "25 %" in row
    assert "Kuntakierros kiinni" not in shown
    assert re.search(r"\d+ sivua? odottaa tarkastusta", shown)


def test_editors_do_not_get_the_panel(client):
    client.force_login(UserFactory(groups=["Editors"], is_staff=True))
    assert panel(client) is None


def test_the_panels_queries_do_not_grow_with_the_rounds(client):
    client.force_login(UserFactory(groups=["Survey managers"], is_staff=True))
    open_round("Ensimmäinen", invited=2)
    client.get("/admin/")  # caches warmed

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/admin/")
        return len(captured)

    before = queries()
    open_round("Toinen", invited=2, submitted=1)
    open_round("Kolmas", invited=3)
    assert SurveyPage.objects.filter(title__in=["Ensimmäinen", "Toinen", "Kolmas"]).count() == 3
    assert queries() == before
