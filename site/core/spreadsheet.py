"""The one place that makes a cell safe for a spreadsheet: every CSV and spreadsheet the project writes goes
through it.

A text cell beginning with =, +, -, @, a tab or a carriage return is read by Excel, LibreOffice and Google
Sheets as a formula (OWASP, "CSV Injection"): =HYPERLINK(…) sends the reader to an address of the writer's
choosing. Such a cell gets a leading apostrophe, which spreadsheets show as text and do not keep in the value.
Numbers are written as numbers: a negative answer to a number question stays -2."""

import csv
from datetime import date
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` as a spreadsheet cell that is never a formula: text starting like one gets an apostrophe;
    numbers and dates are left as they are."""
    if isinstance(value, bool | int | float | Decimal | date) or value is None:
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    """csv.writer whose every cell goes through `neutralise`."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row):
        return self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)
