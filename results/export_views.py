"""Exports in the admin: a round's protected figures as CSV for anyone who may see its dashboard; its individual
answers for those who may take them (results.access.Access.responses) as a CSV streamed from the database, or as
XLSX, SPSS or the evaluation bundle written in the background (results.exporting); each export's progress and
file; and the log of every export, for programme staff. Every export is recorded (results.models.Export)."""

import io
import time

from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.pagination import admin_page
from core.spreadsheet import SafeWriter

from . import aggregates, exporting, files
from .filtering import BadFilter
from .microdata import CODES, LABELS, columns
from .models import Export
from .rounds import round_codebook
from .suppression import SYMBOL
from .views import _bad_filter, _filtered, _language, _survey, with_access

BACKGROUND = [Export.Format.XLSX, Export.Format.SAV, Export.Format.BUNDLE]
HEARTBEAT_SECONDS = 10
EXPORT_LOG_PAGE_SIZE = 100


def _filters(request, access, survey, book):
    form, filters, respondents = _filtered(request, access, survey, book)
    chosen = {name: value for name, value in form.cleaned_data.items() if value}
    return form, chosen, respondents, filters


def _values(request):
    values = request.GET.get("values", CODES)
    if values not in (CODES, LABELS):
        raise BadFilter
    return values


def _downloaded(request, survey, format, values, chosen, content, stem):
    """A download given at once as a CSV attachment, `content` a text or chunks to stream, and its record in the
    export log: a text is done at once; a stream is recorded as being written when it starts, and done, with its
    size, only once its last chunk has gone; one broken off is recorded as failed. A HEAD request gets the headers
    only and is not recorded: nothing was taken."""
    streamed = not isinstance(content, str)
    if request.method == "HEAD":
        content = ""
    else:
        now = timezone.now()
        state = Export.State.RUNNING if streamed else Export.State.DONE
        export = exporting.record(
            request.user,
            survey,
            format,
            values,
            _language(),
            chosen,
            state=state,
            heartbeat=now,
            finished=None if streamed else now,
            size=0 if streamed else len(content.encode()),
        )
        if streamed:
            content = _recorded(export, content)
    kind = StreamingHttpResponse if streamed and content else HttpResponse
    response = kind(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{stem}.csv"'
    return response


def _recorded(export, chunks):
    """`chunks`, passed on, with `export`'s record kept up to date: its size and heartbeat as they go (a long
    download is not taken for a stalled one), done when the last has gone, failed if the client broke off (the
    server closes the stream: GeneratorExit) or reading failed."""
    size, beat = 0, time.monotonic()
    records = Export.objects.filter(pk=export.pk)
    try:
        for chunk in chunks:
            size += len(chunk.encode())
            yield chunk
            if time.monotonic() - beat > HEARTBEAT_SECONDS:
                records.update(size=size, heartbeat=timezone.now())
                beat = time.monotonic()
    except BaseException:
        error = _("The download was broken off before its end: %(size)s bytes had gone.") % {"size": size}
        records.update(state=Export.State.FAILED, size=size, error=error, finished=timezone.now())
        raise
    records.update(state=Export.State.DONE, size=size, finished=timezone.now())


@with_access
def export_page(request, access, pk):
    survey = _survey(access, pk)
    book = round_codebook(survey)
    try:
        form, chosen, respondents, filters = _filters(request, access, survey, book)
    except BadFilter as error:
        return _bad_filter(request, error)
    exporting.mark_stalled()
    context = {
        "survey": survey,
        "form": form,
        "query": request.GET.urlencode(),
        # As the dashboard shows it: a small group's count is hidden here too.
        "respondents": aggregates.filtered_count(survey, filters, book, respondents.count()),
        "responses": access.responses(survey),
        "formats": [(f.value, f.label) for f in BACKGROUND],
        "exports": Export.objects.filter(user=request.user, survey=survey)[:20],
        "chosen": chosen,
    }
    return TemplateResponse(request, "results/export.html", context)


@with_access
def figures_csv(request, access, pk):
    """The dashboard's figures as CSV, protected as the dashboard shows them: hidden figures are SYMBOL."""
    survey = _survey(access, pk)
    book = round_codebook(survey)
    try:
        form, chosen, _respondents, _filters_applied = _filters(request, access, survey, book)
    except BadFilter as error:
        return _bad_filter(request, error)
    language = _language()
    variables = [v for v in access.variables(survey, book) if v.results != "text"]
    results = aggregates.figures(survey, book, variables, form.filters(), language)
    out = io.StringIO()
    out.write(files.BOM)
    writer = SafeWriter(out)
    writer.writerow(
        [_("Variable"), _("Question"), _("Value code"), _("Value"), _("Count"), _("Share (%)"), _("Respondents")]
        + [_("Mean or median")]
    )

    def shown(value):
        return SYMBOL if value is None else value

    for variable in variables:
        result = results[variable.name]
        base = shown(result.respondents)
        if result.hidden:
            writer.writerow([variable.name, result.label, "", "", SYMBOL, SYMBOL, SYMBOL, ""])
            continue
        for cell in [*result.cells, *result.apart]:
            share = None if cell.share is None else round(cell.share * 100, 1)
            writer.writerow(
                [variable.name, result.label, cell.code, cell.label, shown(cell.count), shown(share), base, ""]
            )
        if result.results in ("scale", "number"):
            for code, name, value in (("mean", _("Mean"), result.mean), ("median", _("Median"), result.median)):
                figure = SYMBOL if value is None else round(value, 2)
                writer.writerow([variable.name, result.label, code, name, "", "", base, figure])
    stem = exporting.file_stem(survey, chosen, "figures")
    return _downloaded(request, survey, Export.Format.FIGURES, CODES, chosen, out.getvalue(), stem)


@with_access
def answers_csv(request, access, pk):
    """A round's individual answers as CSV, streamed from the database as it is read."""
    survey = _survey(access, pk)
    if not access.responses(survey):
        raise Http404
    book = round_codebook(survey)
    try:
        _form, chosen, respondents, _filters_applied = _filters(request, access, survey, book)
        values = _values(request)
    except BadFilter as error:
        return _bad_filter(request, error)
    table = files.Table(survey, book, access.variables(survey, book), respondents, values, _language())
    stem = exporting.file_stem(survey, chosen, values)
    return _downloaded(request, survey, Export.Format.CSV, values, chosen, files.csv_chunks(table), stem)


@with_access
def codebook_csv(request, access, pk):
    """The round's codebook, as the files of individual answers use it: what travels with a streamed CSV."""
    survey = _survey(access, pk)
    if not access.responses(survey):
        raise Http404
    book = round_codebook(survey)
    cols = columns(survey, book, access.variables(survey, book))
    out = io.StringIO()
    out.write(files.BOM)
    answered = exporting.answered_revisions(aggregates.respondents(survey, book=book))
    rounds = [(survey.round_year, answered, [])]
    SafeWriter(out).writerows(files.codebook_rows(book, cols, rounds, exporting.protection(survey)))
    stem = exporting.file_stem(survey, {}, "codebook")
    return _downloaded(request, survey, Export.Format.CODEBOOK, CODES, {}, out.getvalue(), stem)


@require_POST
@with_access
def start_export(request, access, pk):
    survey = _survey(access, pk)
    if not access.responses(survey):
        raise Http404
    book = round_codebook(survey)
    try:
        _form, chosen, _respondents, _filters_applied = _filters(request, access, survey, book)
        values = request.POST.get("values", CODES)
        format = request.POST.get("format", "")
        if values not in (CODES, LABELS) or format not in BACKGROUND:
            raise BadFilter
    except BadFilter as error:
        return _bad_filter(request, error)
    export = exporting.start(request.user, survey, format, values, _language(), chosen)
    return redirect("results_export", export.pk)


def _own(request, access, pk):
    """An export the user made (programme staff: anyone's)."""
    exports = Export.objects.all() if access.staff else Export.objects.filter(user=request.user)
    return get_object_or_404(exports, pk=pk)


@with_access
def export_status(request, access, pk):
    exporting.mark_stalled()
    export = _own(request, access, pk)
    waiting = export.state in (Export.State.QUEUED, Export.State.RUNNING)
    return TemplateResponse(request, "results/export_status.html", {"export": export, "waiting": waiting})


@with_access
def download(request, access, pk):
    """The file of a finished export, to the user who made it while they may still take such data."""
    # A file kept for its time: not one past it, nor a download given at once (recorded, with no file kept).
    mine = Export.objects.filter(user=request.user, state=Export.State.DONE, expires__gt=timezone.now())
    export = get_object_or_404(mine.exclude(file_name=""), pk=pk)
    if export.survey is None or not access.responses(export.survey):
        raise Http404
    path = exporting.root() / export.file_name
    if not path.exists():
        raise Http404
    Export.objects.filter(pk=export.pk).update(downloads=F("downloads") + 1)  # two at once count twice
    return FileResponse(path.open("rb"), as_attachment=True, filename=export.file_name.split("-", 1)[1])


@require_POST
@with_access
def retry(request, access, pk):
    export = get_object_or_404(Export, pk=pk, user=request.user, state=Export.State.FAILED)
    if export.survey is None or not access.responses(export.survey):
        raise Http404
    return redirect("results_export", exporting.again(export).pk)


@with_access
def export_log(request, access):
    """Every export: who took what, with which filters, when (programme staff)."""
    if not access.staff:
        raise Http404
    exporting.mark_stalled()
    page = admin_page(request, Export.objects.all(), "page", EXPORT_LOG_PAGE_SIZE)
    return TemplateResponse(request, "results/export_log.html", {"exports": page, "page_obj": page})
