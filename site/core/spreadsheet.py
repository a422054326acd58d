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


def protect_wagtail_exports():
    """Wagtail's own CSV exports (reports such as site history and aging pages, snippet and redirect listings)
    write cells as they are: route them through `neutralise` too. (Its XLSX exports already turn formulas into
    text.) Wagtail has no setting or hook for this, so its one method that prepares a cell is wrapped, once, at
    start-up (core.apps)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralised", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        return neutralise(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.neutralised = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
