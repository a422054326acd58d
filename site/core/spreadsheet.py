"""The one place that makes a cell safe for a spreadsheet: every CSV and spreadsheet the project writes goes
through it.

A text cell beginning with =, +, -, @, a tab or a carriage return is read by Excel, LibreOffice and Google
Sheets as a formula (OWASP, "CSV Injection"): =HYPERLINK(…) sends the reader to an address of the writer's
choosing. Such a cell gets a leading apostrophe, which spreadsheets show as text and do not keep in the value.
Numbers are written as numbers: a negative answer to a number question stays -2. In an XLSX workbook such text
is written as text with Excel's quote prefix instead (shown as typed, and never calculated, not even after the
cell is edited); the workbook itself never turns text into formulas, links or numbers."""

import csv
from datetime import date, datetime, time
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def starts_like_a_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise(value):
    """`value` as a spreadsheet cell that is never a formula: text starting like one gets an apostrophe;
    numbers and dates are left as they are."""
    if isinstance(value, bool | int | float | Decimal | date) or value is None:
        return value
    text = str(value)
    return "'" + text if starts_like_a_formula(text) else text


class SafeWriter:
    """csv.writer whose every cell goes through `neutralise`."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row):
        return self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class SafeWorkbook:
    """An XLSX workbook written in xlsxwriter's constant-memory mode (a row at a time, flushed as it goes), with
    its conversions of text to formulas, links and numbers off; `sheet` gives a sheet whose `writerow` writes
    text starting like a formula with the quote prefix, numbers as numbers and dates as dates."""

    OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}

    def __init__(self, path):
        import xlsxwriter

        self.workbook = xlsxwriter.Workbook(str(path), {**self.OPTIONS, "strings_to_numbers": False})
        self.quoted = self.workbook.add_format({"quote_prefix": True})
        self.dates = self.workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.bold = self.workbook.add_format({"bold": True})

    def sheet(self, name):
        return _SafeSheet(self, self.workbook.add_worksheet(name[:31]))

    def close(self):
        self.workbook.close()


class _SafeSheet:
    def __init__(self, book, worksheet):
        self.book, self.worksheet, self.row = book, worksheet, 0

    def writerow(self, values, header=False):
        write = self.worksheet
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, bool | int | float | Decimal):
                write.write_number(self.row, column, value)
            elif isinstance(value, date):
                write.write_datetime(self.row, column, datetime.combine(value, time()), self.book.dates)
            elif starts_like_a_formula(value):
                write.write_string(self.row, column, value, self.book.quoted)
            else:
                write.write_string(self.row, column, str(value), self.book.bold if header else None)
        self.row += 1

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def save_spss(columns, rows, path, texts=(), dates=(), numbers=(), **labels):
    """An SPSS file of `rows` (lists of values) under `columns` (names), written by pyreadstat with `labels`
    (its column_labels, variable_value_labels, missing_ranges, variable_measure). The cells of the `texts`
    columns are neutralised like a CSV's, since SPSS files are often opened in spreadsheets; `dates` columns
    become dates; `numbers` columns are numeric even when no row has a value in them (pandas would make such a
    column text, and pyreadstat then refuses its numeric labels). Done a column at a time, not a cell at a time."""
    import pandas
    import pyreadstat

    data = pandas.DataFrame(rows, columns=columns)
    for name in texts:
        data[name] = data[name].map(neutralise, na_action="ignore")
    for name in dates:
        # As dates (SPSS DATE11). Through nanoseconds: pandas 3 makes seconds, which pyreadstat writes as 1970.
        data[name] = pandas.to_datetime(data[name]).astype("datetime64[ns]").dt.date
    for name in numbers:
        data[name] = pandas.to_numeric(data[name]).astype("float64")
    pyreadstat.write_sav(data, str(path), **labels)


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
