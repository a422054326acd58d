"""Small-cell protection, with no database: which figures of a table may be shown, so that no figure describes
fewer than k respondents and no hidden figure can be worked out from the shown ones and the totals.

Primary suppression hides every count 0 < n < k, totals included. Secondary suppression then hides more, so that
each hidden count stays unknown:
- in a one-way table whose counts add up to its total, a lone hidden count would be the total minus the others:
  the smallest non-zero shown count is hidden with it;
- in a two-way table with its margins, the hidden counts and the row and column equations form a graph (rows and
  columns are nodes, each hidden count an edge between its row and its column, the margins an extra row and
  column). A hidden count can be worked out exactly when its edge lies on no cycle of hidden counts: adding and
  taking away the same amount around a cycle changes no total. So every hidden count that lies on no such cycle
  gets one, closed along the cheapest path (the fewest respondents hidden) of shown non-zero counts.
- counts that do not add up to a total (the choices of a multiple-choice question, out of the respondents) cannot
  be worked out from one another; each is shown only if both it and the respondents who did not choose it number
  at least k.
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
    if len(hidden) == 1:
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


def two_way(cells, rows, columns, k):
    """A two-way table with its margins: `cells` {(row, column): n} for the keys in `rows` and `columns`.
    Returns {"cells": {(row, column): n or None}, "rows": {row: total or None}, "columns": {column: total or
    None}, "total": grand total or None}."""
    table = {(r, c): cells.get((r, c), 0) for r in rows for c in columns}
    for r in rows:
        table[(r, TOTAL)] = sum(table[(r, c)] for c in columns)
    for c in columns:
        table[(TOTAL, c)] = sum(table[(r, c)] for r in rows)
    table[(TOTAL, TOTAL)] = sum(table[(r, TOTAL)] for r in rows)
    primary = {key for key, n in table.items() if small(n, k)}
    hidden = set(table) if table[(TOTAL, TOTAL)] < k else _closed(primary, table)
    shown = {key: None if key in hidden else n for key, n in table.items()}
    return {
        "cells": {(r, c): shown[(r, c)] for r in rows for c in columns},
        "rows": {r: shown[(r, TOTAL)] for r in rows},
        "columns": {c: shown[(TOTAL, c)] for c in columns},
        "total": shown[(TOTAL, TOTAL)],
    }


def _closed(hidden, table):
    """`hidden` grown until every hidden entry of `table` (margins included) lies on a cycle of hidden entries."""
    hidden = set(hidden)
    while True:
        lone = next((key for key in sorted(hidden, key=str) if not _on_cycle(key, hidden)), None)
        if lone is None:
            return hidden
        path = _cheapest_path(lone, hidden, table)
        if not path:  # nothing shown to close a cycle with: hide the whole row and column, or all if no better
            row, column = lone
            path = {key for key in table if (key[0] == row or key[1] == column) and table[key] > 0} - hidden
            if not path:
                return set(table)
        hidden |= path


def _on_cycle(edge, hidden):
    """Whether the hidden entry `edge` (row, column) lies on a cycle of hidden entries: its row and column stay
    connected through the other hidden entries."""
    row, column = edge
    neighbours = defaultdict(set)
    for r, c in hidden:
        if (r, c) != edge:
            neighbours[("row", r)].add(("column", c))
            neighbours[("column", c)].add(("row", r))
    start, goal = ("row", row), ("column", column)
    seen, frontier = {start}, [start]
    while frontier:
        node = frontier.pop()
        if node == goal:
            return True
        for other in neighbours[node] - seen:
            seen.add(other)
            frontier.append(other)
    return False


def _cheapest_path(edge, hidden, table):
    """The shown non-zero entries to hide so that `edge` lies on a cycle: the path from its row to its column,
    not through itself, that hides the fewest respondents (hidden entries cost nothing)."""
    row, column = edge
    neighbours = defaultdict(list)
    for (r, c), n in table.items():
        if (r, c) == edge or ((r, c) not in hidden and n == 0):
            continue
        cost = 0 if (r, c) in hidden else n
        neighbours[("row", r)].append((("column", c), cost, (r, c)))
        neighbours[("column", c)].append((("row", r), cost, (r, c)))
    start, goal = ("row", row), ("column", column)
    best = {start: 0}
    queue = [(0, 0, start, ())]
    counter = 0
    while queue:
        cost, _order, node, path = heapq.heappop(queue)
        if node == goal:
            return {key for key in path if key not in hidden}
        if cost > best.get(node, float("inf")):
            continue
        for other, step, key in neighbours[node]:
            if cost + step < best.get(other, float("inf")):
                best[other] = cost + step
                counter += 1
                heapq.heappush(queue, (cost + step, counter, other, (*path, key)))
    return None
