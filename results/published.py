"""A published result as CSV, for the API: the frozen figures of one results block (never live ones), with their
labels in the language asked for."""

import io

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.spreadsheet import SafeWriter

from .models import ResultSnapshot, ResultsPage

LARGEST_ID = 2**31 - 1


def _label(labels, language):
    return labels.get(language) or next(iter(labels.values()), "") if isinstance(labels, dict) else labels


def rows(figures, language):
    """The figures as rows: a header, then a row per answer (a question), per cell (a cross-tabulation) or per
    round and answer (a trend). Hidden counts and shares are empty in a "hidden" column's rows."""
    if figures["show"] == "crosstab":
        yield ["row_code", "row", "column_code", "column", "count"]
        for row, counts in zip(figures["rows"], figures["cells_by_row"], strict=True):
            for column, count in zip(figures["columns"], counts, strict=True):
                yield [
                    row["code"],
                    _label(row["label"], language),
                    column["code"],
                    _label(column["label"], language),
                    count,
                ]
        return
    yield ["round", "code", "answer", "count", "share", "respondents"]
    rounds = figures.get("rounds") or [{"round": figures["round"], **figures}]
    for one in rounds:
        for cell in one["cells"] + one["apart"]:
            share = None if cell["share"] is None else round(cell["share"], 4)
            yield [
                one["round"],
                cell["code"],
                _label(cell["label"], language),
                cell["count"],
                share,
                one["respondents"],
            ]


def _shown(snapshot):
    """Whether a live page open to everyone shows the snapshot now: not one of a page since unpublished or
    restricted, nor of a block since changed (the pages API serves neither)."""
    pages = ResultsPage.objects.live().public().filter(translation_key=snapshot.translation_key)
    return any(page.snapshots().get(snapshot.block_id) == snapshot for page in pages)


@require_GET
@cache_control(public=True, max_age=600)
def snapshot_csv(request, pk):
    languages = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("locale", languages[0])
    if language not in languages:
        return JsonResponse({"message": f"locale: {language!r} is not one of {', '.join(languages)}"}, status=400)
    snapshot = ResultSnapshot.objects.filter(pk=pk).first() if pk <= LARGEST_ID else None
    if snapshot is None or not _shown(snapshot):
        return JsonResponse({"message": "No such published result."}, status=404)
    out = io.StringIO()
    out.write("\ufeff")
    SafeWriter(out).writerows(rows(snapshot.figures, language))
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="result-{snapshot.pk}-{language}.csv"'
    return response
