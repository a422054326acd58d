"""A survey's figures on a small hand-made data set, with the figures worked out by hand (k = 5)."""

import datetime
import json

import pytest

from results.aggregates import Filters, crosstab, respondents, trend, variable_results
from surveys.codebook import codebook
from tests.factories import SurveyPageFactory, question, respond, section

pytestmark = pytest.mark.django_db

SECTIONS = [
    section(
        "Taustat",
        question(
            "single_choice", "area", "Alue?", choices=[("n", "Pohjoinen"), ("s", "Etelä"), ("e", "Itä"), ("w", "Länsi")]
        ),
        question("municipality", "home", "Kotikunta?"),
    ),
    section(
        "Palaute",
        question("agreement", "helpful", "Toiminta auttoi minua."),
        question(
            "multiple_choice",
            "needs",
            "Tarpeet?",
            choices=[("work", "Työ"), ("study", "Opiskelu"), ("housing", "Asunto")],
        ),
        question("number", "hours", "Tuntia viikossa?", decimal=False, min_value=0, max_value=100),
        question("date", "arrived", "Saapumispäivä?", required=False),
        question("long_text", "feedback", "Palaute?", required=False),
    ),
]
AREA = ["n"] * 6 + ["s"] * 4 + ["e"] * 2
HELPFUL = ["agree"] * 5 + ["strongly_agree"] * 4 + ["cant_say"] * 3
HOME = ["091"] * 7 + ["837"] * 5  # Helsinki (Uusimaa, 01), Tampere (Pirkanmaa, 06)


@pytest.fixture
def survey(request):
    protect = getattr(request, "param", True)
    page = SurveyPageFactory(sections=json.dumps(SECTIONS), round_year=2025, protect_small_groups=protect)
    for i in range(12):
        answers = {
            "area": AREA[i],
            "home": HOME[i],
            "helpful": HELPFUL[i],
            "needs": (["work"] if i < 8 else []) + (["study"] if i < 3 else []) + ["housing"],
            "hours": i + 1,
            "arrived": datetime.date(2025, 1 + i % 2, 15),
            "feedback": f"Palaute {i}",
        }
        respond(page, answers, language="fi" if i < 8 else "ar")
    return page


def figures(survey, filters=None):
    book = codebook(survey.live_revision_id)
    return variable_results(survey, book, list(book.variables), respondents(survey, filters or Filters(), book))


def counts(result):
    return {cell.code: cell.count for cell in result.cells}


def test_small_counts_and_what_would_give_them_away_are_hidden(survey):
    results = figures(survey)
    area = results["area"]
    assert area.respondents == 12 and counts(area) == {"n": 6, "s": None, "e": None, "w": 0}
    assert area.cells[0].share == 0.5
    helpful = results["helpful"]
    assert counts(helpful) == {
        "strongly_disagree": 0,
        "disagree": 0,
        "neutral": 0,
        "agree": 5,
        "strongly_agree": None,  # 4
    }
    assert [(c.code, c.count) for c in helpful.apart] == [("cant_say", None)]  # 3
    assert helpful.mean is None and helpful.median is None  # a count behind them is hidden
    needs = results["needs"]  # out of the 12 who answered: 4 did not choose work, 3 chose study
    assert counts(needs) == {"work": None, "study": None, "housing": 12}
    hours = results["hours"]
    assert hours.respondents == 12 and any(c.count is None for c in hours.cells)
    assert hours.mean is None and hours.median is None  # they inherit the hidden bins' suppression
    assert sum(c.count for c in hours.cells if c.count) <= 12
    assert results["feedback"].texts == 12 and results["feedback"].cells == []
    home = results["home"]  # by region: Helsinki in Uusimaa (01), Tampere in Pirkanmaa (06)
    assert [(c.code, c.label, c.count) for c in home.cells] == [("01", "Uusimaa", 7), ("06", "Pirkanmaa", 5)]
    arrived = results["arrived"]
    assert [(c.label, c.count) for c in arrived.cells] == [("01/2025", 6), ("02/2025", 6)]


@pytest.mark.parametrize("survey", [False], indirect=True)
def test_without_protection_every_figure_is_shown(survey):
    results = figures(survey)
    assert counts(results["area"]) == {"n": 6, "s": 4, "e": 2, "w": 0}
    helpful = results["helpful"]
    assert counts(helpful)["strongly_agree"] == 4 and helpful.apart[0].count == 3
    assert helpful.mean == pytest.approx(40 / 9) and helpful.median == 4  # 5 × 4 and 4 × 5; can't say apart
    assert counts(results["needs"]) == {"work": 8, "study": 3, "housing": 12}


def test_filters_by_area_in_the_surveys_year_and_by_language(survey):
    uusimaa = figures(survey, Filters(grouping="region", area="01"))
    # 6 north and 1 south: the lone small count hides with its smallest partner.
    assert uusimaa["area"].respondents == 7 and counts(uusimaa["area"]) == {"n": None, "s": None, "e": 0, "w": 0}
    arabic = figures(survey, Filters(language="ar"))  # 4 respondents: below k, nothing
    assert all(result.hidden for result in arabic.values())


@pytest.mark.parametrize("survey", [False], indirect=True)
def test_a_crosstab_counts_pairs_of_answers(survey):
    book = codebook(survey.live_revision_id)
    table = crosstab(survey, book, book["area"], book["helpful"], respondents(survey))
    assert table.cells[("n", "agree")] == 5 and table.cells[("n", "strongly_agree")] == 1
    assert table.cells[("s", "strongly_agree")] == 3 and table.cells[("s", "cant_say")] == 1
    assert table.cells[("e", "cant_say")] == 2 and table.row_totals == {"n": 6, "s": 4, "e": 2, "w": 0}
    assert table.total == 12 and table.row_share("n", "agree") == pytest.approx(5 / 6)


def test_a_protected_crosstab_hides_what_could_be_worked_out(survey):
    book = codebook(survey.live_revision_id)
    table = crosstab(survey, book, book["area"], book["helpful"], respondents(survey))
    shown = [n for n in [*table.cells.values(), *table.row_totals.values(), *table.column_totals.values()] if n]
    assert all(n >= 5 for n in shown)


def test_a_trend_joins_rounds_by_code_and_marks_a_break_in_series(survey):
    changed = [dict(s, value=dict(s["value"])) for s in json.loads(json.dumps(SECTIONS))]
    changed[0]["value"]["questions"][0]["value"]["label"] = "Millä alueella asut?"  # reworded
    later = SurveyPageFactory(sections=json.dumps(changed), round_year=2026, series=survey.series)
    for _ in range(6):
        respond(later, {"area": "n", "home": "091", "helpful": "agree", "needs": ["work"], "hours": 3})
    rounds = trend([survey, later], "area", Filters(), lambda s: codebook(s.live_revision_id))
    assert [r.survey.round_year for r in rounds] == [2025, 2026]
    assert [counts(r.result)["n"] for r in rounds] == [6, 6]
    assert [r.break_before for r in rounds] == [False, True]
    same = trend([survey, later], "helpful", Filters(), lambda s: codebook(s.live_revision_id))
    assert [r.break_before for r in same] == [False, False]
    # A round between them that did not ask it: the 2026 wording is still compared with 2025's.
    gap = [dict(s, value=dict(s["value"])) for s in json.loads(json.dumps(SECTIONS))]
    gap[0]["value"]["questions"] = gap[0]["value"]["questions"][1:]
    between = SurveyPageFactory(sections=json.dumps(gap), round_year=2026, series="valissa")
    rounds = trend([survey, between, later], "area", Filters(), lambda s: codebook(s.live_revision_id))
    assert [(r.survey.round_year, r.break_before) for r in rounds] == [(2025, False), (2026, True)]


def test_an_area_chosen_on_one_round_keeps_its_municipalities_in_every_round():
    from reference.models import Municipality
    from results.filtering import filtered
    from results.rounds import round_codebook
    from surveys.models import Invitation

    sections = json.dumps([section("Kunta", question("yes_no", "received", "Vastaanotettiinko?"))])
    rounds = {}
    for year in (2025, 2026):
        survey = SurveyPageFactory(
            sections=sections, series="alue", round_year=year, audience="municipalities", slug=f"alue-{year}"
        )
        # Pori: in the Satakunta ELY Centre, code 03, up to 2025; Kotka: in elinvoimakeskus 03 from 2026.
        for code in ("609", "285"):
            invitation, _token = Invitation.create(survey, Municipality.objects.get(code=code), f"k@{code}.fi")
            respond(survey, {"received": "yes"}, invitation_id=invitation.pk)
        rounds[year] = survey
    _form, filters, _base = filtered({"area": "regional_centre:03"}, rounds[2026], round_codebook(rounds[2026]))
    for year, survey in rounds.items():
        chosen = respondents(survey, filters, round_codebook(survey)).select_related("invitation__municipality")
        assert [response.invitation.municipality.code for response in chosen] == ["285"], year


@pytest.mark.django_db
def test_a_numbers_bins_are_round_and_do_not_start_at_the_smallest_answer():
    # Answers 13 to 31: bins of 5 from 10 (a bin "13–16" would tell that someone answered 13).
    sections = [section("Työ", question("number", "hours", "Tunteja?", decimal=False, max_value=100))]
    survey = SurveyPageFactory(sections=json.dumps(sections), protect_small_groups=False)
    for hours in range(13, 32):
        respond(survey, {"hours": hours})
    book = codebook(survey.live_revision_id)
    hours = variable_results(survey, book, list(book.variables), respondents(survey, Filters(), book))["hours"]
    assert [(cell.label, cell.count) for cell in hours.cells] == [
        ("10–15", 2),  # 13, 14
        ("15–20", 5),
        ("20–25", 5),
        ("25–30", 5),
        ("30–35", 2),  # 30, 31
    ]


@pytest.mark.parametrize("survey", [False], indirect=True)
def test_a_crosstab_with_a_multiple_choice_question_counts_each_choice_made(survey):
    book = codebook(survey.live_revision_id)
    table = crosstab(survey, book, book["needs"], book["area"], respondents(survey))
    # work: respondents 0-7 (6 north, 2 south); study: 0-2 (north); housing: all twelve (6 north, 4 south, 2 east).
    assert table.cells == {
        ("work", "n"): 6, ("work", "s"): 2, ("work", "e"): 0, ("work", "w"): 0,
        ("study", "n"): 3, ("study", "s"): 0, ("study", "e"): 0, ("study", "w"): 0,
        ("housing", "n"): 6, ("housing", "s"): 4, ("housing", "e"): 2, ("housing", "w"): 0,
    }  # fmt: skip
    assert table.row_totals == {"work": 8, "study": 3, "housing": 12}
    # a column's total is its respondents, not the choices they made (6 + 3 + 6 in the north)
    assert table.column_totals == {"n": 6, "s": 4, "e": 2, "w": 0} and table.total == 12
    assert table.row_share("work", "s") == pytest.approx(2 / 8)
    assert table.column_share("work", "s") == pytest.approx(2 / 4)
    assert table.several == "rows"
    other_way = crosstab(survey, book, book["area"], book["needs"], respondents(survey))
    assert other_way.cells[("s", "work")] == 2 and other_way.row_totals["n"] == 6
    assert other_way.column_totals["housing"] == 12 and other_way.several == "columns"


def test_a_protected_crosstab_with_a_multiple_choice_question_hides_what_could_be_worked_out(survey):
    book = codebook(survey.live_revision_id)
    table = crosstab(survey, book, book["needs"], book["helpful"], respondents(survey))
    dashboard = {cell.code: cell.count for cell in figures(survey)["needs"].cells}
    # Work (8 chose it, 4 did not) and study (3) are hidden on the dashboard, so are their rows; everyone chose
    # housing, whose row is the agreement question's own figures: agree 5, strongly agree 4 and can't say 3.
    assert table.row_totals == dashboard == {"work": None, "study": None, "housing": 12}
    assert {column: n for (row, column), n in table.cells.items() if row == "housing"} == {
        "strongly_disagree": 0, "disagree": 0, "neutral": 0, "agree": 5, "strongly_agree": None, "cant_say": None,
    }  # fmt: skip
    assert all(n is None for (row, _column), n in table.cells.items() if row != "housing")


def test_a_protected_crosstab_hides_a_choice_s_count_its_row_total_would_give_away():
    sections = [
        section(
            "Kysymykset",
            question("multiple_choice", "needs", "Tarpeet?", choices=[("a", "A"), ("b", "B")]),
            question("single_choice", "place", "Paikka?", choices=[("x", "X"), ("y", "Y")]),
        )
    ]
    survey = SurveyPageFactory(sections=json.dumps(sections), protect_small_groups=True)
    # 30 respondents: A alone and X 12, A and B and X 5, A alone and Y 3, B alone and X 5, neither and Y 5.
    for needs, place, times in [(["a"], "x", 12), (["a", "b"], "x", 5), (["a"], "y", 3), (["b"], "x", 5)]:
        for _i in range(times):
            respond(survey, {"needs": needs, "place": place})
    for _i in range(5):
        respond(survey, {"needs": [], "place": "y"})
    book = codebook(survey.live_revision_id)
    table = crosstab(survey, book, book["needs"], book["place"], respondents(survey))
    # A: 20 chose it (17 X, 3 Y); its total 20 is the dashboard's, so the 17 would give the hidden 3 away.
    assert table.row_totals["a"] == 20 and table.cells[("a", "y")] is None and table.cells[("a", "x")] is None
    # B: 10 chose it, all X: shown, its zero too.
    assert table.row_totals["b"] == 10 and table.cells[("b", "x")] == 10 and table.cells[("b", "y")] == 0
    assert table.column_totals["x"] == 22 and table.column_totals["y"] == 8 and table.total == 30
