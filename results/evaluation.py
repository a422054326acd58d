"""The evaluation view: for each of the programme's three goals, its indicators by round against baseline and
target, for the whole country or one region (its municipalities as the latest round's year had them), and, by
region, one round's values in every region side by side; with each round's response coverage and the
respondents behind each figure. For evaluators and programme staff.

A region's values are those its filter gives (protected together with every region's and the whole country's,
as the dashboard protects a region's figures), so the table by region shows nothing that stepping through the
regions one by one would not."""

import re

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.models import Locale

from reference.areas import areas
from reference.models import AreaKind, Goal
from surveys.models import Audience, SurveyPage

from . import indicators
from .aggregates import Filters, breaks_series
from .filtering import NOT_OFFERED
from .models import Indicator
from .rounds import round_codebook
from .views import with_access


@with_access
def evaluation(request, access):
    if not access.evaluator:
        raise Http404
    rounds = SurveyPage.objects.filter(locale=Locale.get_default()).order_by("round_year")
    years = sorted({survey.round_year for survey in rounds})
    regions = list(areas(AreaKind.REGION, years[-1])) if years else []
    region, by_region = request.GET.get("region", ""), request.GET.get("by_region", "")
    if (region and region not in {area.code for area in regions}) or by_region not in ("", *map(str, years)):
        message = NOT_OFFERED
        return TemplateResponse(request, "admin_message.html", {"message": message}, status=400)
    filters = Filters(grouping=AreaKind.REGION, area=region, year=years[-1]) if region else Filters()
    by_series = {}
    for survey in rounds:
        by_series.setdefault(survey.series, {})[survey.round_year] = survey
    default = Indicator.objects.filter(locale=Locale.get_default())
    shown = dict(zip([i.pk for i in default], indicators.in_language(default), strict=True))
    goals = []
    for goal, label in Goal.choices:
        rows = []
        for indicator in (i for i in default if i.goal == goal):
            surveys = by_series.get(indicator.series, {})
            values = [
                indicators.value(indicator, surveys[year], filters) if year in surveys else None for year in years
            ]
            cells = list(zip(values, _breaks(indicator, surveys, years), strict=True))
            rows.append({"indicator": indicator, "shown": shown[indicator.pk], "cells": cells})
        goals.append({"code": goal, "label": label, "rows": rows})
        if by_region:
            goals[-1]["by_region"] = _by_region(rows, by_series, regions, int(by_region))
    coverage = [
        {
            "title": _series_title(surveys[max(surveys)]),
            "values": [indicators.coverage(surveys[year], filters) if year in surveys else None for year in years],
        }
        for series, surveys in sorted(by_series.items())
    ]
    context = {
        "goals": goals,
        "years": years,
        "coverage": coverage,
        "regions": regions,
        "region": region,
        "by_region": by_region,
        "breaks": any(mark for goal in goals for row in goal["rows"] for _value, mark in row["cells"]),
    }
    return TemplateResponse(request, "results/evaluation.html", context)


def _by_region(rows, by_series, regions, year):
    """[(area or None for the whole country, [Value or None per indicator of `rows`])] in the round of `year`."""
    surveys = [by_series.get(row["indicator"].series, {}).get(year) for row in rows]
    # A participants' round that asks no one's municipality has no figures by region (–), rather than zeros.
    placed = [survey is not None and _by_area(survey) for survey in surveys]
    table = []
    for area in [None, *regions]:
        filters = Filters(grouping=AreaKind.REGION, area=area.code, year=year) if area else Filters()
        values = [
            indicators.value(row["indicator"], survey, filters) if survey and (area is None or split) else None
            for row, survey, split in zip(rows, surveys, placed, strict=True)
        ]
        table.append((area, values))
    return table


def _by_area(survey):
    return survey.audience == Audience.MUNICIPALITIES or any(v.names_place for v in round_codebook(survey).variables)


def _breaks(indicator, surveys, years):
    """[bool] a year: whether the indicator's question was reworded, or its choices changed, since the last round
    before it that asked it (and its author did not mark it comparable): its figures then do not compare as such."""
    marks, before = [], None
    for year in years:
        book = round_codebook(surveys[year]) if year in surveys else None
        variable = next((v for v in book.variables if v.name == indicator.question), None) if book else None
        marks.append(variable is not None and breaks_series(before, variable))
        before = variable or before
    return marks


def _series_title(survey):
    """A series' name: its latest round's title without the round's year ("Kuntakysely 2026" → "Kuntakysely"),
    a title without the year as it is."""
    return re.sub(rf"\s*{survey.round_year}\s*$", "", survey.title) or survey.title
