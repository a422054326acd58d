"""A survey round's figures, computed in the database (GROUP BY), never by loading responses: the respondents a
filter leaves, then for each variable its counts, shares, mean and median, or distribution; a cross-tabulation
of two questions; a question's figures across rounds. Every figure goes through small-cell protection
(results.suppression) when the survey protects small groups, and inherits it: a share, a mean or a median is
hidden when a count behind it is."""

from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from functools import cached_property

from django.db import connection
from django.db.models import (
    Aggregate,
    Avg,
    CharField,
    Count,
    DecimalField,
    Exists,
    F,
    FilteredRelation,
    FloatField,
    Max,
    Min,
    OuterRef,
    Q,
    Value,
)
from django.db.models.functions import Cast, Floor, TruncMonth
from django.utils.translation import gettext_lazy as _

from reference.areas import area_codes_by_municipality, areas, municipalities_in, municipality_codes_in
from reference.models import AreaKind
from surveys.kinds import CANT_SAY_NUMBER
from surveys.models import Answer, Audience, ResponseStatus, SurveyResponse

from . import suppression

# Open answers are listed only for groups at least this large (and to programme staff only).
TEXT_THRESHOLD = 10
NUMBER_BINS = 8
CHOICE_RESULTS = ("choice", "scale")


class Median(Aggregate):
    """PostgreSQL's median (percentile_cont); elsewhere the median is read from the counted distribution."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


@dataclass(frozen=True)
class Filters:
    """Which respondents: by area (a grouping and an area's code), municipality group, language status, and the
    language they answered in. The codes name areas as `year` had them (by default each survey's own year): a
    filter chosen on one round keeps its municipalities in every other round, although codes are reused (an ELY
    Centre's code up to 2025 names another area's elinvoimakeskus from 2026)."""

    grouping: str = ""
    area: str = ""
    municipality_group: str = ""
    language_status: str = ""
    language: str = ""
    year: int = 0

    def year_of(self, survey):
        return self.year or survey.round_year

    def areas(self):
        """[(grouping, code)] of the area filters set."""
        chosen = [(self.grouping, self.area), (AreaKind.MUNICIPALITY_GROUP, self.municipality_group)]
        chosen.append((AreaKind.LANGUAGE_STATUS, self.language_status))
        return [(grouping, code) for grouping, code in chosen if grouping and code]

    @property
    def applied(self):
        return bool(self.areas() or self.language)


def respondents(survey, filters=Filters(), book=None):
    """The submitted responses to `survey` (its default-language page) that `filters` leave. A municipality's
    area is that of the responding municipality; a participant's, that of the municipality they named in the
    survey's first municipality question (with none, an area filter leaves nobody)."""
    base = SurveyResponse.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED)
    if filters.language:
        base = base.filter(language=filters.language)
    for grouping, code in filters.areas():
        if survey.audience == Audience.MUNICIPALITIES:
            base = base.filter(invitation__municipality__in=municipalities_in(grouping, code, filters.year_of(survey)))
            continue
        named = next((v.name for v in book.variables if v.names_place), None) if book else None
        if named is None:
            return base.none()
        codes = municipality_codes_in(grouping, code, filters.year_of(survey))
        answers = Answer.objects.filter(response=OuterRef("pk"), question=named, choice__in=codes)
        base = base.filter(Exists(answers))
    return base


@dataclass
class Cell:
    code: str
    label: str
    count: int | None
    share: float | None = None  # of the respondents who answered the variable
    number: object = None  # the value's number in files, or a bin's or month's start


@dataclass
class Result:
    """One variable's figures. `hidden` when the respondents who answered it are fewer than k: nothing is shown."""

    variable: object
    label: str
    respondents: int | None
    cells: list = field(default_factory=list)
    apart: list = field(default_factory=list)  # "can't say", outside the scale's mean and median
    mean: float | None = None
    median: float | None = None
    hidden: bool = False
    texts: int = 0

    @property
    def results(self):
        return self.variable.results

    @property
    def largest(self):
        shown = [cell for cell in self.cells if cell.count]
        return max(shown, key=lambda cell: cell.count) if shown else None


def protected(survey):
    """`survey` with small groups hidden whatever its own setting (this instance only, never saved): how the
    figures of a public page, and of anyone but evaluators and programme staff, count it."""
    survey.protect_small_groups = True
    return survey


class Protection:
    """k and whether to protect, from the survey's settings."""

    def __init__(self, survey):
        self.on = survey.suppresses
        self.k = survey.small_group_threshold

    def one_way(self, counts):
        return suppression.one_way(counts, self.k) if self.on else (counts, sum(counts.values()))

    def dummies(self, counts, base):
        return suppression.dummies(counts, base, self.k) if self.on else (counts, base)

    def two_way(self, cells, rows, columns):
        if self.on:
            return suppression.two_way(cells, rows, columns, self.k)
        table = {(r, c): cells.get((r, c), 0) for r in rows for c in columns}
        return {
            "cells": table,
            "rows": {r: sum(table[(r, c)] for c in columns) for r in rows},
            "columns": {c: sum(table[(r, c)] for r in rows) for c in columns},
            "total": sum(table.values()),
        }

    def hides(self, n):
        return self.on and n < self.k


def variable_results(survey, book, variables, base, language=None):
    """{variable name: Result} of `variables` (of the codebook `book`) among the responses `base`: a fixed
    number of queries whatever the number of responses, most of them one GROUP BY for all variables."""
    protection = Protection(survey)
    names = [v.name for v in variables]
    answers = Answer.objects.filter(response__in=base, question__in=names)
    answered = dict(
        answers.values("question").annotate(n=Count("response", distinct=True)).values_list("question", "n")
    )
    by_results = {}
    for variable in variables:
        by_results.setdefault(variable.results, []).append(variable.name)
    counted = {}
    choice_names = by_results.get("choice", []) + by_results.get("scale", []) + by_results.get("choices", [])
    if choice_names:
        rows = answers.filter(question__in=choice_names).exclude(choice="").values("question", "choice")
        for row in rows.annotate(n=Count("id")):
            counted.setdefault(row["question"], {})[row["choice"]] = row["n"]
    numbers = _number_stats(answers, by_results.get("scale", []) + by_results.get("number", []))
    months = {}
    if by_results.get("date"):
        rows = answers.filter(question__in=by_results["date"], date__isnull=False)
        rows = rows.annotate(month=TruncMonth("date")).values("question", "month").annotate(n=Count("id"))
        for row in rows.order_by("month"):
            months.setdefault(row["question"], {})[row["month"]] = row["n"]
    results = {}
    for variable in variables:
        n = answered.get(variable.name, 0)
        result = Result(variable, book.label(variable, language), n)
        if protection.hides(n):
            result.hidden, result.respondents = True, None
        else:
            stats = numbers.get(variable.name)
            bins = None
            if variable.results == "number" and stats:
                layout = _bin_layout(stats)
                bins = (layout, _bin_counts(answers, variable.name, layout[0], layout[1]))
            counts = counted.get(variable.name, {})
            _fill(result, survey, book, protection, language, counts, stats, bins, months.get(variable.name, {}))
        results[variable.name] = result
    return results


def _fill(result, survey, book, protection, language, counts, stats, bins, months):
    """`result` (of respondents enough to show) filled with its figures, by how its kind's results are counted:
    the one place for the whole's figures and for a group's. `counts` {code: n} of its choices, `stats` of its
    numbers, `bins` (layout, {bin: n}) of a number question, `months` {month: n} of a date."""
    variable = result.variable
    if variable.names_place:
        _by_region(result, survey, counts, protection)
    elif variable.results in CHOICE_RESULTS:
        _choices(result, book, counts, stats, protection, language)
    elif variable.results == "choices":
        _dummies(result, book, counts, protection, language)
    elif variable.results == "number":
        if stats and bins:
            _numbers(result, stats, bins[1], bins[0], protection)
    elif variable.results == "date":
        _months(result, months, protection)
    else:
        result.texts = result.respondents


def _number_stats(answers, names):
    """{variable: {"n", "mean", "median", "low", "high"}} of the numbers of `names` ("can't say" has none)."""
    if not names:
        return {}
    rows = answers.filter(question__in=names, number__isnull=False).values("question")
    aggregates = {"n": Count("id"), "mean": Avg("number"), "low": Min("number"), "high": Max("number")}
    if connection.vendor == "postgresql":
        aggregates["median"] = Median("number")
    stats = {row["question"]: row for row in rows.annotate(**aggregates)}
    if connection.vendor != "postgresql":  # the median from the distribution, counted in the database
        distribution = {}
        counted = answers.filter(question__in=names, number__isnull=False).values("question", "number")
        for row in counted.annotate(n=Count("id")).order_by("question", "number"):
            distribution.setdefault(row["question"], []).append((row["number"], row["n"]))
        for name, values in distribution.items():
            stats[name]["median"] = _median(values)
    return stats


def _median(values):
    """The median of sorted (value, count) pairs."""
    total = sum(n for _value, n in values)
    if not total:
        return None

    def nth(index):
        seen = 0
        for value, n in values:
            seen += n
            if index < seen:
                return value

    if total % 2:
        return float(nth(total // 2))
    return float((nth(total // 2 - 1) + nth(total // 2)) / 2)


def _choice_figures(protection, variable, counts):
    """A single-answer question's counts ({code: n}) as its figures show them ({code: n or None}), or None when
    fewer than k answered it: the dashboard's, and a cross-tabulation's totals."""
    if protection.hides(sum(counts.values())):
        return None
    return protection.one_way({v.code: counts.get(v.code, 0) for v in variable.values})[0]


def _choices(result, book, counts, stats, protection, language):
    variable = result.variable
    labels = book.value_labels(variable, language)
    scale = variable.results == "scale"
    in_scale = [v for v in variable.values if not (scale and v.number == CANT_SAY_NUMBER)]
    apart = [v for v in variable.values if scale and v.number == CANT_SAY_NUMBER]
    shown = _choice_figures(protection, variable, counts) or dict.fromkeys(v.code for v in variable.values)
    respondents = result.respondents or 0
    cell = _cell_maker(labels, shown, respondents)
    result.cells = [cell(v.code, v.number) for v in in_scale]
    result.apart = [cell(v.code, v.number) for v in apart]
    if scale and stats and all(shown[v.code] is not None for v in in_scale):
        result.mean, result.median = _float(stats["mean"]), _float(stats.get("median"))


def _regions(survey):
    """{municipality code: region code} in the survey's year."""
    return area_codes_by_municipality(AreaKind.REGION, survey.round_year)


def _by_region(result, survey, counts, protection):
    """A municipality question by region, as the survey's year had them: some 300 municipalities would show
    little but hidden figures. Counted by municipality in the database, summed by region here."""
    region_of = _regions(survey)
    names = {area.code: area.name for area in areas(AreaKind.REGION, survey.round_year)}
    by_region = {}
    for code, n in counts.items():
        region = region_of.get(code, "")
        by_region[region] = by_region.get(region, 0) + n
    shown, _total = protection.one_way(by_region)
    cell = _cell_maker(names, shown, result.respondents)
    result.cells = [cell(region) for region in sorted(by_region)]


def _cell_maker(labels, shown, base):
    def cell(code, number=None, label=None):
        count = shown.get(code)
        share = count / base if count is not None and base else None
        return Cell(code, label if label is not None else labels.get(code, code), count, share, number)

    return cell


def _dummies(result, book, counts, protection, language):
    variable = result.variable
    labels = book.value_labels(variable, language)
    shown, _base = protection.dummies({v.code: counts.get(v.code, 0) for v in variable.values}, result.respondents)
    cell = _cell_maker(labels, shown, result.respondents)
    result.cells = [cell(v.code, v.number) for v in variable.values]


def _bin_layout(stats):
    """(start, width, number of bins) of a number question's distribution over its whole range: bins of a round
    width (1, 2 or 5 times a power of ten, at least 1) from a multiple of it, so that no bin's edge is someone's
    exact answer (bins from the smallest answer would tell it)."""
    low, high = Decimal(stats["low"]), Decimal(stats["high"])
    width = Decimal(1)
    wanted = (high - low) / NUMBER_BINS
    if wanted > 1:
        power = Decimal(10) ** (len(str(int(wanted))) - 1)
        width = next(step * power for step in (1, 2, 5, 10) if step * power >= wanted)
    start = (low / width).to_integral_value(rounding=ROUND_FLOOR) * width
    return start, width, int((high - start) / width) + 1


def _bin_counts(answers, name, low, width):
    """{bin: n} of one number question's answers."""
    bins = (
        answers.filter(question=name, number__isnull=False)
        .annotate(bin=Floor(Cast((F("number") - low) / width, DecimalField(max_digits=20, decimal_places=4))))
        .values("bin")
        .annotate(n=Count("id"))
    )
    return {int(row["bin"]): row["n"] for row in bins}


def _numbers(result, stats, counted, layout, protection):
    """A number question's mean and median (of `stats`) and its distribution in the bins of `layout`. The mean
    and the median inherit the bins' suppression, as a scale's do: with a bin hidden, the median of a few answers
    can be one respondent's exact number."""
    low, width, steps = layout
    counts = {str(step): counted.get(step, 0) for step in range(steps)}
    shown, _total = protection.one_way(counts)
    if not protection.on or all(count is not None for count in shown.values()):
        result.mean, result.median = _float(stats["mean"]), _float(stats.get("median"))
    for step in range(steps):
        start = low + step * width
        label = f"{_plain(start)}–{_plain(start + width)}" if width != 1 else _plain(start)
        count = shown[str(step)]
        share = count / result.respondents if count is not None and result.respondents else None
        result.cells.append(Cell(str(step), label, count, share, start))


def _months(result, months, protection):
    shown, _total = protection.one_way({month.isoformat(): n for month, n in months.items()})
    for month in sorted(months):
        count = shown[month.isoformat()]
        share = count / result.respondents if count is not None and result.respondents else None
        result.cells.append(Cell(month.isoformat(), month.strftime("%m/%Y"), count, share, month))


def _plain(number):
    number = Decimal(number)
    return f"{int(number)}" if number == number.to_integral_value() else f"{number.normalize():f}"


def _float(value):
    return float(value) if value is not None else None


# The questions a cross-tabulation takes: one answer each, or (one of the two) several.
CROSSTAB_RESULTS = (*CHOICE_RESULTS, "choices")


@dataclass
class CrossTab:
    rows: list  # [(code, label)]
    columns: list
    cells: dict  # {(row, column): count or None}
    row_totals: dict
    column_totals: dict
    total: int | None
    several: str = ""  # "rows" or "columns" where that question took several answers: a respondent in several

    def row_share(self, row, column):
        count, total = self.cells[(row, column)], self.row_totals[row]
        return count / total if count is not None and total else None

    def column_share(self, row, column):
        count, total = self.cells[(row, column)], self.column_totals[column]
        return count / total if count is not None and total else None

    def transposed(self):
        cells = {(column, row): n for (row, column), n in self.cells.items()}
        several = {"rows": "columns", "columns": "rows"}.get(self.several, "")
        return CrossTab(self.columns, self.rows, cells, self.column_totals, self.row_totals, self.total, several)


def crosstab(survey, book, row_variable, column_variable, base, language=None):
    """The respondents by their answers to two questions (one GROUP BY of the answers joined through their
    response), with row and column totals, protected as a two-way table. One of the two may take several answers
    (`multiple_crosstab`); two such questions make a table of four dimensions, which no view asks for."""
    if column_variable.results == "choices":
        return crosstab(survey, book, column_variable, row_variable, base, language).transposed()
    if row_variable.results == "choices":
        return multiple_crosstab(survey, book, row_variable, column_variable, base, language)
    if survey.suppresses and row_variable.name > column_variable.name:
        # One orientation, protected once: each protected on its own would hide other cells, and a reader of both
        # could work out a hidden one.
        return crosstab(survey, book, column_variable, row_variable, base, language).transposed()
    cells = _pairs(base, row_variable, column_variable)
    rows = [(v.code, label) for v, label in _labelled(book, row_variable, language)]
    columns = [(v.code, label) for v, label in _labelled(book, column_variable, language)]
    if survey.suppresses:
        true = _true_counts(base, (row_variable, column_variable))
        return _protected_crosstab(survey, (row_variable, column_variable), base.count(), true, cells, rows, columns)
    table = Protection(survey).two_way(cells, [code for code, _l in rows], [code for code, _l in columns])
    return CrossTab(rows, columns, table["cells"], table["rows"], table["columns"], table["total"])


def _pairs(base, row_variable, column_variable):
    """{(row code, column code): respondents} among the responses `base`."""
    answers = Answer.objects.filter(response__in=base, question=row_variable.name).exclude(choice="")
    pairs = (
        # one filter() call: the column's answer is one join, not a subquery of any answer of the response
        answers.filter(response__answers__question=column_variable.name, response__answers__choice__gt="")
        .values("choice", "response__answers__choice")
        .annotate(n=Count("response", distinct=True))
    )
    return {(row["choice"], row["response__answers__choice"]): row["n"] for row in pairs}


def _true_counts(base, variables):
    """{(question, code): answers} of the questions `variables` among the responses `base`."""
    true = Answer.objects.filter(response__in=base, question__in=[v.name for v in variables]).exclude(choice="")
    return {
        (row["question"], row["choice"]): row["n"] for row in true.values("question", "choice").annotate(n=Count("id"))
    }


def multiple_crosstab(survey, book, several, one, base, language=None):
    """The respondents by the choices of a multiple-choice question (`several`, the rows) and the answer to a
    single-answer one (`one`, the columns). A respondent is in the row of each choice made, so rows add up to
    more than the columns' totals; a row's shares are of those who made that choice, a column's of those who
    gave that answer and answered the multiple-choice question.

    Protected, each choice is its own two-way table: those who made it and those who did not, by the other
    question's answers, with the dashboard's figures as margins (`_protected_crosstab`, as for two single-answer
    questions). The choices' tables share only those margins and no equation links one choice's counts with
    another's (a respondent makes any number of choices), so no hidden count follows from the other rows."""
    rows = [(v.code, label) for v, label in _labelled(book, several, language)]
    columns = [(v.code, label) for v, label in _labelled(book, one, language)]
    cells = _pairs(base, several, one)
    answered_several = base.filter(answers__question=several.name)
    by_column = dict(
        Answer.objects.filter(response__in=answered_several, question=one.name)
        .exclude(choice="")
        .values("choice")
        .annotate(n=Count("response", distinct=True))
        .values_list("choice", "n")
    )
    if not survey.suppresses:
        table = {(code, column): cells.get((code, column), 0) for code, _l in rows for column, _c in columns}
        row_totals = {code: sum(table[(code, column)] for column, _c in columns) for code, _l in rows}
        column_totals = {column: by_column.get(column, 0) for column, _c in columns}
        return CrossTab(rows, columns, table, row_totals, column_totals, sum(column_totals.values()), "rows")
    true = _true_counts(base, (several, one))
    answered_one = {key: n for key, n in true.items() if key[0] == one.name}
    base_several = answered_several.distinct().count()
    everyone = base.count()
    binary = _Binary(several.name)
    shown, row_totals, choice = {}, {}, None
    for code, _label in rows:
        chose = true.get((several.name, code), 0)
        counts = {(binary.name, "chose"): chose, (binary.name, "not"): base_several - chose, **answered_one}
        pairs = {}
        for column, _c in columns:
            pairs[("chose", column)] = cells.get((code, column), 0)
            pairs[("not", column)] = by_column.get(column, 0) - pairs[("chose", column)]
        choice = _protected_crosstab(survey, (binary, one), everyone, counts, pairs, binary.rows, columns)
        shown |= {(code, column): choice.cells[("chose", column)] for column, _c in choice.columns}
        row_totals[code] = choice.row_totals["chose"]
    if choice is None:  # a question without choices
        return CrossTab(rows, columns, {}, {}, {}, None, "rows")
    return CrossTab(rows, choice.columns, shown, row_totals, choice.column_totals, choice.total, "rows")


@dataclass
class _Value:
    code: str


class _Binary:
    """One choice of a multiple-choice question as a question of its own: made, or not (by one who answered)."""

    values = [_Value("chose"), _Value("not")]
    rows = [("chose", ""), ("not", "")]

    def __init__(self, name):
        self.name = f"{name}:chose"


UNANSWERED = "__unanswered__"


def _protected_crosstab(survey, variables, everyone, true, pairs, rows, columns):
    """A cross-tabulation of a survey that protects small groups: its margins are the two questions' own figures
    as the dashboard shows them, so it is the column question's table split by the row question's answers
    (suppression.breakdown), with those who left either question unanswered counted apart; protected alone, a
    margin shown here and hidden there would give a hidden figure away. `everyone`: the respondents; `true`:
    {(question, code): answers} of both questions; `pairs`: {(row code, column code): respondents}."""
    across, down = variables
    k = survey.small_group_threshold
    counts = {None: {}}
    for code, _label in rows:
        counts[code] = {column: pairs.get((code, column), 0) for column, _l in columns}
        counts[code][UNANSWERED] = true.get((across.name, code), 0) - sum(counts[code].values())
    for column, _label in columns:
        counts[None][column] = true.get((down.name, column), 0) - sum(counts[code][column] for code, _l in rows)
    answered = {
        name: sum(n for (question, _c), n in true.items() if question == name) for name in (across.name, down.name)
    }
    counts[None][UNANSWERED] = everyone - answered[across.name] - sum(counts[None][column] for column, _l in columns)
    protection = Protection(survey)
    shown = {
        variable.name: _choice_figures(protection, variable, {c: n for (q, c), n in true.items() if q == variable.name})
        for variable in variables
    }
    whole = dict(shown[down.name] or {})
    known = shown[down.name] is not None and everyone >= k
    whole[UNANSWERED] = everyone - answered[down.name] if known else None
    whole[suppression.TOTAL] = everyone if everyone >= k else None
    totals = {code: n is not None for code, n in (shown[across.name] or {}).items()}
    table = suppression.breakdown(counts, k, whole, totals)
    if everyone - answered[down.name]:
        columns = [*columns, (UNANSWERED, _("No answer"))]
    # A question hidden on the dashboard (fewer than k answered it) is hidden here too: its columns are missing.
    cells = {(code, column): table[code].get(column) for code, _l in rows for column, _c in columns}
    row_totals = {code: table[code][suppression.TOTAL] for code, _l in rows}
    column_totals = {column: whole.get(column) for column, _l in columns}
    return CrossTab(rows, columns, cells, row_totals, column_totals, whole[suppression.TOTAL])


def _labelled(book, variable, language):
    labels = book.value_labels(variable, language)
    return [(value, labels[value.code]) for value in variable.values]


@dataclass
class Round:
    survey: object
    result: Result
    break_before: bool = False  # the question changed since the round before, not marked comparable


def trend(rounds, variable_name, filters, codebook_of, language=None):
    """The figures of one variable in each round of a series (oldest first), with a break in series wherever
    its wording or its choices changed since the round before, unless the author marked it comparable.
    `codebook_of(survey)` gives a round's codebook. A fixed number of queries a round."""
    trend_rounds, previous = [], None
    for survey in rounds:
        book = codebook_of(survey)
        variable = next((v for v in book.variables if v.name == variable_name), None)
        if variable is None:  # not asked this round: the next round is compared with the last that asked it
            continue
        result = figures(survey, book, [variable], filters, language)[variable_name]
        trend_rounds.append(Round(survey, result, breaks_series(previous, variable)))
        previous = variable
    return trend_rounds


def breaks_series(before, after):
    """Whether the variable `after` breaks the series of `before` (the same code a round earlier): it changed
    and its author did not mark it comparable."""
    return before is not None and not after.comparable and _changed(before, after)


def _changed(before, after):
    """Whether a question was reworded or its choices changed between two rounds' codebooks (in Finnish, the
    language every survey is written in first)."""
    label = lambda variable: variable.labels.get("fi")  # noqa: E731
    values = lambda variable: [(v.code, v.labels.get("fi")) for v in variable.values]  # noqa: E731
    return label(before) != label(after) or values(before) != values(after) or before.kind != after.kind


def response_rate(survey, grouping):
    """Invited, opened, in progress and submitted municipalities by area (surveys.invitations.status_by_area)."""
    from surveys.invitations import status_by_area

    return list(status_by_area(survey, grouping))


def figures(survey, book, variables, filters=Filters(), language=None):
    """{variable name: Result} of `variables` among the respondents `filters` leave. When the survey protects
    small groups and a filter is set, each figure is the filter's group's row of the table of every group,
    protected together with the unfiltered figures (suppression.breakdown): protected alone, a hidden figure of
    one region would be the whole less the other regions."""
    split = Split.of(survey, filters, book)
    if split is None:
        return variable_results(survey, book, variables, respondents(survey, filters, book), language)
    if split is REFUSED:
        return {v.name: Result(v, book.label(v, language), None, hidden=True) for v in variables}
    everyone = respondents(survey, Filters(year=filters.year), book)
    whole = variable_results(survey, book, variables, everyone, language)
    answers = Answer.objects.filter(response__in=everyone, question__in=[v.name for v in variables])
    answers = split.grouped(answers, "response")
    counted = _grouped(survey, book, variables, answers, split)
    k = survey.small_group_threshold
    region_of = _regions(survey) if any(v.names_place for v in variables) else {}
    results = {}
    for variable in variables:
        shown = _group_row(variable, whole[variable.name], counted, split, k, region_of)
        results[variable.name] = _from_row(survey, book, variable, shown, counted, split.group, language)
    return results


def filtered_count(survey, filters, book, n):
    """How many respondents a filter leaves, as shown: None when the survey protects small groups and the group's
    total is hidden (a small one, or one hidden with it so that it cannot be worked out from the others)."""
    split = Split.of(survey, filters, book)
    if split is None:
        return None if survey.suppresses and filters.applied and n < survey.small_group_threshold else n
    if split is REFUSED:
        return None
    everyone = respondents(survey, Filters(year=filters.year), book)
    by_group = {}
    for row in split.grouped(everyone).values("group").annotate(n=Count("id")):
        group = split.group_of(row["group"])
        if group is not None:
            by_group[group] = by_group.get(group, 0) + row["n"]
    shown, _total = suppression.one_way(by_group, survey.small_group_threshold)
    return shown.get(split.group, 0)


REFUSED = object()  # filters a protected round does not offer: it shows nothing for them


@dataclass
class Split:
    """How a filter splits the respondents of a survey that protects small groups: by region (of the
    municipality that answered, or that a participant named) or by the language answered in; `group` the one
    chosen."""

    survey: object
    by: str
    group: str
    year: int
    municipality_question: str | None

    @classmethod
    def of(cls, survey, filters, book):
        """The split `filters` ask of `survey`, None when they ask none of it, or REFUSED when they ask what it
        does not offer (results.filtering): a round of a series may protect small groups when the round whose
        filters were chosen does not. Areas are the round's own year's: a region in another year's
        classification would count some of its municipalities in no region."""
        if not survey.suppresses or not filters.applied:
            return None
        chosen = filters.areas() + ([("language", filters.language)] if filters.language else [])
        if len(chosen) != 1 or chosen[0][0] not in (AreaKind.REGION, "language"):
            return REFUSED
        ((by, group),) = chosen
        named = next((v.name for v in book.variables if v.names_place), None) if book else None
        return cls(survey, by, group, survey.round_year, named)

    def grouped(self, queryset, response=""):
        """`queryset` (of responses, or of answers with `response` the path to theirs) annotated with "group":
        the language answered in, or the code of the municipality that answered (or that a participant named),
        joined once rather than looked up row by row; `group_of` gives its area."""
        path = f"{response}__" if response else ""
        if self.by == "language":
            return queryset.annotate(group=F(f"{path}language"))
        if self.survey.audience == Audience.MUNICIPALITIES:
            return queryset.annotate(group=F(f"{path}invitation__municipality__code"))
        if self.municipality_question is None:
            return queryset.annotate(group=Value(None, output_field=CharField()))
        named = Q(**{f"{path}answers__question": self.municipality_question})
        return queryset.annotate(named=FilteredRelation(f"{path}answers", condition=named), group=F("named__choice"))

    def group_of(self, key):
        """The group of a response's "group": its language, or its municipality's area (None for none)."""
        return key if self.by == "language" else self._areas.get(key)

    @cached_property
    def _areas(self):
        return area_codes_by_municipality(self.by, self.year)


def _grouped(survey, book, variables, answers, split):
    """The counts behind every group's figures: {"answered": {name: {group: n}}, "choices": {name: {group: {code:
    n}}}, "months": …, "bins": {name: (layout, {group: {bin: n}})}, "stats": {(name, group): stats}}, from
    `answers` annotated with their "group" (split.grouped), gathered into groups (None for respondents in none)
    here. A fixed number of queries; a mean or median of a group comes from its counted distribution."""
    group_of = split.group_of
    choice_like = [v.name for v in variables if v.results in (*CHOICE_RESULTS, "choices")]
    dates = [v.name for v in variables if v.results == "date"]
    numbers = [v.name for v in variables if v.results in ("scale", "number")]
    counted = {"answered": {}, "choices": {}, "months": {}, "bins": {}, "stats": {}}

    def add(into, keys, n):
        *path, last = keys
        for key in path:
            into = into.setdefault(key, {})
        into[last] = into.get(last, 0) + n

    for row in answers.values("question", "group").annotate(n=Count("response", distinct=True)):
        add(counted["answered"], (row["question"], group_of(row["group"])), row["n"])
    rows = answers.filter(question__in=choice_like).exclude(choice="").values("question", "choice", "group")
    for row in rows.annotate(n=Count("id")):
        add(counted["choices"], (row["question"], group_of(row["group"]), row["choice"]), row["n"])
    if dates:
        rows = answers.filter(question__in=dates, date__isnull=False).annotate(month=TruncMonth("date"))
        for row in rows.values("question", "month", "group").annotate(n=Count("id")):
            add(counted["months"], (row["question"], group_of(row["group"]), row["month"]), row["n"])
    distribution = {}
    rows = answers.filter(question__in=numbers, number__isnull=False).values("question", "group", "number")
    for row in rows.annotate(n=Count("id")):
        add(distribution, ((row["question"], group_of(row["group"])), row["number"]), row["n"])
    for key, values in distribution.items():
        values = sorted(values.items())
        n = sum(count for _value, count in values)
        mean = sum(value * count for value, count in values) / n
        counted["stats"][key] = {
            "n": n,
            "mean": mean,
            "median": _median(values),
            "low": values[0][0],
            "high": values[-1][0],
        }
    for name in [v.name for v in variables if v.results == "number"]:
        # The whole's bins (the range of every group's answers), each group's counted from its distribution.
        of_name = {group: values for (question, group), values in distribution.items() if question == name}
        if not of_name:
            continue
        values = [value for counts in of_name.values() for value in counts]
        layout = _bin_layout({"low": min(values), "high": max(values)})
        start, width, _steps = layout
        bins = {}
        for group, counts in of_name.items():
            for value, n in counts.items():
                add(bins, (group, int((value - start) // width)), n)
        counted["bins"][name] = (layout, bins)
    return counted


def _columns(variable, by_group, counted, region_of):
    """{group: {column: n}} of one variable: the counts its figures are made of, in every group."""
    name, results = variable.name, variable.results
    if variable.names_place:
        table = {}
        for group, counts in counted["choices"].get(name, {}).items():
            row = table.setdefault(group, {})
            for code, n in counts.items():
                row[region_of.get(code, "")] = row.get(region_of.get(code, ""), 0) + n
        return table
    if results in CHOICE_RESULTS:
        return counted["choices"].get(name, {})
    if results == "date":
        return {
            g: {month.isoformat(): n for month, n in row.items()} for g, row in counted["months"].get(name, {}).items()
        }
    if results == "number" and name in counted["bins"]:
        return {g: {str(step): n for step, n in row.items()} for g, row in counted["bins"][name][1].items()}
    return {group: {} for group in by_group}


def _group_row(variable, whole, counted, split, k, region_of):
    """The chosen group's figures of one variable, protected with every group's and the unfiltered ones:
    {column: n or None, TOTAL: respondents or None}."""
    answered = counted["answered"].get(variable.name, {})
    shown_totals, _total = suppression.one_way({g: n for g, n in answered.items() if g is not None}, k)
    totals = {group: n is not None for group, n in shown_totals.items()}
    if whole.hidden:
        return dict.fromkeys([suppression.TOTAL])
    if variable.results == "choices":  # each choice a table of those who chose it and those who did not
        row = {suppression.TOTAL: shown_totals.get(split.group, 0)}
        chose = counted["choices"].get(variable.name, {})
        for cell in whole.cells:
            counts = {g: {"chose": chose.get(g, {}).get(cell.code, 0)} for g in answered}
            for group, counts_of in counts.items():
                counts_of["not"] = answered[group] - counts_of["chose"]
            not_chosen = None if cell.count is None else whole.respondents - cell.count
            table = {"chose": cell.count, "not": not_chosen, suppression.TOTAL: whole.respondents}
            row[cell.code] = suppression.breakdown(counts, k, table, totals).get(split.group, {}).get("chose", 0)
        return row
    table = {cell.code: cell.count for cell in [*whole.cells, *whole.apart]}
    table[suppression.TOTAL] = whole.respondents
    counts = _columns(variable, answered, counted, region_of)
    counts = {group: counts.get(group, {}) for group in answered}
    if variable.results == "text" or not [key for key in table if key != suppression.TOTAL]:
        return {suppression.TOTAL: shown_totals.get(split.group, 0)}
    row = suppression.breakdown(counts, k, table, totals).get(split.group)
    return row if row is not None else dict.fromkeys(table, 0)


class _Shown:
    """One group's figures as suppression.breakdown protected them, given to the figures' builders in place of
    their own protection."""

    on = True

    def __init__(self, row):
        self.row = row

    def one_way(self, counts):
        return {key: self.row.get(key, 0) for key in counts}, self.row[suppression.TOTAL]

    def dummies(self, counts, base):
        return self.one_way(counts)

    def hides(self, n):
        return self.row[suppression.TOTAL] is None


def _from_row(survey, book, variable, row, counted, group, language):
    """The Result of one group from its protected figures."""
    protection = _Shown(row)
    name = variable.name
    n = counted["answered"].get(name, {}).get(group, 0)
    result = Result(variable, book.label(variable, language), n)
    if protection.hides(n):
        result.hidden, result.respondents = True, None
        return result
    counts = counted["choices"].get(name, {}).get(group, {})
    stats = counted["stats"].get((name, group))
    bins = None
    if name in counted["bins"]:
        layout, by_group = counted["bins"][name]
        bins = (layout, by_group.get(group, {}))
    months = counted["months"].get(name, {}).get(group, {})
    _fill(result, survey, book, protection, language, counts, stats, bins, months)
    return result
