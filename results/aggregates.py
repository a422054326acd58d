"""A survey round's figures, computed in the database (GROUP BY), never by loading responses: the respondents a
filter leaves, then for each variable its counts, shares, mean and median, or distribution; a cross-tabulation
of two questions; a question's figures across rounds. Every figure goes through small-cell protection
(results.suppression) when the survey protects small groups, and inherits it: a share, a mean or a median is
hidden when a count behind it is."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection
from django.db.models import Aggregate, Avg, Count, DecimalField, Exists, F, FloatField, Max, Min, OuterRef
from django.db.models.functions import Cast, Floor, TruncMonth
from django.utils.translation import gettext_lazy as _

from reference.areas import municipalities_in, municipality_codes_in, name_in_language
from reference.models import AreaKind, MunicipalityYear
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
        named = next((v.name for v in book.variables if v.kind == "municipality"), None) if book else None
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
        elif variable.kind == "municipality":
            _by_region(result, survey, counted.get(variable.name, {}), protection)
        elif variable.results in CHOICE_RESULTS:
            _choices(result, book, counted.get(variable.name, {}), numbers.get(variable.name), protection, language)
        elif variable.results == "choices":
            _dummies(result, book, counted.get(variable.name, {}), protection, language)
        elif variable.results == "number":
            _numbers(result, answers, numbers.get(variable.name), protection)
        elif variable.results == "date":
            _months(result, months.get(variable.name, {}), protection)
        else:
            result.texts = n
        results[variable.name] = result
    return results


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


def _choices(result, book, counts, stats, protection, language):
    variable = result.variable
    labels = book.value_labels(variable, language)
    scale = variable.results == "scale"
    in_scale = [v for v in variable.values if not (scale and v.number == CANT_SAY_NUMBER)]
    apart = [v for v in variable.values if scale and v.number == CANT_SAY_NUMBER]
    shown, _total = protection.one_way({v.code: counts.get(v.code, 0) for v in variable.values})
    respondents = result.respondents or 0
    cell = _cell_maker(labels, shown, respondents)
    result.cells = [cell(v.code, v.number) for v in in_scale]
    result.apart = [cell(v.code, v.number) for v in apart]
    if scale and stats and all(shown[v.code] is not None for v in in_scale):
        result.mean, result.median = _float(stats["mean"]), _float(stats.get("median"))


def _by_region(result, survey, counts, protection):
    """A municipality question by region, as the survey's year had them: some 300 municipalities would show
    little but hidden figures. Counted by municipality in the database, summed by region here."""
    region_of = {
        row["municipality__code"]: (row["region__code"], row)
        for row in MunicipalityYear.objects.filter(year=survey.round_year).values(
            "municipality__code", "region__code", "region__name_fi", "region__name_sv", "region__name_en"
        )
    }
    by_region, names = {}, {}
    for code, n in counts.items():
        region, row = region_of.get(code, ("", None))
        by_region[region] = by_region.get(region, 0) + n
        if row:
            names[region] = name_in_language({k.removeprefix("region__"): v for k, v in row.items()})
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


def _numbers(result, answers, stats, protection):
    if not stats:
        return
    result.mean, result.median = _float(stats["mean"]), _float(stats.get("median"))
    low, high = Decimal(stats["low"]), Decimal(stats["high"])
    width = max((high - low) / NUMBER_BINS, Decimal(1)) if high > low else Decimal(1)
    width = width.to_integral_value() if width >= 1 else width
    bins = (
        answers.filter(question=result.variable.name, number__isnull=False)
        .annotate(bin=Floor(Cast((F("number") - low) / width, DecimalField(max_digits=20, decimal_places=4))))
        .values("bin")
        .annotate(n=Count("id"))
    )
    counted = {int(row["bin"]): row["n"] for row in bins}
    steps = int((high - low) / width) + 1
    counts = {str(step): counted.get(step, 0) for step in range(steps)}
    shown, _total = protection.one_way(counts)
    for step in range(steps):
        start = low + step * width
        label = f"{_plain(start)}–{_plain(start + width)}" if width != 1 or high - low > NUMBER_BINS else _plain(start)
        count = shown[str(step)]
        share = count / result.respondents if count is not None and result.respondents else None
        result.cells.append(Cell(str(step), label, count, share, start))


def _months(result, months, protection):
    shown, _total = protection.one_way({month.isoformat(): n for month, n in months.items()})
    for month in months:
        count = shown[month.isoformat()]
        share = count / result.respondents if count is not None and result.respondents else None
        result.cells.append(Cell(month.isoformat(), month.strftime("%m/%Y"), count, share, month))


def _plain(number):
    number = Decimal(number)
    return f"{int(number)}" if number == number.to_integral_value() else f"{number.normalize():f}"


def _float(value):
    return float(value) if value is not None else None


@dataclass
class CrossTab:
    rows: list  # [(code, label)]
    columns: list
    cells: dict  # {(row, column): count or None}
    row_totals: dict
    column_totals: dict
    total: int | None

    def row_share(self, row, column):
        count, total = self.cells[(row, column)], self.row_totals[row]
        return count / total if count is not None and total else None

    def column_share(self, row, column):
        count, total = self.cells[(row, column)], self.column_totals[column]
        return count / total if count is not None and total else None


def crosstab(survey, book, row_variable, column_variable, base, language=None):
    """The respondents by their answers to two single-answer questions (one GROUP BY of the answers joined through
    their response), with row and column totals, protected as a two-way table."""
    answers = Answer.objects.filter(response__in=base, question=row_variable.name).exclude(choice="")
    pairs = (
        # one filter() call: the column's answer is one join, not a subquery of any answer of the response
        answers.filter(response__answers__question=column_variable.name, response__answers__choice__gt="")
        .values("choice", "response__answers__choice")
        .annotate(n=Count("response", distinct=True))
    )
    cells = {(row["choice"], row["response__answers__choice"]): row["n"] for row in pairs}
    rows = [(v.code, label) for v, label in _labelled(book, row_variable, language)]
    columns = [(v.code, label) for v, label in _labelled(book, column_variable, language)]
    table = Protection(survey).two_way(cells, [code for code, _l in rows], [code for code, _l in columns])
    return CrossTab(rows, columns, table["cells"], table["rows"], table["columns"], table["total"])


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
        base = respondents(survey, filters, book)
        result = variable_results(survey, book, [variable], base, language)[variable_name]
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


def summary(result):
    """One sentence saying what a variable's figures show, for the chart's caption."""
    if result.hidden:
        return _("Fewer than the smallest group shown answered: no figures.")
    if result.variable.results in ("choice", "scale", "choices") and not result.largest:
        return _("%(n)s respondents; the figures of each answer are hidden to protect small groups.") % {
            "n": result.respondents
        }
    if result.variable.results in ("choice", "scale", "choices"):
        largest = result.largest
        return _("Most often answered: %(label)s (%(share)s %% of %(n)s respondents).") % {
            "label": largest.label,
            "share": round((largest.share or 0) * 100),
            "n": result.respondents,
        }
    if result.variable.results == "number" and result.mean is not None:
        return _("%(n)s respondents; mean %(mean)s, median %(median)s.") % {
            "n": result.respondents,
            "mean": f"{result.mean:.1f}",
            "median": f"{result.median:.1f}" if result.median is not None else suppression.SYMBOL,
        }
    return _("%(n)s respondents answered.") % {"n": result.respondents}
