"""Exports read back with independent readers (csv, openpyxl, pyreadstat, zipfile, hashlib), against what the
respondents answered and the question texts written here, never against the code that wrote the files."""

import csv
import datetime
import hashlib
import io
import json
import zipfile

import openpyxl
import pandas
import pyreadstat
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from results.export_views import _recorded
from results.exporting import root
from results.models import Export, Indicator
from tests.factories import SurveyPageFactory, UserFactory, question, respond, section, translate
from tests.surveys.tasks import run_tasks

pytestmark = pytest.mark.django_db

LONG = "Kuinka tyytyväinen olet kotoutumista tukeviin palveluihin kunnassa, jossa asut nyt? " * 5
SECTIONS = [
    section(
        "Taustat",
        question("single_choice", "area", "Alue?", choices=[("n", "Pohjoinen"), ("s", "Etelä")]),
        question(
            "multiple_choice",
            "needs",
            "Tarpeet?",
            choices=[("work", "Työ"), ("study", "Opiskelu")],
            allow_other=True,
            required=False,
        ),
    ),
    section(
        "Palaute",
        question("agreement", "helpful", LONG),
        question("number", "hours", "Tuntia viikossa?", decimal=False, min_value=-10, max_value=100),
        question("date", "arrived", "Saapumispäivä?", required=False),
        question("long_text", "feedback", "Palaute?", required=False),
    ),
]
ANSWERS = [
    {
        "area": "n",
        "needs": ["work", "other"],
        "needs__other": '=HYPERLINK("https://evil.example","x")',
        "helpful": "agree",
        "hours": -2,
        "arrived": datetime.date(2025, 2, 3),
        "feedback": "@SUM(1,1)",
    },
    {"area": "s", "needs": ["study"], "helpful": "cant_say", "hours": 40, "feedback": "Hyvä"},
    {"area": "s", "needs": [], "helpful": "strongly_agree", "hours": 0},
]


@pytest.fixture
def survey():
    page = SurveyPageFactory(sections=json.dumps(SECTIONS), round_year=2025, series="kokeilu")
    page.responses_made = [respond(page, answers) for answers in ANSWERS]
    return page


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(groups=["Programme staff"]))
    return client


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")  # the byte order mark Excel needs to read UTF-8
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_answers_csv_with_codes_holds_what_each_respondent_answered(staff, survey):
    response = staff.get(f"/admin/results/{survey.pk}/export/answers.csv?values=codes")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'filename="kokeilu-2025-codes.csv"' in response["Content-Disposition"]
    rows = csv_rows(response)
    assert [row["response"] for row in rows] == [str(r.pk) for r in survey.responses_made]
    first, second, third = rows
    assert first["area"] == "n" and second["area"] == "s"
    assert (first["needs_work"], first["needs_study"], first["needs_other"]) == ("1", "0", "1")
    assert (second["needs_work"], second["needs_study"], second["needs_other"]) == ("0", "1", "0")
    assert (third["needs_work"], third["needs_study"]) == ("", "")  # not answered, not "not chosen"
    assert first["needs_other_text"] == '\'=HYPERLINK("https://evil.example","x")'  # never a live formula
    assert first["feedback"] == "'@SUM(1,1)"
    assert first["hours"] == "-2" and third["hours"] == "0"  # a negative number stays a number
    assert first["arrived"] == "2025-02-03" and second["arrived"] == ""
    assert [row["helpful"] for row in rows] == ["agree", "cant_say", "strongly_agree"]


def test_a_streamed_download_is_recorded_done_only_once_it_has_all_gone(staff, survey):
    """The audit log says what was taken: done, with its size, when the last byte went; failed when the client
    broke off; nothing for a HEAD request, which takes nothing (each was recorded as done before it was sent)."""
    url = f"/admin/results/{survey.pk}/export/answers.csv"
    before = set(Export.objects.values_list("pk", flat=True))
    assert staff.head(url).status_code == 200
    assert set(Export.objects.values_list("pk", flat=True)) == before

    whole = staff.get(url)
    record = Export.objects.latest("pk")
    assert record.state == Export.State.RUNNING and record.finished is None  # started, not yet taken
    content = b"".join(whole.streaming_content)
    record.refresh_from_db()
    assert record.state == Export.State.DONE and record.size == len(content) and record.finished

    # Broken off: the first chunk goes, then the client goes away and the server closes the stream.
    record = Export.objects.create(user=record.user, survey=survey, format="csv", language="fi", state="running")
    stream = _recorded(record, iter(["\ufeffresponse,area\r\n", "1,n\r\n"]))
    next(stream)
    stream.close()
    record.refresh_from_db()
    assert record.state == Export.State.FAILED and record.finished
    assert record.error == f"Lataus keskeytyi ennen loppuaan: {record.size} tavua oli lähetetty." and record.size > 0


def test_answers_csv_with_labels_reads_as_the_questions_were_written(staff, survey):
    rows = csv_rows(staff.get(f"/admin/results/{survey.pk}/export/answers.csv?values=labels&area="))
    header = list(rows[0])
    assert "Alue?" in header and "Tarpeet?: Työ" in header and LONG in header
    assert [row["Alue?"] for row in rows] == ["Pohjoinen", "Etelä", "Etelä"]
    assert [row[LONG] for row in rows] == ["Jokseenkin samaa mieltä", "En osaa sanoa", "Täysin samaa mieltä"]


def test_the_codebook_names_every_revision_the_round_was_answered_on(staff, survey):
    first = survey.live_revision_id
    survey.save_revision().publish()  # edited while open: later answers are given on the new revision
    survey.refresh_from_db()
    respond(survey, ANSWERS[1])
    text = staff.get(f"/admin/results/{survey.pk}/export/codebook.csv").content.decode("utf-8-sig")
    rounds = [row for row in csv.reader(io.StringIO(text)) if row and row[0] == "Kierros"]
    assert rounds == [["Kierros", "2025", "Vastatut versiot", f"{first}, {survey.live_revision_id}"]]


def test_the_codebook_travels_with_the_csv(staff, survey):
    """Every column of the CSV in the codebook, with its labels, and every value's code, number and label."""
    text = staff.get(f"/admin/results/{survey.pk}/export/codebook.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header = csv_rows(staff.get(f"/admin/results/{survey.pk}/export/answers.csv"))[0].keys()
    described = {row[0] for row in rows[1:] if row}
    assert set(header) <= described
    assert ["helpful", "cant_say", "9", "", "En osaa sanoa"] in rows
    assert ["needs_work", "needs", "dummy", "nominal", "Tarpeet?: Työ"] in rows
    assert [row[:4] for row in rows if row and row[0] == "Kierros"] == [
        ["Kierros", "2025", "Vastatut versiot", str(survey.live_revision_id)]
    ]
    rule = [row[1] for row in rows if row and row[0] == "Pienet ryhmät"]
    assert rule == [
        "Yksittäisten vastausten tiedostoja ei suojata; julkaistuissa luvuissa alle 5 vastaajan ryhmät piilotetaan."[
            :200
        ]
    ]


def test_the_csv_is_streamed_in_a_fixed_number_of_queries(staff, survey):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            csv_rows(staff.get(f"/admin/results/{survey.pk}/export/answers.csv"))
        return len(captured)

    queries()  # the codebook, computed once and kept
    before = queries()
    for answers in ANSWERS * 3:
        respond(survey, answers)
    assert queries() == before


@pytest.fixture
def make(django_capture_on_commit_callbacks):
    """make(client, survey, format, values, query): an export asked for, written by the worker, downloaded."""

    def made(client, survey, format, values="labels", query=""):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/admin/results/{survey.pk}/export/start/{query}", {"format": format, "values": values}
            )
        return _finish(client, response)

    return made


def _finish(client, response):
    assert response.status_code == 302
    export = Export.objects.latest("pk")
    assert response["Location"] == f"/admin/results/exports/{export.pk}/"
    assert "Odottaa" in client.get(response["Location"]).content.decode()  # queued, shown as waiting
    run_tasks("exports")
    export.refresh_from_db()
    assert export.state == Export.State.DONE, export.error
    page = client.get(f"/admin/results/exports/{export.pk}/").content.decode()
    assert f"/admin/results/exports/{export.pk}/download/" in page
    download = client.get(f"/admin/results/exports/{export.pk}/download/")
    assert download.status_code == 200
    return export, b"".join(download.streaming_content)


def test_an_xlsx_export_has_the_answers_and_the_codebook_and_no_formula(staff, survey, make, tmp_path):
    translate(survey, "sv")
    for answers in ANSWERS[1:]:
        respond(survey, answers, language="sv")
    export, content = make(staff, survey, "xlsx", query="?language=sv")
    assert export.filters == {"language": "sv"} and export.file_name.endswith("kokeilu-2025-language-sv-labels.xlsx")
    path = tmp_path / "read.xlsx"
    path.write_bytes(content)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["2025", "Koodikirja"]
    data = workbook["2025"]
    assert all(cell.data_type != "f" for row in workbook["2025"].iter_rows() for cell in row)
    header = [cell.value for cell in data[1]]
    rows = [dict(zip(header, (cell.value for cell in row), strict=True)) for row in data.iter_rows(min_row=2)]
    assert len(rows) == 2  # the filter: answered in Swedish
    assert [row["Alue?"] for row in rows] == ["Etelä", "Etelä"]
    assert [row["Tuntia viikossa?"] for row in rows] == [40, 0]
    codebook = [[cell.value for cell in row] for row in workbook["Koodikirja"].iter_rows()]
    assert ["helpful", "agree", 4, None, "Jokseenkin samaa mieltä"] in [row[:5] for row in codebook]
    assert ["helpful", "cant_say", 9, None, "En osaa sanoa"] in [row[:5] for row in codebook]
    assert any(row[:2] == ["helpful", "helpful"] and LONG in row for row in codebook)


def test_a_formula_in_an_xlsx_is_text_shown_as_typed(staff, survey, make, tmp_path):
    _export, content = make(staff, survey, "xlsx", values="codes")
    path = tmp_path / "read.xlsx"
    path.write_bytes(content)
    sheet = openpyxl.load_workbook(path)["2025"]
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("needs_other_text") + 1)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("https://evil.example","x")'
    assert cell.quotePrefix  # Excel keeps it text even when the cell is edited


def test_an_spss_file_keeps_the_codebooks_numbers_and_labels(staff, survey, make, tmp_path):
    _export, content = make(staff, survey, "sav")
    path = tmp_path / "read.sav"
    path.write_bytes(content)
    data, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert list(data["helpful"]) == [4, 9, 5]  # agree 4, can't say 9, strongly agree 5
    assert meta.variable_value_labels["helpful"][9] == "En osaa sanoa"
    assert meta.variable_value_labels["helpful"][4] == "Jokseenkin samaa mieltä"
    assert meta.missing_ranges["helpful"] == [{"lo": 9.0, "hi": 9.0}]
    assert meta.variable_measure["helpful"] == "ordinal"
    labels = meta.column_names_to_labels
    assert len(labels["helpful"].encode()) <= 256 and LONG.startswith(labels["helpful"][:-1])  # shortened
    assert labels["area"] == "Alue?" and meta.variable_value_labels["area"] == {1: "Pohjoinen", 2: "Etelä"}
    assert list(data["needs_work"][:2]) == [1, 0] and list(data["hours"]) == [-2, 40, 0]
    assert data["needs_other_text"][0] == '\'=HYPERLINK("https://evil.example","x")'
    # A date is a date (it was 1 January 1970 in every file written with pandas 3).
    assert meta.original_variable_types["arrived"].startswith("DATE")
    assert data["arrived"][0] == datetime.date(2025, 2, 3) and pandas.isna(data["arrived"][1])
    # The codebook travels inside the file, as its documents: the shortened label given in full there.
    assert all(len(line.encode()) <= 80 for line in meta.notes)
    assert " ".join(LONG.split()) in " ".join(meta.notes)
    assert any(line.startswith("needs_work | needs") for line in meta.notes)


def test_an_spss_file_of_nobody_keeps_its_variables_numeric(staff, survey, make, tmp_path):
    translate(survey, "sv")  # nobody answered in Swedish
    _export, content = make(staff, survey, "sav", query="?language=sv")
    path = tmp_path / "read.sav"
    path.write_bytes(content)
    data, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert len(data) == 0
    assert meta.readstat_variable_types["helpful"] == "double" and meta.readstat_variable_types["hours"] == "double"
    assert meta.missing_ranges["helpful"] == [{"lo": 9.0, "hi": 9.0}]
    assert meta.variable_value_labels["area"] == {1: "Pohjoinen", 2: "Etelä"}


def test_an_spss_file_with_a_question_nobody_answered_keeps_it_numeric(staff, make, tmp_path):
    sections = [
        section(
            "Palaute",
            question("yes_no", "moved", "Muutitko?"),
            question("agreement", "housing", "Asunto?", required=False),
        )
    ]
    survey = SurveyPageFactory(sections=json.dumps(sections), round_year=2025, series="tyhja")
    for answer in ("yes", "no", "yes"):
        respond(survey, {"moved": answer})
    _export, content = make(staff, survey, "sav")
    path = tmp_path / "read.sav"
    path.write_bytes(content)
    data, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert len(data) == 3 and data["housing"].isna().all()
    assert meta.readstat_variable_types["housing"] == "double"
    assert meta.variable_value_labels["housing"][9] == "En osaa sanoa"


def test_the_evaluation_bundle_holds_every_round_with_checksums(staff, survey, tmp_path, make):
    later = SurveyPageFactory(sections=json.dumps(SECTIONS), round_year=2026, series="kokeilu")
    Indicator.objects.create(
        locale=later.locale,
        code="hours_total",
        name="Tunnit",
        kind="output",
        goal="reception",
        series="kokeilu",
        measure="sum",
        question="hours",
    )
    respond(later, ANSWERS[0])
    _export, content = make(staff, later, "zip")
    bundle = zipfile.ZipFile(io.BytesIO(content))
    names = sorted(bundle.namelist())
    assert names == sorted(
        ["README.txt", "kokeilu-2026-labels.xlsx"]
        + [f"kokeilu-2026-labels-{year}.{ext}" for year in (2025, 2026) for ext in ("csv", "sav")]
    )
    readme = bundle.read("README.txt").decode()
    for name in names:
        if name != "README.txt":
            assert hashlib.sha256(bundle.read(name)).hexdigest() in readme, name
    assert "2025: " in readme and "2026: " in readme and _export.username in readme  # rounds, who made it
    (tmp_path / "book.xlsx").write_bytes(bundle.read("kokeilu-2026-labels.xlsx"))
    workbook = openpyxl.load_workbook(tmp_path / "book.xlsx")
    assert workbook.sheetnames == ["2025", "2026", "Koodikirja", "Indikaattorit"]
    rows = [[cell.value for cell in row] for row in workbook["Indikaattorit"].iter_rows()]
    assert rows[0][-2:] == [2025, 2026]
    assert rows[1][0] == "hours_total" and rows[1][-2:] == ["..", ".."]  # 3 and 1 respondents: under k
    rows = list(csv.reader(io.StringIO(bundle.read("kokeilu-2026-labels-2025.csv").decode("utf-8-sig"))))
    assert len(rows) == 1 + len(ANSWERS)


def test_the_bundles_codebook_marks_a_break_across_a_round_that_did_not_ask(staff, survey, make, tmp_path):
    def without_area():
        sections = json.loads(json.dumps(SECTIONS))
        sections[0]["value"]["questions"] = sections[0]["value"]["questions"][1:]
        return sections

    SurveyPageFactory(sections=json.dumps(without_area()), round_year=2026, series="kokeilu")
    reworded = json.loads(json.dumps(SECTIONS))
    reworded[0]["value"]["questions"][0]["value"]["label"] = "Millä alueella asut nyt?"
    latest = SurveyPageFactory(sections=json.dumps(reworded), round_year=2027, series="kokeilu")
    respond(latest, ANSWERS[1])
    _export, content = make(staff, latest, "zip")
    bundle = zipfile.ZipFile(io.BytesIO(content))
    (tmp_path / "book.xlsx").write_bytes(bundle.read("kokeilu-2027-labels.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "book.xlsx")["Koodikirja"]
    breaks = [[cell.value for cell in row][:3] for row in sheet.iter_rows() if row[0].value == "Katko aikasarjassa"]
    assert breaks == [["Katko aikasarjassa", 2027, "area"]]  # 2027's wording against 2025's, across 2026
    # Each round's codebook in its own wording: 2025's question is there as 2025 asked it, not only 2027's.
    labels = [[cell.value for cell in row] for row in sheet.iter_rows() if row[0].value == "area"]
    assert [row[4] for row in labels if row[1] == "area"] == ["Alue?", "Millä alueella asut nyt?"]
    # Each round's SPSS file carries its own round's codebook; the README names the revisions each answered.
    (tmp_path / "2025.sav").write_bytes(bundle.read("kokeilu-2027-labels-2025.sav"))
    notes = " ".join(pyreadstat.read_sav(str(tmp_path / "2025.sav"), metadataonly=True)[1].notes)
    assert "Alue?" in notes and "Millä alueella" not in notes
    readme = bundle.read("README.txt").decode()
    assert f"- 2025: vastatut versiot {survey.live_revision_id}" in readme
    assert f"- 2027: vastatut versiot {latest.live_revision_id}" in readme


def test_an_export_whose_worker_died_ends_failed_and_can_be_tried_again(
    staff, survey, django_capture_on_commit_callbacks
):
    user = UserFactory(groups=["Programme staff"])
    staff.force_login(user)
    export = Export.objects.create(
        user=user, username=user.username, survey=survey, survey_title=survey.title, format="sav", language="fi"
    )
    Export.objects.filter(pk=export.pk).update(
        state="running", heartbeat=timezone.now() - datetime.timedelta(minutes=5)
    )
    page = staff.get(f"/admin/results/exports/{export.pk}/").content.decode()
    export.refresh_from_db()
    assert export.state == Export.State.FAILED and "Yritä uudelleen" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(f"/admin/results/exports/{export.pk}/retry/")
    again = Export.objects.latest("pk")
    assert again.pk != export.pk and response["Location"] == f"/admin/results/exports/{again.pk}/"
    run_tasks("exports")
    again.refresh_from_db()
    assert again.state == Export.State.DONE


def test_an_export_that_raises_ends_failed_with_its_reason(staff, survey, make, monkeypatch):
    from results import files

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(files, "write_spss", broken)
    with pytest.raises(AssertionError):
        make(staff, survey, "sav")
    export = Export.objects.latest("pk")
    assert export.state == Export.State.FAILED and "disk full" in export.error
    assert "disk full" in staff.get(f"/admin/results/exports/{export.pk}/").content.decode()


def test_expired_files_are_removed_and_their_record_stays(staff, survey, make):
    from django.core.management import call_command

    export, _content = make(staff, survey, "xlsx")
    path = root() / export.file_name
    assert path.exists()
    Export.objects.filter(pk=export.pk).update(expires=timezone.now() - datetime.timedelta(seconds=1))
    call_command("remove_expired_exports", stdout=io.StringIO())
    export.refresh_from_db()
    assert not path.exists() and export.state == Export.State.EXPIRED
    assert staff.get(f"/admin/results/exports/{export.pk}/download/").status_code == 404
    log = staff.get("/admin/results/exports/").content.decode()
    assert survey.title in log


def test_a_file_past_its_time_is_not_given_even_before_the_command_removes_it(staff, survey, make):
    export, _content = make(staff, survey, "xlsx")
    Export.objects.filter(pk=export.pk).update(expires=timezone.now() - datetime.timedelta(seconds=1))
    assert (root() / export.file_name).exists()
    assert staff.get(f"/admin/results/exports/{export.pk}/download/").status_code == 404


def test_a_download_given_at_once_has_no_file_to_fetch_again(staff, survey):
    response = staff.get(f"/admin/results/{survey.pk}/export/answers.csv")
    b"".join(response.streaming_content)
    export = Export.objects.latest("pk")
    assert export.state == Export.State.DONE and export.file_name == ""
    assert staff.get(f"/admin/results/exports/{export.pk}/download/").status_code == 404  # was a 500


def test_an_export_no_worker_takes_up_ends_failed_and_its_leftovers_go(staff, survey):
    from results.exporting import mark_stalled, remove_expired

    user = UserFactory(groups=["Programme staff"])
    export = Export.objects.create(
        user=user, username=user.username, survey=survey, survey_title=survey.title, format="zip", language="fi"
    )
    Export.objects.filter(pk=export.pk).update(created=timezone.now() - datetime.timedelta(hours=1))
    assert mark_stalled() == 1
    export.refresh_from_db()
    assert export.state == Export.State.FAILED and export.error
    (root() / f"{export.pk}-kokeilu-2025-labels.parts").mkdir()  # as a bundle killed midway leaves it
    (root() / f"{export.pk}-kokeilu-2025-labels.parts" / "a.csv").write_text("x")
    Export.objects.filter(pk=export.pk).update(created=timezone.now() - datetime.timedelta(days=30))
    assert remove_expired() == 1 and not list(root().glob(f"{export.pk}-*"))


def test_an_export_counted_as_stalled_is_not_finished_by_its_late_worker(staff, survey, monkeypatch):
    from results import exporting

    user = UserFactory(groups=["Programme staff"])
    export = Export.objects.create(
        user=user, username=user.username, survey=survey, survey_title=survey.title, format="sav", language="fi"
    )
    real = exporting._write

    def slow(export):  # the worker took too long: the page counted it as stalled meanwhile
        written = real(export)
        Export.objects.filter(pk=export.pk).update(state=Export.State.FAILED, error="stalled")
        return written

    monkeypatch.setattr(exporting, "_write", slow)
    exporting.write_export.call(export.pk)
    export.refresh_from_db()
    assert export.state == Export.State.FAILED and not list(root().glob(f"{export.pk}-*"))


def test_a_working_group_member_downloads_only_the_figures_assigned_and_protected(client, survey):
    from wagtail.models import Locale

    from results.models import Assignment, WorkingGroup

    for _i in range(6):
        respond(survey, ANSWERS[2])  # 7 with area s and needs none; area n: 1, s: 8
    member = UserFactory(groups=["Working group members"])
    group = WorkingGroup.objects.create(name="Ryhmä", locale=Locale.get_default())
    group.members.add(member)
    group.save()
    Assignment.objects.create(group=group, series="kokeilu", questions="area helpful")
    client.force_login(member)
    text = client.get(f"/admin/results/{survey.pk}/export/figures.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert {row[0] for row in rows[1:]} == {"area", "helpful"}
    area = {row[2]: row[4] for row in rows[1:] if row[0] == "area"}
    assert area == {"n": "..", "s": ".."}  # 1 is under 5, and 8 would give it away against the total of 9
    assert client.get(f"/admin/results/{survey.pk}/export/answers.csv").status_code == 404
    assert client.post(f"/admin/results/{survey.pk}/export/start/", {"format": "xlsx"}).status_code == 404
    assert Export.objects.filter(user=member).count() == 1  # the figures, recorded


def test_the_export_log_pages_through_every_export_in_fixed_queries(staff, survey):
    import re

    from tests.factories import ExportFactory

    maker = UserFactory()
    ExportFactory.create_batch(130, user=maker, survey=survey)

    def listed(page):
        with CaptureQueriesContext(connection) as queries:
            html = staff.get(f"/admin/results/exports/?page={page}").content.decode()
        return html.count(maker.username), len(queries), html

    first, first_queries, html = listed(1)
    second, second_queries, _html = listed(2)
    assert Export.objects.filter(user=maker).count() == 130 and (first, second) == (100, 30)
    assert re.search(r'href="\?page=2" rel="next"', html) and first_queries == second_queries
