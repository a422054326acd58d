"""Exports at scale, on the results benchmark's 100,000 responses (1,000,000 answers), each measured side by side
with its reference in the same run: the streamed CSV against a raw cursor feeding csv.writer the same answers;
the XLSX against xlsxwriter's constant-memory mode writing the same rows; the SPSS file against pyreadstat
writing the same data frame; and the evaluation bundle's time and peak memory. Memory is Python's own
allocation peak (tracemalloc), measured in a run of its own."""

import csv
import io
import tempfile
import time
import tracemalloc
from pathlib import Path

from django.db import connection

MB = 1024 * 1024


def _timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def _peak(function):
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()


def _raw_csv(survey):
    """A raw server-side cursor over the round's answers, in response order, fed to csv.writer."""
    out = io.StringIO()
    writer = csv.writer(out)
    with connection.connection.cursor(name="bench_raw", withhold=True) as cursor:
        cursor.itersize = 5000
        cursor.execute(
            "SELECT a.response_id, a.question, a.choice, a.number, a.text, a.date FROM surveys_answer a "
            "JOIN surveys_surveyresponse r ON r.id = a.response_id WHERE r.survey_id = %s AND r.status = "
            "'submitted' ORDER BY a.response_id",
            [survey.pk],
        )
        for row in cursor:
            writer.writerow(row)
            if out.tell() > 1 << 20:
                out.seek(0)
                out.truncate()


class _Read:
    """A table whose rows have already been read from the database: the SPSS writer alone is timed against
    pyreadstat writing the same data frame."""

    def __init__(self, table, rows):
        self.columns, self._rows = table.columns, rows

    def rows(self, values=None):
        return iter(self._rows)


def export_benchmarks(report, survey, client):
    import pandas
    import pyreadstat
    import xlsxwriter
    from django.conf import settings

    from results import files
    from results.aggregates import respondents
    from results.microdata import LABELS, NUMBERS
    from results.rounds import round_codebook

    settings.EXPORT_ROOT = Path(tempfile.mkdtemp())  # the bundle's files, not the checkout's exports/
    url = f"/admin/results/{survey.pk}/export/answers.csv?values=labels"

    def our_csv():
        response = client.get(url)
        chunks = iter(response.streaming_content)
        first = time.perf_counter()
        next(chunks)
        first = time.perf_counter() - first
        for _chunk in chunks:
            pass
        return first

    raw_seconds, _ = _timed(lambda: _raw_csv(survey))
    csv_seconds, first_byte = _timed(our_csv)
    csv_memory = _peak(our_csv)
    book = round_codebook(survey)
    table = files.Table(survey, book, book.variables, respondents(survey, book=book), LABELS, "fi")
    rows = list(table.rows())
    directory = Path(tempfile.mkdtemp())

    def reference_xlsx():
        workbook = xlsxwriter.Workbook(str(directory / "ref.xlsx"), {"constant_memory": True})
        sheet = workbook.add_worksheet("2025")
        sheet.write_row(0, 0, table.header())
        for number, row in enumerate(rows, start=1):
            sheet.write_row(number, 0, row)
        workbook.close()

    ref_xlsx, _ = _timed(reference_xlsx)
    our_xlsx, _ = _timed(lambda: files.write_xlsx(directory / "our.xlsx", [("2025", table)]))
    xlsx_memory = _peak(lambda: files.write_xlsx(directory / "our2.xlsx", [("2025", table)]))
    numbers = list(table.rows(NUMBERS))
    frame = pandas.DataFrame(numbers, columns=[column.name for column in table.columns])
    ref_sav, _ = _timed(lambda: pyreadstat.write_sav(frame, str(directory / "ref.sav")))
    read = _Read(table, numbers)
    our_sav, _ = _timed(lambda: files.write_spss(directory / "our.sav", read, "fi"))
    whole_sav, _ = _timed(lambda: files.write_spss(directory / "whole.sav", table, "fi"))
    answers = table.respondents.values("answers").count()
    report(f"\nexports benchmark: {table.respondents.count():,} responses, {answers:,} answers")
    report(f"{'export':<8} {'ours s':>8} {'reference s':>12} {'ratio':>7}  {'target':<34} peak MB")
    csv_rate = raw_seconds / csv_seconds
    report(
        f"{'CSV':<8} {csv_seconds:>8.1f} {raw_seconds:>12.1f} {csv_rate:>7.2f}  rows/s >= 0.5 of a raw cursor   "
        f"{csv_memory:>7.0f} (< 50)"
    )
    report(f"{'':<8} first byte in {first_byte * 1000:.0f} ms (target < 1000)")
    report(
        f"{'XLSX':<8} {our_xlsx:>8.1f} {ref_xlsx:>12.1f} {ref_xlsx / our_xlsx:>7.2f}  rows/s >= 0.7 of xlsxwriter's "
        f"{xlsx_memory:>7.0f} (< 200)"
    )
    report(f"{'SPSS':<8} {our_sav:>8.1f} {ref_sav:>12.1f} {our_sav / ref_sav:>7.2f}  time <= 2 x pyreadstat's (frame)")
    report(f"{'':<8} from the database to the file: {whole_sav:.1f} s")
    bundle_seconds, bundle_memory = _bundle(survey, client)
    label = "every round: XLSX, CSV, SPSS, README"
    report(f"{'bundle':<8} {bundle_seconds:>8.1f} {'':>12} {'':>7}  {label:<34} {bundle_memory:>7.0f}")


def _bundle(survey, client):
    """The evaluation bundle of every round of the series, written by the export task in this process: its time,
    then its peak memory in a second run."""
    from django.contrib.auth import get_user_model

    from results.exporting import start, write_export

    user = get_user_model().objects.get(username="bench")

    def made():
        export = start(user, survey, "zip", "labels", "fi", {})
        write_export.call(export.pk)
        export.refresh_from_db()
        assert export.state == "done", export.error

    seconds, _ = _timed(made)
    return seconds, _peak(made)
