"""Exports at scale, on the results benchmark's 100,000 responses (1,000,000 answers), each measured side by side
with its reference in the same run: the streamed CSV against a raw cursor feeding csv.writer the same answers;
the XLSX against xlsxwriter's constant-memory mode writing the same rows; the SPSS file against pyreadstat
writing the same data frame (these two as each side's fastest of several runs, taken in turn); and the evaluation
bundle's time and peak memory. Memory is Python's own
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


def _side_by_side(ours, reference, times):
    """(ours s, reference s), each the fastest of `times` runs taken in turn: a slow moment of the machine (the
    other core busy, a checkpoint of PostgreSQL) falls on one run of either side, not on the one figure of one."""
    best_ours = best_reference = float("inf")
    for _i in range(times):
        best_reference = min(best_reference, _timed(reference)[0])
        best_ours = min(best_ours, _timed(ours)[0])
    return best_ours, best_reference


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

    our_xlsx, ref_xlsx = _side_by_side(
        lambda: files.write_xlsx(directory / "our.xlsx", [("2025", table)]), reference_xlsx, times=3
    )
    xlsx_memory = _peak(lambda: files.write_xlsx(directory / "our2.xlsx", [("2025", table)]))
    numbers = list(table.rows(NUMBERS))
    frame = pandas.DataFrame(numbers, columns=[column.name for column in table.columns])
    read = _Read(table, numbers)
    our_sav, ref_sav = _side_by_side(
        lambda: files.write_spss(directory / "our.sav", read, "fi"),
        lambda: pyreadstat.write_sav(frame, str(directory / "ref.sav")),
        times=5,
    )
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
    ours = {"CSV": (csv_seconds, csv_memory), "XLSX": (our_xlsx, xlsx_memory)}
    _wagtail_peer(report, survey, book, client, ours)


def _peer_page(survey, book):
    """Wagtail's form page with a field for each of the round's variables (labelled as in the codebook), and a
    submission for each response holding the same answers as JSON, as Wagtail keeps them: a choice by its label,
    a multiple choice as a list of labels, a number as a number. Written by SQL, like the responses."""
    import json

    from formpeer.models import PeerFormField, PeerFormPage
    from wagtail.models import Page

    page = Page.get_first_root_node().add_child(instance=PeerFormPage(title="Peer", slug="peer-form"))
    kinds = {"multiple_choice": "checkboxes", "number": "number"}
    for order, variable in enumerate(book.variables):
        PeerFormField.objects.create(
            page=page,
            sort_order=order,
            clean_name=variable.name,
            label=book.label(variable, "fi"),
            field_type=kinds.get(variable.kind, "dropdown" if variable.values else "singleline"),
            required=False,
        )
    labels = {variable.name: book.value_labels(variable, "fi") for variable in book.variables}
    multiple = [variable.name for variable in book.variables if variable.kind == "multiple_choice"]
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailforms_formsubmission (form_data, page_id, submit_time) "
            "SELECT jsonb_object_agg(question, value), %s, TIMESTAMP '2025-03-01 12:00' FROM ("
            " SELECT response_id, question, CASE WHEN question = ANY(%s) THEN jsonb_agg(value) "
            " ELSE (array_agg(value))[1] END AS value FROM ("
            "  SELECT a.response_id, a.question, CASE WHEN a.choice <> '' "
            "  THEN to_jsonb(COALESCE(%s::jsonb -> a.question ->> a.choice, a.choice)) "
            "  WHEN a.number IS NOT NULL THEN to_jsonb(a.number::float8) ELSE to_jsonb(a.text) END AS value "
            "  FROM surveys_answer a JOIN surveys_surveyresponse r ON r.id = a.response_id "
            "  WHERE r.survey_id = %s AND r.status = 'submitted') answers GROUP BY response_id, question"
            ") questions GROUP BY response_id",
            [page.pk, multiple, json.dumps(labels), survey.pk],
        )
        cursor.execute("ANALYZE wagtailforms_formsubmission")
    return page


def _wagtail_peer(report, survey, book, client, ours):
    """Wagtail's own export of the form submissions (its CSV streamed, its XLSX written with openpyxl inside the
    request) of the same answers, timed and measured as ours are."""
    from wagtail.contrib.forms.models import FormSubmission

    page = _peer_page(survey, book)
    submissions = FormSubmission.objects.filter(page=page).count()
    report(f"\nthe peer: Wagtail's form-submission export of the same answers ({submissions:,} submissions as JSON)")
    report(f"{'export':<8} {'Wagtail s':>10} {'ours s':>8} {'ours faster':>12} {'Wagtail MB':>11} {'ours MB':>8}")
    for label, export in [("CSV", "csv"), ("XLSX", "xlsx")]:
        url = f"/admin/forms/submissions/{page.pk}/?export={export}"

        def peer(url=url):
            response = client.get(url)
            assert response.status_code == 200, response.status_code
            for _chunk in response.streaming_content:
                pass

        seconds, _ = _timed(peer)
        memory = _peak(peer)
        our_seconds, our_memory = ours[label]
        report(
            f"{label:<8} {seconds:>10.1f} {our_seconds:>8.1f} {seconds / our_seconds:>12.1f} {memory:>11.0f} "
            f"{our_memory:>8.0f}"
        )


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
