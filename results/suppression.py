"""Small-cell protection, with no database: which figures of a table may be shown, so that no figure describes
fewer than k respondents and no hidden figure can be worked out from the shown ones and the totals.

Primary suppression hides every count 0 < n < k, totals included. Secondary suppression then hides more, so that
each hidden count stays unknown. A reader knows more than the totals: zeros are shown, so every hidden count is at
least 1 (except in a group's figures, where a zero may be hidden too: `breakdown`).
- in a one-way table whose counts add up to its total, a lone hidden count would be the total minus the others:
  the smallest non-zero shown count is hidden with it; so is one when every hidden count is 1 (two hidden 1s of a
  known sum of 2 can only be 1 and 1);
- in a two-way table with its margins, the hidden counts and the row and column equations form a graph (rows and
  columns are nodes, each hidden count an edge between its row and its column, the margins an extra row and
  column). Adding and taking away one around a cycle of hidden counts changes no total, so a hidden count can
  take another value exactly when it lies on a cycle that can be shifted so: one where no count that the shift
  lowers is 1. Every hidden count on no such cycle gets one, closed along the cheapest path (the fewest
  respondents hidden) of shown non-zero counts.
- counts that do not add up to a total (the choices of a multiple-choice question, out of the respondents) cannot
  be worked out from one another; each is shown only if both it and the respondents who did not choose it number
  at least k.
- tables that share figures are protected together (`breakdown`): a filtered view is one row of the table of every
  group of its kind (each region, or each language), whose rows add up to the unfiltered figures; protected alone,
  a hidden count would be the total less the other groups' shown ones.
If the whole table describes fewer than k respondents, nothing of it is shown. Means, medians and shares inherit
the suppression of the counts behind them (results.aggregates). Every hidden figure is shown with one SYMBOL, never
telling primary from secondary."""

import heapq
from collections import defaultdict

SYMBOL = ".."
TOTAL = "__total__"


def small(n, k):
    return 0 < n < k


def one_way(counts, k, total=None):
    """{key: count or None (hidden)} of `counts` ({key: n}), and its total or None, for a table whose counts add
    up to its total (`total` defaults to their sum)."""
    total = sum(counts.values()) if total is None else total
    if total < k:
        return dict.fromkeys(counts), None
    hidden = {key for key, n in counts.items() if small(n, k)}
    if len(hidden) == 1 or (hidden and all(counts[key] == 1 for key in hidden)):
        partners = sorted((n, str(key), key) for key, n in counts.items() if key not in hidden and n > 0)
        if partners:
            hidden.add(partners[0][2])
    return {key: None if key in hidden else n for key, n in counts.items()}, total


def dummies(counts, base, k):
    """{key: count or None} for counts out of `base` respondents that do not add up to it (each respondent may
    be in several): a count is hidden when it, or the respondents outside it, number fewer than k."""
    if base < k:
        return dict.fromkeys(counts), None
    return {key: None if small(n, k) or small(base - n, k) else n for key, n in counts.items()}, base


def two_way(cells, rows, columns, k, fixed=None, unpublished=frozenset(), zeros=False):
    """A two-way table with its margins: `cells` {(row, column): n} for the keys in `rows` and `columns`.
    Returns {"cells": {(row, column): n or None}, "rows": {row: total or None}, "columns": {column: total or
    None}, "total": grand total or None}. `fixed` {(row or TOTAL, column or TOTAL): shown?}: entries known from
    elsewhere (or withheld there), which keep that state; `unpublished`: entries never shown, which need
    protecting only when small. With `zeros`, a zero may be hidden too (where every total is fixed, a shown zero
    can pin a small count down), so a reader knows no hidden count to be more than 0; and a hidden count that the
    rest pins down anyway is shown unless it is small: hiding it would only pretend."""
    table = {(r, c): cells.get((r, c), 0) for r in rows for c in columns}
    for r in rows:
        table[(r, TOTAL)] = sum(table[(r, c)] for c in columns)
    for c in columns:
        table[(TOTAL, c)] = sum(table[(r, c)] for r in rows)
    table[(TOTAL, TOTAL)] = sum(table[(r, TOTAL)] for r in rows)
    fixed = fixed or {}
    locked = {key for key, shown in fixed.items() if shown}
    primary = {key for key, n in table.items() if small(n, k) and key not in fixed}
    primary |= {key for key, shown in fixed.items() if not shown}
    primary |= set(unpublished) - locked
    if table[(TOTAL, TOTAL)] < k:
        hidden = set(table) - locked
    else:
        safe = {key for key in unpublished if not small(table[key], k)}
        hidden = _closed(primary, table, locked, safe, zeros)
    if zeros:
        kept = hidden - set(fixed) - set(unpublished)
        pinned = {key for key in kept if _cheapest_path(key, hidden, table, hide=False, zeros=True) is None}
        hidden -= {key for key in pinned if not small(table[key], k)}
    shown = {key: None if key in hidden else n for key, n in table.items()}
    return {
        "cells": {(r, c): shown[(r, c)] for r in rows for c in columns},
        "rows": {r: shown[(r, TOTAL)] for r in rows},
        "columns": {c: shown[(TOTAL, c)] for c in columns},
        "total": shown[(TOTAL, TOTAL)],
    }


def _closed(hidden, table, locked=frozenset(), safe=frozenset(), zeros=False):
    """`hidden` grown until every hidden entry of `table` (margins included) but the `safe` ones can take
    another value, never hiding a `locked` one. When nothing more can be hidden, every entry but the locked ones
    is (zeros only if they may be): the table then tells nothing that was not shown elsewhere."""
    hidden = set(hidden)
    while True:
        pinned = (
            key
            for key in sorted(hidden - set(safe), key=str)
            if _cheapest_path(key, hidden, table, hide=False, zeros=zeros) is None
        )
        lone = next(pinned, None)
        if lone is None:
            return hidden
        path = _cheapest_path(lone, hidden, table, locked=locked, zeros=zeros)
        if not path:  # nothing shown to close a cycle with: hide the whole row and column, or all if no better
            row, column = lone
            path = {key for key in table if (key[0] == row or key[1] == column) and (zeros or table[key] > 0)}
            path -= hidden | locked
            if not path:
                return hidden | {key for key, n in table.items() if zeros or n > 0} - locked
        hidden |= path


def _sign(key):
    """-1 for a row's or a column's total, 1 for a count and the grand total: so signed, every row and every column
    of the table with its margins adds up to zero, and a shift around a cycle adds and takes away in turn."""
    row, column = key
    return -1 if (row == TOTAL) != (column == TOTAL) else 1


def _may_move(key, table, change, zeros=False):
    """Whether the entry `key` may take part in a shift that changes its signed value by `change` (1 or -1): a
    count lowered by it must stay at least 1 (at least 0 where zeros may be hidden)."""
    return _sign(key) * change > 0 or table[key] >= (1 if zeros else 2)


def _cheapest_path(edge, hidden, table, hide=True, locked=frozenset(), zeros=False):
    """The shown entries to hide (zeros only if they may be) so that the hidden entry `edge` can take another
    value: the cheapest (fewest respondents hidden; hidden entries cost nothing) path from its column back to its
    row that closes a cycle with it which can be shifted by one, in either direction. An empty set when hidden
    entries already close one; None when none can be closed (through hidden entries only, when `hide` is
    false)."""
    row, column = edge
    best = None
    for direction in (1, -1):
        if not _may_move(edge, table, direction, zeros):  # the edge is crossed from its row to its column
            continue
        neighbours = defaultdict(list)
        for (r, c), n in table.items():
            if (r, c) not in hidden and (not hide or (r, c) in locked or (n == 0 and not zeros)):
                continue
            if (r, c) == edge:
                continue
            cost = 0 if (r, c) in hidden else n or 0.5  # a hidden zero costs less than a respondent, not nothing
            if _may_move((r, c), table, direction, zeros):
                neighbours[("row", r)].append((("column", c), cost, (r, c)))
            if _may_move((r, c), table, -direction, zeros):
                neighbours[("column", c)].append((("row", r), cost, (r, c)))
        found = _dijkstra(neighbours, ("column", column), ("row", row))
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else {key for key in best[1] if key not in hidden}


def _dijkstra(neighbours, start, goal):
    """(cost, entries) of the cheapest path from `start` to `goal`, or None."""
    best = {start: 0}
    queue = [(0, 0, start, ())]
    counter = 0
    while queue:
        cost, _order, node, path = heapq.heappop(queue)
        if node == goal:
            return cost, path
        if cost > best.get(node, float("inf")):
            continue
        for other, step, key in neighbours[node]:
            if cost + step < best.get(other, float("inf")):
                best[other] = cost + step
                counter += 1
                heapq.heappush(queue, (cost + step, counter, other, (*path, key)))
    return None


NOWHERE = "__nowhere__"
OTHERS = "__others__"


def breakdown(counts, k, whole, totals):
    """Every group's figures, protected with the unfiltered ones, for a filter that splits the respondents into
    groups (each region, or each language): `counts` {group: {column: n}} (None for respondents in no group,
    never shown), `whole` {column: n or None, TOTAL: n or None}, the unfiltered figures as shown, and `totals`
    {group: whether its total is shown}, the groups' own table, protected once for every question. Returns
    {group: {column: n or None, TOTAL: n or None}}.

    What is shown elsewhere stays as it is, and what is hidden elsewhere stays hidden whole, so that no table
    narrows another's hidden figures: a column hidden in the unfiltered figures is hidden for every group (zeros
    too), and a group whose total is hidden shows nothing. The rest is a two-way table whose margins are all
    known, the hidden columns and the hidden groups each added up into one (never shown) column and row; its
    cells are protected as any two-way table's are."""
    columns = [column for column in whole if column != TOTAL]
    groups = [group for group in counts if group is not None]
    blank = {group: dict.fromkeys([*columns, TOTAL]) for group in groups}
    if whole[TOTAL] is None:
        return blank
    open_columns = [column for column in columns if whole[column] is not None]
    rows = sorted((group for group in groups if totals.get(group)), key=str)
    hidden_columns = [column for column in columns if whole[column] is None]

    def row_of(group):
        return group if group in rows else (NOWHERE if group is None else OTHERS)

    cells = defaultdict(int)
    for group, row in counts.items():
        for column in columns:
            cells[(row_of(group), column if column in open_columns else OTHERS)] += row.get(column, 0)
    all_rows = rows + [row for row in (OTHERS, NOWHERE) if any(key[0] == row for key in cells)]
    all_columns = open_columns + ([OTHERS] if hidden_columns else [])
    fixed = {(row, TOTAL): True for row in all_rows}
    fixed.update({(TOTAL, column): True for column in [*all_columns, TOTAL]})
    unpublished = {(row, column) for row in all_rows for column in all_columns if OTHERS in (row, column)}
    unpublished |= {(NOWHERE, column) for column in all_columns if NOWHERE in all_rows}
    table = two_way(dict(cells), all_rows, all_columns, k, fixed=fixed, unpublished=unpublished, zeros=True)
    for group in rows:
        shown = {column: table["cells"][(group, column)] if column in open_columns else None for column in columns}
        blank[group] = {**shown, TOTAL: table["rows"][group]}
    return blank
