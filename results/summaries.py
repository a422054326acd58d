"""One sentence for each chart saying what it shows (DESIGN.md: every chart is a table first, with a sentence),
from the figures as shown: a hidden figure is never the one a sentence names."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from . import suppression


def _one(number):
    """A mean or median with one decimal, as the language writes it (4,5 in Finnish)."""
    return number_format(number, 1)


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
            "mean": _one(result.mean),
            "median": _one(result.median) if result.median is not None else suppression.SYMBOL,
        }
    return _("%(n)s respondents answered.") % {"n": result.respondents}


def statements_summary(results):
    """The statements with the highest and the lowest mean, where the means are shown."""
    means = [(result.mean, result.label) for result in results if not result.hidden and result.mean is not None]
    if not means:
        return _("The figures of each statement are hidden to protect small groups.")
    high, low = max(means), min(means)
    if high == low:
        return _("Mean %(mean)s: %(label)s.") % {"mean": _one(high[0]), "label": high[1]}
    return _("Highest mean: %(high)s (%(high_mean)s); lowest: %(low)s (%(low_mean)s).") % {
        "high": high[1],
        "high_mean": _one(high[0]),
        "low": low[1],
        "low_mean": _one(low[0]),
    }


def crosstab_summary(table):
    """The respondents counted and the largest shown combination of answers."""
    shown = [(n, row, column) for (row, column), n in table.cells.items() if n]
    if table.total is None or not shown:
        return _("The figures are hidden to protect small groups.")
    n, row, column = max(shown, key=lambda item: item[0])
    labels = dict(table.rows) | dict(table.columns)
    return _("%(total)s respondents; the largest group answered %(row)s and %(column)s (%(n)s).") % {
        "total": table.total,
        "row": labels[row],
        "column": labels[column],
        "n": n,
    }


def trend_summary(series):
    """How the latest round's most common answer (or the mean, for a number) changed since the first round that
    shows it."""
    shown = [one for one in series if not one.result.hidden]
    if not shown:
        return _("The figures of every round are hidden to protect small groups.")
    last = shown[-1].result
    if last.results == "number":
        rounds = [(one.survey.round_year, one.result.mean) for one in shown if one.result.mean is not None]
        if len(rounds) < 2:
            return summary(last)
        return _("Mean %(first)s in %(first_year)s, %(last)s in %(last_year)s.") % {
            "first": _one(rounds[0][1]),
            "first_year": rounds[0][0],
            "last": _one(rounds[-1][1]),
            "last_year": rounds[-1][0],
        }
    largest = last.largest
    if largest is None:
        return summary(last)
    shares = [
        (one.survey.round_year, cell.share)
        for one in shown
        for cell in one.result.cells
        if cell.code == largest.code and cell.share is not None
    ]
    if len(shares) < 2:
        return summary(last)
    return _("%(label)s: %(first)s %% in %(first_year)s, %(last)s %% in %(last_year)s.") % {
        "label": largest.label,
        "first": round(shares[0][1] * 100),
        "first_year": shares[0][0],
        "last": round(shares[-1][1] * 100),
        "last_year": shares[-1][0],
    }
