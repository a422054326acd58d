"""One helper makes every spreadsheet cell safe, and every file the project writes goes through it."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest

from core.spreadsheet import neutralise

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_starting_like_a_formula_is_made_text(start):
    assert neutralise(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", ["Kyllä", "1+1", " =1", "", "'=already"])
def test_other_text_is_left_as_it_is(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("value", [-2, Decimal("-2.5"), 0, 3.25, datetime.date(2025, 3, 1), None, True])
def test_numbers_and_dates_stay_what_they_are(value):
    assert neutralise(value) is value


def test_no_module_writes_a_spreadsheet_but_through_the_helper():
    """csv.writer, DictWriter or a workbook anywhere else would bypass the neutralising."""
    writers = re.compile(r"csv\.(writer|DictWriter)\(|xlsxwriter|openpyxl|write_sav")
    offenders = []
    for path in ROOT.glob("**/*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith((".venv/", "tests/", "bench/")) or relative == "site/core/spreadsheet.py":
            continue
        if writers.search(path.read_text(encoding="utf-8")):
            offenders.append(relative)
    assert offenders == []
