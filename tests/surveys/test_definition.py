"""A survey's definition as a file: downloaded with its codes, kinds, conditions and every language's texts;
brought back as a new draft survey; a file that cannot be used refused with the line it fails on."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from surveys.models import SurveyPage
from tests.factories import SurveyPageFactory, UserFactory, question, section, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client):
    """A survey manager who also edits pages (importing creates survey pages)."""
    client.force_login(UserFactory(groups=["Survey managers", "Editors"]))
    return client


@pytest.fixture
def survey():
    housing = question(
        "single_choice", "housing", "Asutko vuokralla?", choices=[("rent", "Vuokralla"), ("own", "Omistan")]
    )
    sections = [
        section("Taustaa", housing),
        section("Asuminen", question("agreement", "home_ok", "Koti on hyvä."), show_if=("housing", "rent")),
    ]
    page = SurveyPageFactory(title="Asumiskysely", series="asuminen", round_year=2027, sections=json.dumps(sections))
    swedish = translate(page, "sv", title="Boendeenkät")
    raw = swedish.sections.raw_data
    raw[0]["value"]["questions"][0]["value"]["label"] = "Bor du på hyra?"
    raw[0]["value"]["questions"][0]["value"]["choices"][0]["value"]["label"] = "På hyra"
    swedish.save_revision().publish()
    return page


def download(client, survey):
    response = client.get(f"/admin/survey-status/{survey.pk}/definition/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    return response.content.decode()


def test_the_definition_holds_codes_kinds_conditions_and_every_languages_texts(manager, survey):
    definition = json.loads(download(manager, survey))
    assert definition["source_language"] == "fi" and definition["languages"] == ["fi", "sv"]
    assert definition["title"] == {"fi": "Asumiskysely", "sv": "Boendeenkät"}
    first, second = definition["sections"]
    housing = first["questions"][0]
    assert housing["kind"] == "single_choice" and housing["code"] == "housing"
    assert housing["label"] == {"fi": "Asutko vuokralla?", "sv": "Bor du på hyra?"}
    assert housing["choices"][0] == {"code": "rent", "label": {"fi": "Vuokralla", "sv": "På hyra"}}
    assert housing["choices"][1]["label"] == {"fi": "Omistan", "sv": "Omistan"}  # not yet translated
    assert second["show_if"] == {"question": "housing", "choice": "rent"}
    assert second["questions"][0]["kind"] == "agreement"


def upload(client, text, name="kysely.json"):
    file = SimpleUploadedFile(name, text.encode("utf-8"), content_type="application/json")
    return client.post("/admin/survey-status/import/", {"file": file})


def test_a_downloaded_definition_comes_back_as_a_new_draft_in_each_language(manager, survey):
    text = download(manager, survey).replace("Asumiskysely", "Asumiskysely 2028")
    before = SurveyPage.objects.count()
    response = upload(manager, text)
    assert response.status_code == 302
    created = SurveyPage.objects.get(title="Asumiskysely 2028", locale__language_code="fi")
    assert response.url == f"/admin/pages/{created.pk}/edit/"
    assert not created.live and SurveyPage.objects.count() == before + 2
    swedish = created.get_translation(created.get_translations().get().locale)
    assert swedish.title == "Boendeenkät" and not swedish.live
    fields = swedish.structure()[0].questions[0]
    assert fields.label == "Bor du på hyra?"
    # The same definition, read back from the new survey: nothing lost on the way.
    again = json.loads(download(manager, created))
    original = json.loads(text)
    assert again["sections"] == original["sections"] and again["title"] == original["title"]


@pytest.mark.parametrize(
    "change, line, words",
    [
        (lambda text: text[: text.index('"sections"') + 20], None, "ei kelvollista JSONia"),
        (lambda text: text.replace('"kind": "agreement"', '"kind": "maybe"'), '"kind": "agreement"', "”kind”-arvon on"),
        (
            lambda text: text.replace('"choice": "rent"', '"choice": "lease"'),
            '"Asuminen"',
            "ei ole vastausvaihtoehtoa lease",
        ),  # noqa: E501
        (lambda text: text.replace('"code": "home_ok"', '"code": "housing"'), '"code": "home_ok"', "käytetty kahdesti"),
    ],
    ids=["cut short", "unknown kind", "condition on no choice", "code twice"],
)
def test_a_file_that_cannot_be_used_is_refused_with_its_line_and_nothing_is_created(
    manager, survey, change, line, words
):
    text = download(manager, survey)
    broken = change(text)
    before = SurveyPage.objects.count()
    response = upload(manager, broken)
    html = response.content.decode()
    assert response.status_code == 400 and words in html
    if line:  # the line of the section or question the problem is in, counted in the file as written
        lines = text.splitlines()
        anchor = next(i for i, content in enumerate(lines) if line in content)
        opening = max(i for i in range(anchor + 1) if lines[i].strip() == "{") + 1
        assert f"Rivi {opening}:" in html, html[html.find("Rivi") - 50 : html.find("Rivi") + 200]
    assert SurveyPage.objects.count() == before


def test_editors_may_neither_download_nor_import_a_definition(client, survey):
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get(f"/admin/survey-status/{survey.pk}/definition/").status_code == 403
    assert upload(client, "{}").status_code == 403


def test_a_survey_manager_who_may_not_add_pages_cannot_import(client, survey):
    client.force_login(UserFactory(groups=["Survey managers"]))
    before = SurveyPage.objects.count()
    response = upload(client, json.dumps({"format": "kuntaan-survey-definition/1"}))
    assert response.status_code == 403 and SurveyPage.objects.count() == before


def test_the_translation_overview_counts_each_languages_own_wording_and_sees_a_changed_source(manager, survey):
    url = f"/admin/survey-status/{survey.pk}/translations/"

    def rows():
        """{language: the text of the other cells of its row}."""
        html = manager.get(url).content.decode()
        body = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
        table = {}
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
            cells = [
                " ".join(re.sub(r"<[^>]+>", " ", cell).split())
                for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            ]
            table[cells[0]] = cells[1:]
        return table

    before = rows()
    # Title, intro, privacy notice, thank-you text, two section titles, two questions and two choices: ten texts;
    # the Swedish version has its own words for the title, one question and one choice.
    assert before["Svenska"][0] == "3 / 10"
    assert "Lähde muuttunut" not in before["Svenska"][2]
    survey.title = "Asumiskysely, korjattu"
    survey.save_revision()
    assert "Lähde muuttunut" in rows()["Svenska"][2]
