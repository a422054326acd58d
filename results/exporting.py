"""Exports that take longer than a request: XLSX, SPSS and the evaluation bundle are written by a background task
(django-tasks, the database backend "exports", run by `db_worker --backend exports`) into EXPORT_ROOT, outside
the media the site serves; the record (results.models.Export) shows the progress. A worker that dies leaves its
export "being written" with a heartbeat that stops: after STALLED_AFTER without one it counts as failed and can be
tried again. Files are removed EXPORT_DAYS after they are written (`remove_expired_exports`)."""

import hashlib
import logging
import shutil
import zipfile
from datetime import timedelta
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_tasks import task

from . import aggregates, files, suppression
from .access import Access
from .aggregates import breaks_series
from .filtering import filtered
from .microdata import LABELS
from .models import Export, Indicator
from .rounds import round_codebook, rounds_of

logger = logging.getLogger(__name__)
STALLED_AFTER = timedelta(minutes=2)
NEVER_STARTED_AFTER = timedelta(minutes=30)  # queued this long: no worker is taking exports
PROGRESS_EVERY = 1000


def root():
    path = Path(settings.EXPORT_ROOT)
    path.mkdir(parents=True, exist_ok=True)
    return path


def file_stem(survey, filters, values):
    """A file name saying what is in it: the survey's series and year, the filters applied, codes or labels."""
    parts = [survey.series or survey.slug, str(survey.round_year)]
    parts += [f"{name}-{value}" for name, value in sorted(filters.items()) if value]
    parts.append(values)
    return slugify("-".join(parts).replace(":", "-"))


def record(user, survey, format, values, language, filters, **fields):
    """An export's record: who asked for what, with which filters (the audit log)."""
    return Export.objects.create(
        user=user,
        username=user.get_username(),
        survey=survey,
        survey_title=survey.title,
        format=format,
        values=values,
        language=language,
        filters=filters,
        **fields,
    )


def start(user, survey, format, values, language, filters):
    """Record an export and queue it once the record is committed."""
    export = record(user, survey, format, values, language, filters)
    transaction.on_commit(partial(write_export.enqueue, export.pk))
    return export


def again(export):
    """A failed export tried again: a new record with the same request."""
    return start(export.user, export.survey, export.format, export.values, export.language, export.filters)


def mark_stalled():
    """Exports whose worker stopped beating count as failed, and so do those no worker has taken up."""
    now = timezone.now()
    stalled = Export.objects.filter(state=Export.State.RUNNING, heartbeat__lt=now - STALLED_AFTER).update(
        state=Export.State.FAILED, error=_("The export stopped before it was finished. Try again.")
    )
    waiting = Export.objects.filter(state=Export.State.QUEUED, created__lt=now - NEVER_STARTED_AFTER).update(
        state=Export.State.FAILED, error=_("No worker started the export. Try again later, or tell the administrators.")
    )
    return stalled + waiting


@task(backend="exports")
def write_export(export_id):
    export = Export.objects.get(pk=export_id)
    if export.state != Export.State.QUEUED:
        return
    Export.objects.filter(pk=export.pk).update(state=Export.State.RUNNING, heartbeat=timezone.now())
    try:
        with translation.override(export.language):
            name, size = _write(export)
    except Exception as error:  # the record says it failed; the worker goes on with the next task
        logger.exception("export %s failed", export.pk)
        Export.objects.filter(pk=export.pk).update(
            state=Export.State.FAILED, error=f"{type(error).__name__}: {error}"[:2000], finished=timezone.now()
        )
        return
    now = timezone.now()
    finished = Export.objects.filter(pk=export.pk, state=Export.State.RUNNING).update(
        state=Export.State.DONE,
        file_name=name,
        size=size,
        finished=now,
        heartbeat=now,
        expires=now + timedelta(days=settings.EXPORT_DAYS),
    )
    if not finished:  # counted as stalled meanwhile (and perhaps tried again): its file is not offered
        _remove_files(export)


class _Progress:
    """Counts the rows written and beats the export's heartbeat every PROGRESS_EVERY rows."""

    def __init__(self, export):
        self.export, self.rows = export, 0

    def counted(self, rows):
        for row in rows:
            self.rows += 1
            if self.rows % PROGRESS_EVERY == 0:
                Export.objects.filter(pk=self.export.pk).update(rows=self.rows, heartbeat=timezone.now())
            yield row


class _CountedTable(files.Table):
    def __init__(self, progress, *args):
        super().__init__(*args)
        self.progress = progress

    def rows(self, values=None):
        return self.progress.counted(super().rows(values))


def _tables(export, survey, progress):
    """[(survey round, table)]: the export's round, or for a bundle every round of its series the user may see."""
    access = Access(export.user)
    rounds = [survey]
    if export.format == Export.Format.BUNDLE:
        rounds = rounds_of(survey)
    # The filters as the export's own round offers them, its areas as its year had them, in every round.
    _form, filters, _respondents = filtered(export.filters, survey, round_codebook(survey))
    tables = []
    for one in rounds:
        book = round_codebook(one)
        respondents = aggregates.respondents(one, filters, book)
        variables = access.variables(one, book)
        table = _CountedTable(progress, one, book, variables, respondents, export.values, export.language)
        tables.append((one, table))
    return tables


def _write(export):
    survey = export.survey
    if survey is None or not Access(export.user).responses(survey):
        raise PermissionError(_("You may not export these answers."))
    progress = _Progress(export)
    tables = _tables(export, survey, progress)
    total = sum(table.respondents.count() for _round, table in tables)
    Export.objects.filter(pk=export.pk).update(total=total * (3 if export.format == Export.Format.BUNDLE else 1))
    stem = file_stem(survey, export.filters, export.values)
    path = root() / f"{export.pk}-{stem}.{export.format}"
    if export.format == Export.Format.XLSX:
        files.write_xlsx(path, [(str(survey.round_year), tables[0][1])], [_codebook_sheet(tables)])
    elif export.format == Export.Format.SAV:
        files.write_spss(path, tables[0][1], export.language, _codebook_sheet(tables)[1])
    elif export.format == Export.Format.BUNDLE:
        _bundle(export, path, stem, tables)
    else:
        raise ValueError(f"not a background export: {export.format}")
    return path.name, path.stat().st_size


def answered_revisions(respondents):
    """The survey revisions the responses `respondents` were given on (a round edited while open has several)."""
    return sorted(respondents.order_by().values_list("revision_id", flat=True).distinct())


def _codebook_sheet(tables, shown=None):
    """("Codebook", rows): the codebook of each round in `shown` (every round of `tables` unless given), in its
    own wording and values, then every round's revisions and breaks in series, and the small-groups rule."""
    rows = []
    for one, table in tables if shown is None else shown:
        rows += [[_("Round"), one.round_year], *files.codebook_rows(table.book, table.columns)]
    rows += files.series_rows(_rounds(tables), protection(tables[-1][1].survey))
    return (_("Codebook"), rows)


def _rounds(tables):
    """[(year, revisions answered, breaks in series)] of each round."""
    return [(one.round_year, answered_revisions(table.respondents), _breaks(tables, one)) for one, table in tables]


def _breaks(tables, survey):
    """The variables of `survey`'s round whose wording or choices changed since the last round before it that
    asked them (as a trend compares them)."""
    years = [one.round_year for one, _table in tables]
    index = years.index(survey.round_year)
    earlier = [table.book for _one, table in reversed(tables[:index])]
    found = []
    for variable in tables[index][1].book.variables:
        before = next((v for book in earlier for v in book.variables if v.name == variable.name), None)
        if breaks_series(before, variable):
            found.append(variable.name)
    return found


def _indicator_sheet(export, tables):
    """("Indicators", rows): the indicators of the survey's series, computed for every round with the filters."""
    from .indicators import in_language, value

    survey = export.survey
    _form, filters, _respondents = filtered(export.filters, survey, round_codebook(survey))
    rounds = [one for one, _table in tables]
    header = [_("Code"), _("Name"), _("Output or result"), _("Unit"), _("Programme goal"), _("EU AMIF indicator")]
    rows = [[*header, _("Baseline"), _("Target"), *[one.round_year for one in rounds]]]
    defined = list(Indicator.objects.filter(locale=survey.locale, series=survey.series))
    for indicator, shown in zip(defined, in_language(defined), strict=True):  # names in the export's language
        values = [value(indicator, one, filters) for one in rounds]
        rows.append(
            [
                indicator.code,
                shown.name,
                indicator.get_kind_display(),
                shown.unit,
                indicator.get_goal_display(),
                shown.amif_indicator,
                indicator.baseline,
                indicator.target,
                *[suppression.SYMBOL if v.hidden else v.value for v in values],
            ]
        )
    return (_("Indicators"), rows)


def protection(survey):
    if not survey.suppresses:
        return _("not applied: individual answers")
    return _("Files of individual answers are not protected; published figures hide groups under %(k)s.") % {
        "k": survey.small_group_threshold
    }


def _bundle(export, path, stem, tables):
    """The evaluation bundle: a workbook (a sheet per round and the codebook), each round as CSV and SPSS, and a
    README saying what is in it, who made it and when, with each file's SHA-256."""
    directory = path.with_suffix(".parts")
    directory.mkdir(exist_ok=True)
    written = []
    workbook = directory / f"{stem}.xlsx"
    sheets = [(str(one.round_year), table) for one, table in tables]
    codebook = _codebook_sheet(tables)
    files.write_xlsx(workbook, sheets, [codebook, _indicator_sheet(export, tables)])
    written.append(workbook)
    for one, table in tables:
        csv_path = directory / f"{stem}-{one.round_year}.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as out:
            for chunk in files.csv_chunks(table):
                out.write(chunk)
        sav_path = directory / f"{stem}-{one.round_year}.sav"
        files.write_spss(sav_path, table, export.language, _codebook_sheet(tables, [(one, table)])[1])
        written += [csv_path, sav_path]
    readme = render_to_string(
        "results/bundle_readme.txt",
        {
            "export": export,
            "rounds": [
                (year, [str(revision) for revision in revisions], breaks) for year, revisions, breaks in _rounds(tables)
            ],
            "files": [(p.name, p.stat().st_size, _sha256(p)) for p in written],
            "values": _("labels") if export.values == LABELS else _("codes"),
            "protection": protection(tables[-1][0]),
            "made": timezone.now(),
        },
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.txt", readme)
        for part in written:
            bundle.write(part, part.name)
            part.unlink()
    directory.rmdir()


def _sha256(path):
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def remove_expired(now=None):
    """Delete the files of exports past their time, and what failed exports left behind; the records stay in
    the log. Returns how many exports' files went."""
    now = now or timezone.now()
    expired = Export.objects.filter(state=Export.State.DONE, expires__lt=now)
    failed = Export.objects.filter(state=Export.State.FAILED, created__lt=now - timedelta(days=settings.EXPORT_DAYS))
    count = 0
    for export in [*expired, *failed]:
        count += _remove_files(export)
    expired.update(state=Export.State.EXPIRED)
    return count


def _remove_files(export):
    """Delete an export's file and any parts of it (a bundle's directory); whether there was any."""
    found = list(root().glob(f"{export.pk}-*"))
    for path in found:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    return bool(found)
