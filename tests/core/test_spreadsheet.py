"""One helper makes every spreadsheet cell safe, and every file the project writes goes through it."""

import csv
import datetime
import io
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
        # .venv and .venv-newest (the second Python's) hold libraries, not ours
        if relative.startswith((".venv", "tests/", "bench/")) or relative == "site/core/spreadsheet.py":
            continue
        if writers.search(path.read_text(encoding="utf-8")):
            offenders.append(relative)
    assert offenders == []


@pytest.mark.django_db
def test_wagtails_own_csv_exports_carry_no_live_formula(client, django_user_model):
    from wagtail.models import Page

    page = Page.objects.filter(depth=3).first().specific
    page.title = '=HYPERLINK("https://evil.example/","x")'
    page.save_revision(user=django_user_model.objects.create_superuser("e", "e@example.fi", "pw")).publish()
    client.force_login(django_user_model.objects.get(username="e"))
    export = client.get("/admin/reports/site-history/?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    cells = [cell for row in rows for cell in row if "HYPERLINK" in cell]
    assert cells and all(cell.startswith("'=") for cell in cells)
