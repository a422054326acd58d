"""A round's answers written as files: CSV (streamed), XLSX (constant memory, with the codebook as a sheet) and
SPSS (variable and value labels, the codebook's value numbers, "can't say" a missing value), and the codebook
that travels with every one of them. Every cell goes through core.spreadsheet."""

import io

from django.utils.translation import gettext as _

from core.spreadsheet import SafeWorkbook, SafeWriter, save_spss

from .microdata import LABELS, NUMBERS, columns, rows, value_labels

# What SPSS keeps: a variable label of 256 bytes, a value label of 120; longer ones are shortened here and given
# in full in the codebook.
SPSS_VARIABLE_LABEL = 256
SPSS_VALUE_LABEL = 120
SPSS_NOTE_LINE = 80  # bytes in a line of the file's documents
BOM = "\ufeff"


class Table:
    """One round's answers for a file: its columns, and its rows read when asked for (and again each time)."""

    def __init__(self, survey, book, variables, respondents, values, language):
        self.survey, self.book, self.respondents = survey, book, respondents
        self.values, self.language = values, language
        self.columns = columns(survey, book, variables)

    def header(self):
        if self.values == LABELS:
            return [column.label(self.language) for column in self.columns]
        return [column.name for column in self.columns]

    def rows(self, values=None):
        return rows(self.survey, self.respondents, self.columns, values or self.values, self.language)


def csv_chunks(table):
    """The table as CSV text in chunks (UTF-8 with a byte order mark, so that Excel reads the letters right),
    for a streamed response: the first chunk goes out before the database has read past the first rows."""
    buffer = io.StringIO()
    writer = SafeWriter(buffer)
    buffer.write(BOM)
    writer.writerow(table.header())
    yield buffer.getvalue()  # the download starts before the database has been asked
    buffer.seek(0)
    buffer.truncate()
    for number, row in enumerate(table.rows(), start=1):
        writer.writerow(row)
        if number % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def codebook_rows(book, cols, rounds=(), protection=""):
    """The codebook as rows: a row per column (its name, the variable, labels in every language, measure), then
    a row per value (code, number, labels), then what the file is (rounds and their revisions, breaks in series,
    suppression)."""
    languages = book.languages
    yield [
        _("Variable"),
        _("Question code"),
        _("Holds"),
        _("Measure"),
        *[_("Label (%(language)s)") % {"language": lang} for lang in languages],
    ]
    for column in cols:
        yield [
            column.name,
            column.variable,
            column.holds,
            column.measure,
            *[column.labels.get(lang, "") for lang in languages],
        ]
    yield []
    yield [
        _("Variable"),
        _("Value code"),
        _("Number"),
        "",
        *[_("Label (%(language)s)") % {"language": lang} for lang in languages],
    ]
    for column in cols:
        for value in column.values:
            yield [column.name, value.code, value.number, "", *[value.labels.get(lang, "") for lang in languages]]
    yield []
    yield from series_rows(rounds, protection)


def series_rows(rounds, protection=""):
    """What a file of rounds is: each round with the revisions its responses answered and its breaks in series,
    then the small-groups rule."""
    for round_year, revisions, breaks in rounds:
        yield [_("Round"), round_year, _("Revisions answered"), ", ".join(map(str, revisions))]
        for variable in breaks:
            yield [_("Break in series"), round_year, variable]
    if protection:
        yield [_("Small groups"), protection]


def write_xlsx(path, sheets, codebook_sheets=()):
    """An XLSX workbook at `path`: a sheet per (name, table), then a sheet per (name, rows) of codebook."""
    workbook = SafeWorkbook(path)
    try:
        for name, table in sheets:
            sheet = workbook.sheet(name)
            sheet.writerow(table.header(), header=True)
            sheet.writerows(table.rows())
        for name, lines in codebook_sheets:
            workbook.sheet(name).writerows(lines)
    finally:
        workbook.close()


def write_spss(path, table, language, codebook=()):
    """An SPSS .sav of `table` with its codebook's numbers and labels in `language`, and the `codebook` rows
    (labels in full, in every language) as the file's documents, so that the codebook travels inside it."""
    cols = table.columns
    labels = {column.name: _shorten(column.label(language), SPSS_VARIABLE_LABEL) for column in cols}
    value_sets = {}
    for column in cols:
        if column.holds == "value":
            value_sets[column.name] = {
                n: _shorten(label, SPSS_VALUE_LABEL) for n, label in value_labels(column, language).items()
            }
        elif column.holds == "dummy":
            value_sets[column.name] = {1: _("Chosen"), 0: _("Not chosen")}
    save_spss(
        [column.name for column in cols],
        list(table.rows(NUMBERS)),
        path,
        texts=[column.name for column in cols if column.holds == "text"],
        dates=[column.name for column in cols if column.holds == "date"],
        numbers=[column.name for column in cols if column.holds in ("value", "dummy", "number")],
        column_labels=[labels[column.name] for column in cols],
        variable_value_labels=value_sets,
        missing_ranges={column.name: list(column.missing) for column in cols if column.missing},
        note=list(_note_lines(codebook)) or None,
        variable_measure={
            column.name: column.measure if column.measure in ("nominal", "ordinal", "scale") else "nominal"
            for column in cols
        },
    )


def _note_lines(rows):
    """Codebook rows as the lines of SPSS documents: each row's cells joined with " | ", wrapped at word
    boundaries into lines of at most SPSS_NOTE_LINE bytes (a word longer than that is cut)."""
    for row in rows:
        text = " | ".join(str(cell) for cell in row if cell not in (None, ""))
        line = ""
        for word in text.split():
            candidate = f"{line} {word}" if line else word
            if len(candidate.encode()) <= SPSS_NOTE_LINE:
                line = candidate
                continue
            if line:
                yield line
            line = _shorten(word, SPSS_NOTE_LINE)
        if line:
            yield line


def _shorten(text, limit):
    """`text` in at most `limit` bytes of UTF-8, cut at a character and ending with an ellipsis when cut."""
    data = str(text).encode("utf-8")
    if len(data) <= limit:
        return str(text)
    return data[: limit - 3].decode("utf-8", errors="ignore") + "…"
