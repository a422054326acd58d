"""Figures as people read them: counts and shares in the page's language, hidden ones as one symbol, bars drawn
as inline SVG (no script, no inline style: the public pages' Content-Security-Policy allows neither)."""

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join

from results.suppression import SYMBOL

register = template.Library()


@register.filter
def count(value):
    """A count, or the symbol of a hidden one."""
    return SYMBOL if value is None else number_format(value, force_grouping=True)


@register.filter
def percent(share):
    """A share of 0–1 as a whole percentage ("45 %"), or the symbol of a hidden one."""
    return SYMBOL if share is None else f"{number_format(round(share * 100))}\u00a0%"


@register.filter
def fraction(count, total):
    """A count's share of a total (a cross-tabulation's row), or None when either is hidden."""
    return count / total if count is not None and total else None


@register.filter
def decimal(value, places=1):
    return SYMBOL if value is None else number_format(round(value, places), places)


@register.filter
def divide(part, whole):
    """part / whole as a share, or None when there is no whole."""
    return part / whole if whole else None


@register.filter
def get(mapping, key):
    return mapping.get(key)


@register.simple_tag
def cell_of(table, row, column, shares):
    """(count, share) of a cross-tabulation's cell, the share of its row or of its column."""
    share = table.row_share(row, column) if shares == "row" else table.column_share(row, column)
    return table.cells[(row, column)], share


@register.simple_tag
def share_of(result, code):
    """The share of the value `code` in a result (None when hidden, not asked, or no result)."""
    return next((cell.share for cell in result.cells if cell.code == code), None) if result else None


@register.simple_tag
def bar(share):
    """A horizontal bar of a share, drawn from the line's start (right to left in Arabic: the CSS mirrors it).
    Decorative: the figure is in the table beside it."""
    width = 0 if share is None else round(max(0.0, min(share, 1.0)) * 100, 1)
    return format_html(
        '<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
        '<rect class="bar__track" width="100" height="10"></rect><rect class="bar__value" width="{}" height="10">'
        "</rect></svg>",
        width,
    )


@register.simple_tag
def stacked(cells):
    """A stacked bar of a statement's answers on the scale: one segment a value, each with its own fill and
    pattern class (never colour alone: the table gives every figure)."""
    segments, start = [], 0.0
    for index, cell in enumerate(cells):
        width = 0 if cell.share is None else round(cell.share * 100, 1)
        segments.append((index, start, width))
        start += width
    rects = format_html_join("", '<rect class="stack stack--{}" x="{}" width="{}" height="10"></rect>', segments)
    return format_html(
        '<svg class="bar bar--stacked" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" '
        'focusable="false">{}</svg>',
        rects,
    )


@register.filter
def in_language(labels):
    """A label of a published result ({language: label}) in the page's language, else the first one given."""
    from django.utils.translation import get_language

    if not isinstance(labels, dict):
        return labels
    return labels.get((get_language() or "fi")[:2]) or next(iter(labels.values()), "")


@register.filter
def answer(round_figures, code):
    """The cell of a published round's answer `code`: a hidden one if the whole round is hidden, None if the
    round has no such answer."""
    if round_figures.get("hidden"):
        return {"code": code, "count": None, "share": None}
    return next((cell for cell in round_figures.get("cells") or () if cell["code"] == code), None)


@register.filter
def index(items, position):
    return items[position] if items is not None and 0 <= position < len(items) else None
