"""Results in the Wagtail admin, server-rendered: the surveys a user may see, a round's dashboard (response rate,
every question's figures, filters), a cross-tabulation, a question across rounds, and participants' open
answers (programme staff). Every view checks access (results.access) on the server: a survey or a question the
user may not see is a 404, as if it did not exist; no results access at all is a 403 that says so."""

from functools import wraps

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from reference.areas import GROUPINGS, label_for, name_in_language
from reference.models import AreaKind
from surveys.models import Answer, Audience, SurveyPage

from . import aggregates
from .access import Access
from .aggregates import CROSSTAB_RESULTS, TEXT_THRESHOLD
from .filtering import CROSSTAB_FOR_ALL, NOT_OFFERED, BadFilter, filtered
from .rounds import round_codebook, rounds_of
from .summaries import crosstab_summary, statements_summary, summary, trend_summary

TEXTS_PER_PAGE = 50


def with_access(view):
    """The view with the user's Access; a 403 with a message for anyone who may see no results at all."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        access = Access(request.user)
        if not access.any:
            message = _("Results are for programme staff, evaluators and the members of working groups.")
            return TemplateResponse(request, "admin_message.html", {"message": message}, status=403)
        return view(request, access, *args, **kwargs)

    return wrapped


def _survey(access, pk):
    return access.seen(get_object_or_404(access.surveys(), pk=pk))


def _language():
    return (get_language() or "fi")[:2]


def _filtered(request, access, survey, book):
    """The request's filters (filtering.filtered), offered as the user may see the survey's questions."""
    return filtered(request.GET, survey, book, access.variables(survey, book))


def _bad_filter(request, error=None):
    message = error.args[0] if error and error.args else NOT_OFFERED
    return TemplateResponse(request, "admin_message.html", {"message": message}, status=400)


@with_access
def index(request, access):
    surveys = list(access.surveys())
    return TemplateResponse(request, "results/index.html", {"surveys": surveys, "access": access})


def _blocks(book, variables, results, language):
    """The figures to show, in order: ("one", question, result, 0, ""), or ("statements", question, [results],
    columns, the group's question) for a statement group, whose statements are shown together as one stacked
    chart."""
    blocks = []
    for variable in variables:
        result = results[variable.name]
        if variable.grouped:
            if blocks and blocks[-1][0] == "statements" and blocks[-1][1] == variable.question:
                blocks[-1][2].append(result)
                continue
            span = len(variable.values) + 2  # the scale's values, the mean and the chart
            blocks.append(("statements", variable.question, [result], span, book.question_label(variable, language)))
        else:
            blocks.append(("one", variable.question, result, 0, ""))
    return blocks


@with_access
def dashboard(request, access, pk):
    survey = _survey(access, pk)
    book = round_codebook(survey)
    variables = access.variables(survey, book)
    try:
        form, filters, base = filtered(request.GET, survey, book, variables)
    except BadFilter as error:
        return _bad_filter(request, error)
    language = _language()
    results = aggregates.figures(survey, book, variables, filters, language)
    summaries = {name: summary(result) for name, result in results.items()}
    blocks = _blocks(book, variables, results, language)
    summaries |= {
        question: statements_summary(content) for kind, question, content, *_r in blocks if kind == "statements"
    }
    context = {
        "survey": survey,
        "access": access,
        "form": form,
        "filtered": filters.applied,
        "respondents": aggregates.filtered_count(survey, filters, book, base.count()),
        "blocks": blocks,
        "summaries": summaries,
        "rounds": rounds_of(survey),
        "crosstab_variables": [
            (v.name, book.label(v, language)) for v in variables if v.results in CROSSTAB_RESULTS and not v.names_place
        ],
        "title": _title(survey),
        "text_threshold": TEXT_THRESHOLD,
        "protected": survey.suppresses,
        "k": survey.small_group_threshold,
    }
    if survey.audience == Audience.MUNICIPALITIES and access.evaluator:
        grouping = request.GET.get("by", AreaKind.REGION)
        if grouping not in dict(GROUPINGS):
            return _bad_filter(request)
        rows = [{**row, "name": name_in_language(row)} for row in aggregates.response_rate(survey, grouping)]
        totals = {key: sum(row[key] for row in rows) for key in ("invited", "opened", "in_progress", "submitted")}
        context.update(
            response_rows=rows,
            response_totals=totals,
            grouping=grouping,
            groupings=[(code, label_for(code, survey.round_year)) for code, _label in GROUPINGS],
        )
    return TemplateResponse(request, "results/dashboard.html", context)


def _title(survey):
    """The survey's title in the admin's language where it has a version in it."""
    version = SurveyPage.objects.filter(translation_key=survey.translation_key, locale__language_code=_language())
    return version.values_list("title", flat=True).first() or survey.title


def _visible(access, survey, book, name):
    variable = next((v for v in access.variables(survey, book) if v.name == name), None)
    if variable is None:
        raise Http404
    return variable


@with_access
def crosstab_view(request, access, pk):
    survey = _survey(access, pk)
    book = round_codebook(survey)
    try:
        form, filters, base = _filtered(request, access, survey, book)
    except BadFilter as error:
        return _bad_filter(request, error)
    if survey.suppresses and filters.applied:  # a filtered cross-tabulation is a table of three dimensions
        return TemplateResponse(request, "admin_message.html", {"message": CROSSTAB_FOR_ALL}, status=400)
    row, column = request.GET.get("row", ""), request.GET.get("column", "")
    row_variable, column_variable = _visible(access, survey, book, row), _visible(access, survey, book, column)
    pair = (row_variable, column_variable)
    several = [v for v in pair if v.results == "choices"]
    if row == column or len(several) > 1 or any(v.results not in CROSSTAB_RESULTS or v.names_place for v in pair):
        message = _(
            "A cross-tabulation needs two different questions with a list of answers, at most one of them "
            "with several answers."
        )
        return TemplateResponse(request, "admin_message.html", {"message": message}, status=400)
    shares = request.GET.get("shares", "row")
    if shares not in ("row", "column"):
        return _bad_filter(request)
    language = _language()
    table = aggregates.crosstab(survey, book, row_variable, column_variable, base, language)
    context = {
        "survey": survey,
        "form": form,
        "table": table,
        "summary": crosstab_summary(table),
        "row_label": book.label(row_variable, language),
        "column_label": book.label(column_variable, language),
        "shares": shares,
        "query": request.GET.urlencode(),
        "protected": survey.suppresses,
        "k": survey.small_group_threshold,
    }
    return TemplateResponse(request, "results/crosstab.html", context)


@with_access
def trend_view(request, access, pk, variable):
    survey = _survey(access, pk)
    book = round_codebook(survey)
    try:
        form, filters, _base = _filtered(request, access, survey, book)
    except BadFilter as error:
        return _bad_filter(request, error)
    shown = _visible(access, survey, book, variable)
    visible = set(access.surveys().values_list("pk", flat=True))
    rounds = [access.seen(r) for r in rounds_of(survey) if r.pk in visible]
    language = _language()
    series = aggregates.trend(rounds, variable, filters, round_codebook, language)
    columns = []
    for trend_round in series:  # every value any round had, in the order they first appear
        for cell in trend_round.result.cells:
            if (cell.code, cell.label) not in columns and cell.code not in [code for code, _l in columns]:
                columns.append((cell.code, cell.label))
    if shown.results == "number":  # each round bins its own range: compared by mean and median instead
        columns = []
    context = {
        "survey": survey,
        "form": form,
        "label": book.label(shown, language),
        "variable": shown,
        "series": series,
        "summary": trend_summary(series),
        "columns": columns,
        # a number's chart: each round's mean as a bar, the largest shown mean the full width
        "largest_mean": max((one.result.mean for one in series if one.result.mean is not None), default=None),
        "query": request.GET.urlencode(),
        "protected": survey.suppresses,
        "k": survey.small_group_threshold,
    }
    return TemplateResponse(request, "results/trend.html", context)


@with_access
def texts(request, access, pk, variable):
    """Open answers to one question, searchable and paged: programme staff only, and only for groups of at
    least TEXT_THRESHOLD respondents."""
    survey = _survey(access, pk)
    if not access.open_texts:
        raise Http404
    book = round_codebook(survey)
    try:
        form, filters, base = _filtered(request, access, survey, book)
    except BadFilter as error:
        return _bad_filter(request, error)
    shown = _visible(access, survey, book, variable)
    if shown.results != "text":
        raise Http404
    answers = Answer.objects.filter(response__in=base, question=variable).exclude(text="")
    query = request.GET.get("q", "").strip()[:200]
    if query:
        answers = answers.filter(text__icontains=query)
    total = base.filter(answers__question=variable).distinct().count()
    enough = total >= TEXT_THRESHOLD or not survey.suppresses
    if survey.suppresses and aggregates.filtered_count(survey, filters, book, base.count()) is None:
        enough = False  # the group is hidden on the dashboard (small, or hidden so that a small one stays so)
    page = Paginator(answers.order_by("pk").values_list("text", flat=True), TEXTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    kept = request.GET.copy()  # the dashboard's filters and the search, carried to the other pages
    kept.pop("page", None)
    context = {
        "survey": survey,
        "form": form,
        "kept": kept.urlencode(),
        "filters": [(name, value) for name, value in form.cleaned_data.items() if value],
        "label": book.label(shown, _language()),
        "variable": shown,
        "page": page if enough else None,
        "total": total,
        "threshold": TEXT_THRESHOLD,
        "q": query,
    }
    return TemplateResponse(request, "results/texts.html", context)
