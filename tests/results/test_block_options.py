"""What the page editor's results block offers to pick (results.block_options): the chosen round's questions
(never an open answer), those a cross-tabulation can take, and the areas and languages its figures may be
filtered by, as the block's own check on save accepts them."""

import json

import pytest

from tests.factories import SurveyPageFactory, UserFactory, question, section, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(groups=["Editors"]))
    return client


def survey(**kwargs):
    sections = [
        section(
            "Palaute",
            question("municipality", "home", "Kotikunta"),
            question("agreement", "welcome", "Tunnen itseni tervetulleeksi."),
            question("number", "years", "Monta vuotta Suomessa?"),
            question("long_text", "feedback", "Palaute?", required=False),
        )
    ]
    return SurveyPageFactory(closed=True, sections=json.dumps(sections), round_year=2025, **kwargs)


def options(client, page):
    response = client.get(f"/admin/results/block-options/{page.pk}/")
    assert response.status_code == 200
    return response.json()


def test_the_round_s_questions_are_offered_and_open_answers_never(editor):
    offered = options(editor, survey())
    assert offered["question"] == [
        ["home", "home · Kotikunta"],
        ["welcome", "welcome · Tunnen itseni tervetulleeksi."],
        ["years", "years · Monta vuotta Suomessa?"],
    ]
    # a cross-tabulation takes questions answered with one choice, and never the place (shown only by region)
    assert offered["column_question"] == [["welcome", "welcome · Tunnen itseni tervetulleeksi."]]


def test_a_participants_round_offers_its_regions_and_its_languages(editor):
    page = survey()
    translate(page, "ar")
    offered = options(editor, page)
    [(grouping, regions)] = offered["area"]  # protected on a public page: regions only
    assert grouping == "Maakunta"
    assert ["region:01", "Uusimaa"] in regions and len(regions) == 19
    assert offered["language"] == [["ar", "العربية (ar)"], ["fi", "Suomi (fi)"]]


def test_a_language_version_of_the_round_offers_what_the_round_does(editor):
    page = survey()
    assert options(editor, translate(page, "sv"))["question"] == options(editor, page)["question"]


def test_no_such_round_is_a_404_and_a_user_who_edits_no_pages_is_refused(client):
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get("/admin/results/block-options/999999/").status_code == 404
    client.force_login(UserFactory(groups=["Survey managers"]))
    response = client.get(f"/admin/results/block-options/{survey().pk}/")
    assert response.status_code == 403 and "editors" in response.json()["message"]
