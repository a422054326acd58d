"""Small-cell protection: hand-made tables with their expected figures, and generated tables checked by an
independent auditor: a linear program that finds each hidden count's lowest and highest possible value from the
shown counts and totals (and that no count is negative). A hidden count is protected when the two differ."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from results.suppression import dummies, one_way, two_way

K = 5


def test_a_one_way_table_hides_small_counts_and_a_partner_for_a_lone_one():
    shown, total = one_way({"a": 12, "b": 3, "c": 7, "d": 0}, K)
    assert shown == {"a": 12, "b": None, "c": None, "d": 0} and total == 22  # c, the smallest non-zero, hides b
    shown, total = one_way({"a": 12, "b": 3, "c": 2, "d": 9}, K)
    assert shown == {"a": 12, "b": None, "c": None, "d": 9}  # two small ones protect each other
    assert one_way({"a": 2, "b": 2}, K) == ({"a": None, "b": None}, None)  # fewer than k in all: nothing


def test_counts_out_of_respondents_hide_those_and_their_complements():
    shown, base = dummies({"work": 18, "study": 3, "health": 10}, 20, K)
    assert shown == {"work": None, "study": None, "health": 10} and base == 20  # 2 did not choose work


def test_a_two_way_table_closes_a_cycle_through_the_cheapest_cells():
    cells = {("m", "yes"): 10, ("m", "no"): 2, ("f", "yes"): 8, ("f", "no"): 9, ("x", "yes"): 20, ("x", "no"): 30}
    table = two_way(cells, ["m", "f", "x"], ["yes", "no"], K)
    # m/no (2) is small; its row and column are closed by the cheapest cells: m/yes 10, f/no 9 and f/yes 8.
    assert table["cells"] == {
        ("m", "yes"): None,
        ("m", "no"): None,
        ("f", "yes"): None,
        ("f", "no"): None,
        ("x", "yes"): 20,
        ("x", "no"): 30,
    }
    assert table["rows"] == {"m": 12, "f": 17, "x": 50} and table["columns"] == {"yes": 38, "no": 41}
    assert table["total"] == 79


def test_a_small_margin_is_hidden_and_protected_too():
    cells = {("a", "x"): 1, ("a", "y"): 2, ("b", "x"): 10, ("b", "y"): 11, ("c", "x"): 6, ("c", "y"): 7}
    table = two_way(cells, ["a", "b", "c"], ["x", "y"], K)
    assert table["rows"]["a"] is None  # 3 respondents
    assert audit(cells, ["a", "b", "c"], ["x", "y"], table) == []


def test_a_table_of_fewer_than_k_respondents_shows_nothing():
    table = two_way({("a", "x"): 2, ("b", "y"): 1}, ["a", "b"], ["x", "y"], K)
    assert table["total"] is None and set(table["cells"].values()) == {None}


def audit(cells, rows, columns, table):
    """The hidden entries (cells and margins) whose value a linear program pins down exactly, and the shown ones
    that are small: what a table must never have. Variables are every entry of the table with its margins."""
    keys = [(r, c) for r in rows for c in columns] + [(r, "T") for r in rows] + [("T", c) for c in columns]
    keys.append(("T", "T"))
    value = {**{(r, c): cells.get((r, c), 0) for r in rows for c in columns}}
    value.update({(r, "T"): sum(value[(r, c)] for c in columns) for r in rows})
    value.update({("T", c): sum(value[(r, c)] for r in rows) for c in columns})
    value[("T", "T")] = sum(value[(r, "T")] for r in rows)
    shown = {**table["cells"]}
    shown.update({(r, "T"): table["rows"][r] for r in rows})
    shown.update({("T", c): table["columns"][c] for c in columns})
    shown[("T", "T")] = table["total"]
    problems = [key for key, n in shown.items() if n is not None and 0 < n < K]
    problems += [key for key, n in shown.items() if n is not None and n != value[key]]
    index = {key: i for i, key in enumerate(keys)}
    equations, rhs = [], []
    for r in rows:  # each row adds up to its total
        row = np.zeros(len(keys))
        for c in columns:
            row[index[(r, c)]] = 1
        row[index[(r, "T")]] = -1
        equations.append(row)
        rhs.append(0)
    for c in [*columns, "T"]:  # each column (and the row totals) adds up to its total
        column = np.zeros(len(keys))
        for r in rows:
            column[index[(r, c)]] = 1
        column[index[("T", c)]] = -1
        equations.append(column)
        rhs.append(0)
    for key, n in shown.items():  # the shown figures are known
        known = np.zeros(len(keys))
        known[index[key]] = 1
        equations.append(known)
        rhs.append(n if n is not None else 0)
        if n is None:
            equations.pop()
            rhs.pop()
    # A shown 0 tells the reader that every hidden count is at least 1 (unless the whole table is hidden).
    everything = all(n is None for n in shown.values())
    bounds = [(0 if everything or shown[key] is not None else 1, None) for key in keys]
    for key, n in shown.items():
        if n is not None:
            continue
        objective = np.zeros(len(keys))
        objective[index[key]] = 1
        low = linprog(objective, A_eq=np.array(equations), b_eq=rhs, bounds=bounds)
        high = linprog(-objective, A_eq=np.array(equations), b_eq=rhs, bounds=bounds)
        assert low.status == 0
        highest = np.inf if high.status == 3 else -high.fun
        if highest - low.fun < 0.5:
            problems.append(key)
    return problems


def test_two_hidden_ones_of_a_known_sum_are_not_left_alone():
    # 20, .., .. of 22 respondents, zeros shown: the two hidden counts could only be 1 and 1.
    shown, total = one_way({"a": 20, "b": 1, "c": 1, "d": 0}, K)
    assert shown == {"a": None, "b": None, "c": None, "d": 0} and total == 22
    table = {"cells": {(key, "n"): n for key, n in shown.items()}, "rows": shown, "columns": {"n": 22}, "total": 22}
    assert audit({("a", "n"): 20, ("b", "n"): 1, ("c", "n"): 1, ("d", "n"): 0}, list(shown), ["n"], table) == []


def test_a_cycle_of_hidden_ones_is_widened_until_it_can_shift():
    # Four hidden 1s in a square: every row and column total shown would pin them all to 1.
    rows, columns = ["r0", "r1", "r2"], ["c0", "c1", "c2"]
    cells = {("r0", "c0"): 1, ("r0", "c1"): 1, ("r1", "c0"): 1, ("r1", "c1"): 1}
    cells.update({("r0", "c2"): 30, ("r1", "c2"): 30, ("r2", "c0"): 30, ("r2", "c1"): 30, ("r2", "c2"): 30})
    table = two_way(cells, rows, columns, K)
    assert audit(cells, rows, columns, table) == []


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    st.integers(1, 5).flatmap(
        lambda r: st.integers(1, 5).flatmap(
            lambda c: st.tuples(
                st.just(r),
                st.just(c),
                st.lists(st.one_of(st.integers(0, 6), st.integers(0, 40)), min_size=r * c, max_size=r * c),
            )
        )
    )
)
def test_no_hidden_count_of_a_two_way_table_can_be_worked_out(shape):
    r, c, values = shape
    rows, columns = [f"r{i}" for i in range(r)], [f"c{j}" for j in range(c)]
    cells = {(row, column): values[i * c + j] for i, row in enumerate(rows) for j, column in enumerate(columns)}
    assert audit(cells, rows, columns, two_way(cells, rows, columns, K)) == []


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.integers(0, 6), st.integers(0, 40)), min_size=1, max_size=8))
def test_no_hidden_count_of_a_one_way_table_can_be_worked_out(values):
    counts = {f"v{i}": n for i, n in enumerate(values)}
    shown, total = one_way(counts, K)
    # A one-way table is a two-way table of one column.
    table = {
        "cells": {(key, "n"): n for key, n in shown.items()},
        "rows": shown,
        "columns": {"n": total},
        "total": total,
    }
    assert audit({(key, "n"): n for key, n in counts.items()}, list(counts), ["n"], table) == []


@pytest.mark.parametrize("base", [4, 5, 9, 30])
def test_counts_out_of_respondents_never_show_a_small_group(base):
    shown, _base = dummies({"a": 1, "b": base - 1, "c": base // 2, "d": 0}, base, K)
    for n in shown.values():
        assert n is None or n == 0 or (n >= K and base - n >= K)
