"""Results published back to the site: a results page's figures are frozen when it is published, shown in every
language version, served by the API and as CSV, and protected on every one of those surfaces."""

import csv
import datetime
import io
import json
import re

import pytest
from django.utils import timezone, translation
from wagtail import blocks

from pages.models import HomePage
from results.blocks import ResultBlock
from results.models import ResultSnapshot, ResultsPage
from tests.factories import SurveyPageFactory, question, respond, section, translate

pytestmark = pytest.mark.django_db

WELCOME = ["agree"] * 7 + ["disagree"] * 2 + ["strongly_agree"] * 6  # disagree: 2, under k = 5


@pytest.fixture
def survey():
    sections = [
        section(
            "Palaute",
            question("agreement", "welcome", "Tunnen itseni tervetulleeksi."),
            question("long_text", "feedback", "Palaute?", required=False),
        )
    ]
    page = SurveyPageFactory(closed=True, sections=json.dumps(sections), series="tervetuloa", round_year=2025)
    for answer in WELCOME:
        respond(page, {"welcome": answer})
    return page


def results_page(survey, **block):
    value = {
        "caption": "",
        "survey": survey.pk,
        "show": "question",
        "question": "welcome",
        "column_question": "",
        "area": "",
        "language": "",
        **block,
    }
    home = HomePage.objects.get(locale__language_code="fi")
    page = home.add_child(
        instance=ResultsPage(
            title="Tuloksia",
            slug="tuloksia-testi",
            body=json.dumps([{"type": "result", "id": "block-1", "value": value}]),
        )
    )
    page.save_revision().publish()
    return ResultsPage.objects.get(pk=page.pk)


def shown(html):
    """{answer: count} of the figure's table as the page shows it."""
    return dict(re.findall(r'<th scope="row">([^<]+)</th><td class="figures__number">([^<]+)</td>', html))


def test_publishing_freezes_the_figures_and_they_never_change(client, survey):
    page = results_page(survey)
    before = shown(client.get(page.url).content.decode())
    assert before["Jokseenkin samaa mieltä"] == "7"
    assert before["Jokseenkin eri mieltä"] == ".."  # 2 respondents: under k
    assert before["Täysin samaa mieltä"] == ".."  # 6, hidden too: with the total shown it would give away the 2
    for _i in range(10):
        respond(survey, {"welcome": "disagree"})
    page.save_revision().publish()  # published again, the block unchanged
    assert ResultSnapshot.objects.filter(translation_key=page.translation_key).count() == 1
    assert shown(client.get(page.url).content.decode()) == before


def test_every_language_version_shows_the_same_figures_in_its_own_language(client, survey):
    from wagtail.models import Locale

    translate(survey, "sv")
    page = results_page(survey)
    swedish = page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.save_revision().publish()
    respond(survey, {"welcome": "agree"})  # after the Finnish version was published
    figures = shown(client.get(swedish.url).content.decode())
    assert figures["Delvis av samma åsikt"] == "7" and figures["Helt av samma åsikt"] == ".."


def test_a_municipality_question_by_region_names_the_regions_in_each_language(client):
    from wagtail.models import Locale

    sections = [section("Taustat", question("municipality", "home", "Kotikunta?"))]
    survey = SurveyPageFactory(closed=True, sections=json.dumps(sections), series="kotikunta")
    for code, times in [("091", 7), ("837", 6)]:  # Helsinki in Uusimaa, Tampere in Pirkanmaa
        for _i in range(times):
            respond(survey, {"home": code})
    translate(survey, "sv")
    page = results_page(survey, question="home")
    assert shown(client.get(page.url).content.decode())["Uusimaa"] == "7"
    swedish = page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.save_revision().publish()
    figures = shown(client.get(swedish.url).content.decode())
    assert figures["Nyland"] == "7" and figures["Birkaland"] == "6"


def test_no_count_under_k_reaches_the_page_the_api_or_the_csv(client, survey):
    translate(survey, "en")
    page = results_page(survey)
    html = client.get(page.url).content.decode()
    assert shown(html)["Jokseenkin eri mieltä"] == ".." and ">2<" not in html
    api = client.get(f"/api/v2/pages/{page.pk}/?fields=published_results").json()
    [result] = api["published_results"]
    counts = {cell["code"]: cell["count"] for cell in result["cells"]}
    assert counts["disagree"] is None and counts["agree"] == 7
    response = client.get(f"/api/v2/results/{result['id']}/csv/?locale=en")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_code = {row["code"]: row for row in rows}
    assert by_code["disagree"]["count"] == ".." and by_code["agree"]["count"] == "7"
    assert by_code["disagree"]["share"] == ".." and by_code["agree"]["answer"] == "Agree"
    assert all(row["count"] in ("..", "0") or int(row["count"]) >= 5 for row in rows)
    # the agreement scale's mean, hidden with the counts behind it (disagree, 2, is hidden)
    assert {(row["mean"], row["median"]) for row in rows} == {("..", "..")}


def test_the_csv_of_no_such_result_is_a_404_and_a_bad_language_a_400(client, survey):
    assert client.get("/api/v2/results/999999/csv/").status_code == 404
    assert client.get("/api/v2/results/99999999999/csv/").status_code == 404
    assert client.get("/api/v2/results/1/csv/?locale=xx").status_code == 400


@pytest.mark.parametrize(
    "asked, field",
    [({"question": "nosuch"}, "question"), ({"question": "feedback"}, "question"), ({"area": "region:99"}, "area")],
)
def test_a_block_asking_for_what_cannot_be_published_is_refused(survey, asked, field):
    block = ResultBlock()
    value = block.to_python(
        {
            "caption": "",
            "survey": survey.pk,
            "show": "question",
            "question": "welcome",
            "column_question": "",
            "area": "",
            "language": "",
            **asked,
        }
    )
    with pytest.raises(blocks.StructBlockValidationError) as refused:
        block.clean(value)
    assert field in refused.value.block_errors


def test_a_filtered_figure_says_whom_it_counts_in_each_language(client, survey):
    from wagtail.models import Locale

    translate(survey, "sv")
    page = results_page(survey, language="fi")
    caption = re.search(r"<figcaption>(.*?)</figcaption>", client.get(page.url).content.decode(), re.S).group(1)
    assert "Vastauskieli: fi" in caption
    swedish = page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.save_revision().publish()
    caption = re.search(r"<figcaption>(.*?)</figcaption>", client.get(swedish.url).content.decode(), re.S).group(1)
    assert "Svarsspråk: fi" in caption
    # each line of the CSV says whom it counts and when it was frozen
    [result] = client.get(f"/api/v2/pages/{page.pk}/?fields=published_results").json()["published_results"]
    response = client.get(f"/api/v2/results/{result['id']}/csv/")
    lines = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines and {(line["filters"], line["frozen"]) for line in lines} == {("language=fi", result["made"])}


def test_a_published_figure_of_municipalities_hides_small_groups_too(client):
    from reference.models import Municipality
    from surveys.models import Invitation

    sections = [section("Kunta", question("yes_no", "received", "Vastaanotettiinko?"))]
    survey = SurveyPageFactory(closed=True, sections=json.dumps(sections), audience="municipalities", series="kunnat")
    assert not survey.suppresses  # the dashboard shows municipality surveys' figures as they are
    for code, answer in [("091", "yes"), ("049", "yes"), ("092", "yes"), ("837", "yes"), ("853", "yes"), ("564", "no")]:
        invitation, _token = Invitation.create(survey, Municipality.objects.get(code=code), f"k@{code}.fi")
        respond(survey, {"received": answer}, invitation_id=invitation.pk)
    html = client.get(results_page(survey, question="received").url).content.decode()
    assert shown(html) == {"Kyllä": "..", "Ei": "..", "Vastaajia": "6"}  # Oulu's "no" is not singled out


def test_a_block_the_survey_no_longer_allows_leaves_the_page_published_without_it(client, survey):
    page = results_page(survey)
    page.body = json.dumps(
        [{"type": "result", "id": "block-2", "value": {**page.body.raw_data[0]["value"], "question": "gone"}}]
    )
    page.save_revision().publish()  # as a scheduled publish would: no form checked the block
    response = client.get(page.url)
    assert response.status_code == 200 and "Luvut kiinnitetään, kun sivu julkaistaan." in response.content.decode()


def test_the_csv_serves_only_what_a_live_public_page_shows(client, survey):
    from wagtail.models import PageViewRestriction

    page = results_page(survey)
    [result] = client.get(f"/api/v2/pages/{page.pk}/?fields=published_results").json()["published_results"]
    url = f"/api/v2/results/{result['id']}/csv/"
    assert client.get(url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert client.get(url).status_code == 404  # the pages API does not serve a restricted page either
    restriction.delete()
    page.unpublish()
    assert client.get(url).status_code == 404
    page.body = json.dumps(
        [{"type": "result", "id": "block-1", "value": {**page.body.raw_data[0]["value"], "show": "trend"}}]
    )
    page.save_revision().publish()  # the block asks for something else now: a new snapshot, the old one gone
    assert client.get(url).status_code == 404
    [now] = client.get(f"/api/v2/pages/{page.pk}/?fields=published_results").json()["published_results"]
    assert now["id"] != result["id"] and client.get(f"/api/v2/results/{now['id']}/csv/").status_code == 200


def cells_of(html, row_label):
    """[(count, share, bar width)] of a cross-tabulation row as the page shows it."""
    row = re.search(rf'<tr><th scope="row">{row_label}</th>(.*?)</tr>', html, re.S).group(1)
    return re.findall(
        r'<td class="figures__number">([^<]+)<br><span class="crosstab__share">([^<]+)</span>'
        r'<svg class="bar".*?<rect class="bar__value" width="([^"]+)"',
        row,
        re.S,
    )


def test_a_cross_tabulation_shows_each_row_s_shares_with_its_chart(client):
    sections = [section("Palaute", question("agreement", "welcome", "Tervetullut?"), question("agreement", "safe"))]
    survey = SurveyPageFactory(closed=True, sections=json.dumps(sections), series="ristiin", round_year=2025)
    for welcome, safe, times in [("agree", "agree", 6), ("agree", "disagree", 18), ("strongly_agree", "agree", 8)]:
        for _i in range(times):
            respond(survey, {"welcome": welcome, "safe": safe})
    html = client.get(results_page(survey, show="crosstab", column_question="safe").url).content.decode()
    # Columns in the scale's order: strongly disagree, disagree, neutral, agree, strongly agree (when answered).
    agree = [cell for cell in cells_of(html, "Jokseenkin samaa mieltä") if cell[0] != "0"]
    assert agree == [("18", "75\u00a0%", "75.0"), ("6", "25\u00a0%", "25.0")]
    strongly = [cell for cell in cells_of(html, "Täysin samaa mieltä") if cell[0] != "0"]
    assert strongly == [("8", "100\u00a0%", "100.0")]
    page = ResultsPage.objects.get(slug="tuloksia-testi")
    [result] = client.get(f"/api/v2/pages/{page.pk}/?fields=published_results").json()["published_results"]
    response = client.get(f"/api/v2/results/{result['id']}/csv/")
    lines = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    cells = {(line["row_code"], line["column_code"]): line for line in lines}
    # welcome agree: 18 safe disagree and 6 agree (24); strongly agree: 8 agree. Columns: 18 and 14, of 32.
    agree_disagree, agree_agree = cells[("agree", "disagree")], cells[("agree", "agree")]
    assert (agree_disagree["count"], agree_disagree["row_total"], agree_disagree["column_total"]) == ("18", "24", "18")
    assert (agree_agree["count"], agree_agree["column_total"], agree_agree["total"]) == ("6", "14", "32")
    assert cells[("strongly_agree", "agree")]["count"] == "8"


def test_a_trend_shows_each_round_s_figures_under_its_own_answers(client):
    def choices(*codes):
        return [question("single_choice", "help", "Mistä sait apua?", choices=[(c, c.title()) for c in codes])]

    earlier = SurveyPageFactory(
        closed=True, sections=json.dumps([section("Apu", *choices("kunta", "järjestö"))]), series="apu", round_year=2024
    )
    later = SurveyPageFactory(
        closed=True,
        sections=json.dumps([section("Apu", *choices("netti", "kunta", "järjestö"))]),
        series="apu",
        round_year=2025,
    )
    for survey, answers in [(earlier, {"kunta": 5, "järjestö": 15}), (later, {"netti": 10, "kunta": 10})]:
        for code, times in answers.items():
            for _i in range(times):
                respond(survey, {"help": code})
    html = client.get(results_page(later, show="trend", question="help").url).content.decode()
    header = re.findall(r'<th scope="col">([^<]+)</th>', html)
    rounds = {
        year: re.findall(r'<td class="figures__number">([^<]*?)(?: <svg|</td>)', row)[1:]
        for year, row in re.findall(r'<th scope="row">(202\d)[^<]*</th>(.*?)</tr>', html, re.S)
    }
    shares = {year: dict(zip(header[2:], cells, strict=True)) for year, cells in rounds.items()}
    assert shares["2024"] == {"Kunta": "25 %", "Järjestö": "75 %", "Netti": "–"}
    assert shares["2025"] == {"Kunta": "50 %", "Järjestö": "0 %", "Netti": "50 %"}


def test_a_trend_shows_each_round_s_shares_with_its_chart(client):
    sections = [section("Palaute", question("agreement", "welcome", "Tervetullut?"))]
    earlier = SurveyPageFactory(
        closed=True, sections=json.dumps(sections), series="trendi", round_year=2024, slug="trendi-2024"
    )
    later = SurveyPageFactory(
        closed=True, sections=json.dumps(sections), series="trendi", round_year=2025, slug="trendi-2025"
    )
    for survey, agreeing in [(earlier, 5), (later, 15)]:
        for answer in ["agree"] * agreeing + ["strongly_agree"] * 5:
            respond(survey, {"welcome": answer})
    html = client.get(results_page(later, show="trend").url).content.decode()
    rounds = dict(re.findall(r'<th scope="row">(202\d)</th>(.*?)</tr>', html, re.S))
    bars = {year: re.findall(r'class="bar__value" width="([^"]+)"', row) for year, row in rounds.items()}
    assert "50.0" in bars["2024"] and "75.0" in bars["2025"] and "25.0" in bars["2025"]


def test_a_published_trend_of_a_number_gives_each_rounds_mean_and_median(client, hours_rounds):
    later = hours_rounds
    html = client.get(results_page(later, show="trend", question="hours").url).content.decode()
    header = re.findall(r'<th scope="col">([^<]+)</th>', html)
    assert header == ["Kierros", "Vastaajia", "Keskiarvo", "Mediaani"]
    rows = dict(re.findall(r'<th scope="row">(202\d)</th>(.*?)</tr>', html, re.S))
    cells = {year: re.findall(r'<td class="figures__number">([^<]+)</td>', row) for year, row in rows.items()}
    assert cells == {"2024": ["10", "5,0", "5,0"], "2025": ["10", "30,0", "30,0"]}


def test_a_round_still_collecting_answers_is_not_published(client):
    """Two freezes of an open round, before and after a few more answers, would give those few answers away."""
    from results.snapshots import definition_problems

    sections = [section("Apu", question("yes_no", "helped", "Auttoiko?"))]
    survey = SurveyPageFactory(sections=json.dumps(sections), series="auki", round_year=2026)
    with translation.override("en"):
        problems = definition_problems({"survey": survey, "question": "helped", "show": "summary"})
    assert list(problems) == ["survey"] and "still collecting answers" in problems["survey"]
    survey.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    survey.save()
    assert "survey" not in definition_problems({"survey": survey, "question": "helped", "show": "summary"})
