"""Tables that share figures: a filtered view is one group's row of a table whose rows add up to the unfiltered
figures, and a reader may take the region view, the language view and the unfiltered figures together. Checked by
an independent auditor: every published figure is a sum of the counts of the smallest cells (region × language ×
answer); a linear program over those counts finds each hidden figure's lowest and highest possible value from
everything shown at once. A hidden figure is protected when the two differ."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from results.suppression import TOTAL, breakdown, one_way

K = 5


def publish(counts, columns):
    """What a reader sees of `counts` {(region or None, language): {column: n}}: [(cells, column, shown value,
    true value, whether a hidden figure here is known to be at least 1)], for the unfiltered figures and each
    region's and each language's; and the small figures of those in no region, which are never shown."""
    figures = []
    whole_counts = {column: sum(row[column] for row in counts.values()) for column in columns}
    shown, total = one_way(whole_counts, K)
    whole = {**shown, TOTAL: total}
    for column in [*columns, TOTAL]:
        figures.append((set(counts), column, whole[column], _true(counts, set(counts), column), True))
    for side in (0, 1):
        members = {}
        for cell in counts:
            members.setdefault(cell[side], set()).add(cell)
        by_group = {
            group: {c: sum(counts[cell][c] for cell in cells) for c in columns} for group, cells in members.items()
        }
        bases = {group: sum(row.values()) for group, row in by_group.items() if group is not None}
        shown_bases, _total = one_way(bases, K)
        totals = {group: n is not None for group, n in shown_bases.items()}
        groups = breakdown(by_group, K, whole, totals)
        if None in members:  # respondents in no region: never shown, and their small figures never worked out
            for column in columns:
                true = _true(counts, members[None], column)
                if 0 < true < K:
                    figures.append((members[None], column, None, true, False))
        for group, figures_of in groups.items():
            cells = members[group]
            for column in [*columns, TOTAL]:
                # A group may hide a zero: a reader knows only that its hidden figures are not negative.
                figures.append((cells, column, figures_of[column], _true(counts, cells, column), column == TOTAL))
            # The group's total is also shown as the filter's respondents (its own table, protected on its own).
            assert figures_of[TOTAL] == shown_bases[group] or (figures_of[TOTAL] is None and not totals[group])
    return figures


def _true(counts, cells, column):
    return sum(n for cell in cells for c, n in counts[cell].items() if column in (c, TOTAL))


def audit(counts, columns):
    """The published figures that are small, wrong, or hidden but pinned down by all that is shown; and the small
    figures of those in no region that all that is shown pins down. What the unfiltered figures and the groups'
    totals pin down alone is theirs to answer for (tests/results/test_suppression.py), not the groups' tables':
    everyone choosing one answer tells it of everyone, filtered or not."""
    figures = publish(counts, columns)
    keys = [(cell, column) for cell in counts for column in columns]
    index = {key: i for i, key in enumerate(keys)}

    def row(cells, column):
        vector = np.zeros(len(keys))
        for cell in cells:
            for c in columns:
                if column in (c, TOTAL):
                    vector[index[(cell, c)]] = 1
        return vector

    def pinned(seen, cells, column):
        known = {}
        shown = [(row(c, col), n) for c, col, n, _t, _z in seen if n is not None]
        if shown:
            known.update(A_eq=np.array([vector for vector, _n in shown]), b_eq=[n for _v, n in shown])
        at_least = [-row(c, col) for c, col, n, true, zeros in seen if n is None and zeros and true]
        if at_least:
            known.update(A_ub=np.array(at_least), b_ub=[-1] * len(at_least))
        low = linprog(row(cells, column), bounds=(0, None), **known)
        high = linprog(-row(cells, column), bounds=(0, None), **known)
        assert low.status == 0
        return high.status != 3 and -high.fun - low.fun < 0.5

    problems = [
        (sorted(map(str, cells)), column)
        for cells, column, shown, true, _z in figures
        if shown is not None and (0 < shown < K or shown != true)
    ]
    baseline = [figure for figure in figures if figure[0] == set(counts) or figure[1] == TOTAL]
    for cells, column, shown, true, _zeros in figures:
        if shown is not None or true == 0:  # a hidden figure of nobody describes nobody
            continue
        if pinned(figures, cells, column) and not pinned(baseline, cells, column):
            problems.append((sorted(map(str, cells)), column))
    return problems


def test_a_hidden_figure_of_one_region_is_not_the_whole_less_the_other_regions():
    # Region a has 2 "no": alone, a's table would show its 12 "yes" and 14 respondents, and the other regions
    # theirs; then 2 = the whole's "no" less b's and c's.
    counts = {"a": {"yes": 12, "no": 2}, "b": {"yes": 20, "no": 9}, "c": {"yes": 30, "no": 15}}
    whole = {"yes": 62, "no": 26, TOTAL: 88}
    groups = breakdown(counts, K, whole, dict.fromkeys(counts, True))
    assert groups["a"] == {"yes": None, "no": None, TOTAL: 14}
    assert groups["b"] == {"yes": None, "no": None, TOTAL: 29}  # the cheapest partner: 29 respondents, not c's 45
    assert groups["c"] == {"yes": 30, "no": 15, TOTAL: 45}


def test_an_answer_hidden_in_the_whole_is_hidden_in_every_group():
    counts = {"a": {"yes": 30, "no": 10, "maybe": 3}, "b": {"yes": 20, "no": 9, "maybe": 0}}
    whole = {"yes": 50, "no": None, "maybe": None, TOTAL: 72}  # 3 "maybe", and its partner
    groups = breakdown(counts, K, whole, dict.fromkeys(counts, True))
    assert groups["b"] == {"yes": 20, "no": None, "maybe": None, TOTAL: 29}  # b's 0 "maybe" is hidden too
    assert groups["a"] == {"yes": 30, "no": None, "maybe": None, TOTAL: 43}


def test_a_group_whose_total_is_hidden_shows_nothing():
    counts = {"a": {"yes": 30, "no": 10}, "b": {"yes": 2, "no": 1}, "c": {"yes": 9, "no": 8}, None: {"yes": 6, "no": 5}}
    whole = {"yes": 47, "no": 24, TOTAL: 71}
    groups = breakdown(counts, K, whole, {"a": True, "b": False, "c": False})
    assert groups["b"] == groups["c"] == {"yes": None, "no": None, TOTAL: None}
    assert groups["a"] == {"yes": 30, "no": 10, TOTAL: 40}


cell = st.one_of(st.integers(0, 6), st.integers(0, 30))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.integers(1, 4), st.integers(1, 3), st.integers(2, 4), st.booleans(), st.data())
def test_no_hidden_figure_can_be_worked_out_from_the_regions_the_languages_and_the_whole(
    regions, languages, width, nowhere, data
):
    columns = [f"v{i}" for i in range(width)]
    places = [f"r{i}" for i in range(regions)] + ([None] if nowhere else [])
    counts = {
        (place, f"l{j}"): {column: data.draw(cell) for column in columns} for place in places for j in range(languages)
    }
    assert audit(counts, columns) == []
