"""A published result as CSV, for the API: the frozen figures of one results block (never live ones), with their
labels in the language asked for."""

import io

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core.spreadsheet import SafeWriter

from .models import ResultSnapshot, ResultsPage
from .suppression import SYMBOL

LARGEST_ID = 2**31 - 1


def _label(labels, language):
    return labels.get(language) or next(iter(labels.values()), "") if isinstance(labels, dict) else labels


def _shown(value, digits=None):
    """A figure as the CSV gives it: a hidden one (None) as the one symbol the page shows for it."""
    if value is None:
        return SYMBOL
    return round(value, digits) if digits is not None else value


def rows(figures, language):
    """The figures as rows: a header, then a row per answer (a question), per cell (a cross-tabulation, with its
    row's and column's totals and the whole) or per round and answer (a trend, with the round's respondents, and
    the mean and median where the question has them). Every hidden figure is the symbol the page shows (..).
    Each row ends with whom the figures count (the block's filters, as `area=region:01`) and when they were
    frozen, so that a row read apart from its file still says what it is."""
    filters = "; ".join(f"{name}={value}" for name, value in sorted(figures.get("filters", {}).items()))
    lines = _lines(figures, language)
    yield [*next(lines), "filters", "frozen"]
    for line in lines:
        yield [*line, filters, figures.get("made", "")]


def _lines(figures, language):
    """The header, then the figures' lines."""
    if figures["show"] == "crosstab":
        yield ["row_code", "row", "column_code", "column", "count", "row_total", "column_total", "total"]
        columns = list(zip(figures["columns"], figures["column_totals"], strict=True))
        for row, counts, row_total in zip(figures["rows"], figures["cells_by_row"], figures["row_totals"], strict=True):
            for (column, column_total), count in zip(columns, counts, strict=True):
                yield [
                    row["code"],
                    _label(row["label"], language),
                    column["code"],
                    _label(column["label"], language),
                    _shown(count),
                    _shown(row_total),
                    _shown(column_total),
                    _shown(figures["total"]),
                ]
        return
    yield ["round", "code", "answer", "count", "share", "respondents", "mean", "median"]
    rounds = figures.get("rounds") or [{"round": figures["round"], **figures}]
    for one in rounds:
        # a question with a mean and a median (a number, a scale): a hidden one is the symbol; others have none
        averages = [_shown(one.get(name), 2) if figures.get("averaged") else "" for name in ("mean", "median")]
        for cell in one["cells"] + one["apart"]:
            yield [
                one["round"],
                cell["code"],
                _label(cell["label"], language),
                _shown(cell["count"]),
                _shown(cell["share"], 4),
                _shown(one["respondents"]),
                *averages,
            ]


def _live(snapshot):
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
    if snapshot is None or not _live(snapshot):
        return JsonResponse({"message": "No such published result."}, status=404)
    out = io.StringIO()
    out.write("\ufeff")
    SafeWriter(out).writerows(rows(snapshot.figures, language))
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="result-{snapshot.pk}-{language}.csv"'
    return response
