"""Indicators computed by their rules on hand-made rounds, the values worked out by hand; the evaluation view by
role, in a fixed number of queries."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from reference.models import Municipality
from results import indicators
from results.aggregates import Filters
from results.models import Indicator
from surveys.models import Invitation
from tests.factories import SurveyPageFactory, UserFactory, question, respond, section

pytestmark = pytest.mark.django_db

HELPFUL = ["agree"] * 5 + ["strongly_agree"] * 4 + ["cant_say"] * 3


def indicator(measure, question, choices="", series="tuki", **fields):
    fields = {"kind": "result", "goal": "reception", "code": f"{measure}_{question}", **fields}
    return Indicator.objects.create(
        locale=Locale.get_default(),
        name=f"{measure} {question}",
        series=series,
        measure=measure,
        question=question,
        choices=choices,
        **fields,
    )


@pytest.fixture
def participants():
    sections = [section("Palaute", question("agreement", "helpful", "Toiminta auttoi minua."))]
    survey = SurveyPageFactory(sections=json.dumps(sections), series="tuki", round_year=2025)
    for answer in HELPFUL:
        respond(survey, {"helpful": answer})
    return survey


@pytest.fixture
def municipalities():
    sections = [
        section(
            "Kunta",
            question("yes_no", "received", "Vastaanotettiinko?"),
            question("number", "places", "Paikkoja?", decimal=False, min_value=0, max_value=1000),
        )
    ]
    survey = SurveyPageFactory(
        sections=json.dumps(sections), series="kunnat", round_year=2025, audience="municipalities"
    )
    # Helsinki, Espoo and Tampere answer; Turku is invited and does not.
    for code, received, places in [("091", "yes", 100), ("049", "yes", 40), ("837", "no", 0)]:
        invitation, _token = Invitation.create(survey, Municipality.objects.get(code=code), f"k@{code}.fi")
        respond(survey, {"received": received, "places": places}, invitation_id=invitation.pk)
    Invitation.create(survey, Municipality.objects.get(code="853"), "k@853.fi")
    return survey


def test_counts_shares_and_means_of_respondents_protected_as_figures_are(participants):
    chose = indicator("respondents", "helpful", "agree strongly_agree")
    share = indicator("share", "helpful", "agree strongly_agree")
    mean = indicator("mean", "helpful")
    # 9 of the 12 agree: 9 is not small, but the 3 who did not are (k = 5), and 12 - 9 gives them away.
    assert indicators.value(chose, participants).hidden
    assert indicators.value(share, participants).hidden
    # The mean of 5 agree (4) and 4 strongly agree (5) would give away the 4 hidden on the dashboard.
    assert indicators.value(mean, participants).hidden
    type(participants).objects.filter(pk=participants.pk).update(protect_small_groups=False)
    participants.refresh_from_db()
    assert indicators.value(chose, participants).value == 9
    assert indicators.value(share, participants).value == pytest.approx(75)
    got = indicators.value(mean, participants)  # (5 × 4 + 4 × 5) / 9, can't say left out
    assert got.value == pytest.approx(40 / 9) and got.respondents == 12


def test_a_mean_or_sum_of_a_choice_hides_what_its_counts_would_give_away():
    sections = [section("Palaute", question("agreement", "helpful", "Auttoiko?"), question("yes_no", "work", "Työ?"))]
    survey = SurveyPageFactory(sections=json.dumps(sections), series="tuki", round_year=2025)
    # One agrees and five cannot say: a mean of 4.0 would be that one person's answer.
    for helpful, work in [("agree", "yes")] + [("cant_say", "no")] * 5 + [("strongly_agree", "no")] * 6:
        respond(survey, {"helpful": helpful, "work": work})
    mean = indicator("mean", "helpful")
    assert indicators.value(mean, survey).hidden
    assert indicators.value(indicator("mean", "work"), survey).hidden  # 1 yes of 12: the share of yes
    assert indicators.value(indicator("sum", "work"), survey).hidden
    for _i in range(5):
        respond(survey, {"helpful": "agree", "work": "yes"})
    got = indicators.value(mean, survey)  # (6 × 4 + 6 × 5) / 12
    assert not got.hidden and got.value == pytest.approx(54 / 12)


def test_a_count_of_several_answers_is_shown_only_where_the_dashboard_already_tells_it():
    # 3 agree (hidden on the dashboard, with its partner: the 5 neutral), 20 disagree, 10 strongly agree. A count
    # of "agree or disagree", 23, would give the 3 away beside the dashboard's 20 (failed before: shown).
    sections = [section("Palaute", question("agreement", "helpful", "Auttoiko?"))]
    survey = SurveyPageFactory(sections=json.dumps(sections), series="tuki", round_year=2025)
    for answer, n in (("agree", 3), ("disagree", 20), ("neutral", 5), ("strongly_agree", 10)):
        for _i in range(n):
            respond(survey, {"helpful": answer})
    assert indicators.value(indicator("respondents", "helpful", "agree disagree"), survey).hidden
    # "Strongly agree" is shown on the dashboard; "agree or neutral" is everyone less the shown others (30).
    assert indicators.value(indicator("respondents", "helpful", "strongly_agree", code="sa"), survey).value == 10
    several = indicator("respondents", "helpful", "agree neutral", code="an")  # 8: its complement, 30, is shown
    assert indicators.value(several, survey).value == 8


def test_municipalities_sums_and_coverage(municipalities):
    received = indicator("municipalities", "received", "yes", series="kunnat")
    places = indicator("sum", "places", series="kunnat")
    assert indicators.value(received, municipalities).value == 2
    assert indicators.value(places, municipalities).value == 140
    cover = indicators.coverage(municipalities)
    assert (cover.answered, cover.invited) == (3, 4)
    uusimaa = Filters(grouping="region", area="01")  # Helsinki, Espoo; Turku and Tampere are elsewhere
    assert indicators.value(places, municipalities, uusimaa).value == 140
    cover = indicators.coverage(municipalities, uusimaa)
    assert (cover.answered, cover.invited) == (2, 2)


def test_the_evaluation_view_by_role_and_in_fixed_queries(client, participants, municipalities):
    indicator("mean", "helpful", amif_indicator="Osallistujat, joiden mielestä toiminta auttoi kotoutumaan")
    indicator("sum", "places", series="kunnat", goal="placement")
    for answer in ["strongly_agree", "cant_say", "cant_say"]:  # 5 of each: (5 × 4 + 5 × 5) / 10, nothing hidden
        respond(participants, {"helpful": answer})
    for role, status in [("Working group members", 403), ("Steering group", 403), ("Evaluators", 200)]:
        client.force_login(UserFactory(groups=[role]))
        assert client.get("/admin/results/evaluation/").status_code == status, role
    type(municipalities).objects.filter(pk=municipalities.pk).update(title="Kuntien vastaanotto")
    type(participants).objects.filter(pk=participants.pk).update(title="Palautekysely 2025")
    html = client.get("/admin/results/evaluation/").content.decode()
    assert "140" in html and "4,5" in html  # the sum; the mean in Finnish
    assert '<th scope="row">Kuntien vastaanotto</th>' in html and '<th scope="row">Palautekysely</th>' in html
    assert "3 / 4 kutsutusta" in html  # the municipalities' coverage
    assert "EU:n AMIF-indikaattori: Osallistujat, joiden mielestä toiminta auttoi kotoutumaan" in html
    assert client.get("/admin/results/evaluation/?region=99").status_code == 400

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/results/evaluation/?region=01").status_code == 200
        return len(captured)

    queries()
    before = queries()
    for answer in HELPFUL:
        respond(participants, {"helpful": answer})
    assert queries() == before


def test_indicators_are_named_in_the_language_asked_for():
    from django.utils import translation

    finnish = indicator("respondents", "helpful", "agree")
    swedish = finnish.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.name = "Deltagare som fått hjälp"
    swedish.save()
    with translation.override("sv"):
        assert [i.name for i in indicators.in_language([finnish])] == ["Deltagare som fått hjälp"]
    with translation.override("en"):  # no English version: as written
        assert [i.name for i in indicators.in_language([finnish])] == [finnish.name]


def test_coverage_and_counts_by_region_are_hidden_as_the_dashboard_hides_them():
    # 12 respondents in Uusimaa, 2 in Pirkanmaa: the 2 are hidden, and so are the 12 (14 - 12 = 2); coverage
    # printed both before.
    sections = [section("Palaute", question("municipality", "home", "Kunta?"), question("yes_no", "work", "Työ?"))]
    survey = SurveyPageFactory(sections=json.dumps(sections), series="tuki", round_year=2025)
    for i in range(14):
        respond(survey, {"home": "091" if i < 12 else "837", "work": "yes" if i % 2 else "no"})
    assert indicators.coverage(survey).answered == 14
    for region in ("01", "06"):
        assert indicators.coverage(survey, Filters(grouping="region", area=region)).answered is None
    # A count of municipalities' codes: the figures show the municipality question by region, not by municipality.
    assert indicators.value(indicator("respondents", "home", "837"), survey).hidden


def test_a_rule_naming_what_the_series_does_not_ask_is_refused_with_what_it_does(participants):
    """A mistyped code made the indicator "–" in every round, in silence; the admin's form now refuses it."""
    from django.core.exceptions import ValidationError

    def errors(**fields):
        rule = Indicator(locale=Locale.get_default(), code="x", name="X", kind="result", goal="reception", **fields)
        try:
            rule.full_clean()
        except ValidationError as error:
            return error.message_dict
        return {}

    assert errors(series="tuki", measure="respondents", question="helpful", choices="agree strongly_agree") == {}
    assert list(errors(series="tukki", measure="respondents", question="helpful")) == ["series"]
    wrong = errors(series="tuki", measure="respondents", question="helpfull")
    assert list(wrong) == ["question"] and "helpful" in wrong["question"][0]  # the codes it may be
    wrong = errors(series="tuki", measure="share", question="helpful", choices="agree agreee")
    assert list(wrong) == ["choices"] and "agreee" in wrong["choices"][0] and "strongly_agree" in wrong["choices"][0]
    assert errors(series="tuki", measure="mean", question="helpful") == {}  # a scale has a mean


def test_the_evaluation_marks_a_break_in_series_where_the_question_changed(client, participants):
    indicator("mean", "helpful")
    reworded = [section("Palaute", question("agreement", "helpful", "Toiminta on auttanut minua."))]
    later = SurveyPageFactory(sections=json.dumps(reworded), series="tuki", round_year=2026)
    again = SurveyPageFactory(sections=json.dumps(reworded), series="tuki", round_year=2027)
    for survey in (later, again):
        for answer in HELPFUL:
            respond(survey, {"helpful": answer})
    client.force_login(UserFactory(groups=["Evaluators"]))
    html = client.get("/admin/results/evaluation/").content.decode()
    years = sorted({int(year) for year in re.findall(r'<th scope="col">(\d{4})</th>', html)})
    row = re.search(r"<tr>\s*<th scope=\"row\">mean helpful.*?</tr>", html, re.S).group(0)
    cells = re.findall(r'<td class="figures__number">(.*?)</td>', row, re.S)[2:]  # after baseline and target
    marked = {year: "Katko aikasarjassa" in cell for year, cell in zip(years, cells, strict=True)}
    assert (marked[2025], marked[2026], marked[2027]) == (False, True, False)  # reworded in 2026
    assert "†: katko aikasarjassa" in html.lower()


def test_the_evaluation_by_region_shows_a_round_in_every_region(client, participants, municipalities):
    indicator("sum", "places", series="kunnat", goal="placement")
    indicator("mean", "helpful")
    client.force_login(UserFactory(groups=["Evaluators"]))

    def by_region():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/admin/results/evaluation/?by_region=2025")
        assert response.status_code == 200
        return response.content.decode(), len(captured)

    html, _queries = by_region()
    placement = html[html.index("kuntapaikat: maakunnittain, kierros 2025") :]
    reception = html[html.index("alkuvaiheen palvelut: maakunnittain, kierros 2025") :]

    def ours(table, name):
        """The row's cell of this test's indicator (the last column: the demo's indicators come first)."""
        cells = re.search(rf'<th scope="row">{name}</th>(.*?)</tr>', table, re.S).group(1)
        return re.findall(r'<td class="figures__number">([^<]*)', cells)[-1]

    assert ours(placement, "Koko maa") == "140"  # Helsinki 100, Espoo 40, Tampere 0
    assert ours(placement, "Uusimaa") == "140" and ours(placement, "Pirkanmaa") == "0"
    assert ours(placement, "Varsinais-Suomi") == "–"  # Turku was invited and did not answer
    # The participants' round asks no one's municipality: "–" by region; the whole country's figure is hidden
    # (12 answers, of which the 3 "can't say" are too few to show beside the rest).
    assert ours(reception, "Uusimaa") == "–" and ours(reception, "Koko maa") == ".."
    _html, before = by_region()
    for _i in range(3):  # more answers, the same queries
        respond(participants, {"helpful": "agree"})
    assert by_region()[1] == before
    assert client.get("/admin/results/evaluation/?by_region=1999").status_code == 400
