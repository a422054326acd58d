"""The evaluation view: for each of the programme's three goals, its indicators by round against baseline and
target, for the whole country or one region (as each round's year had it), with each round's response coverage
and the respondents behind each figure. For evaluators and programme staff."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from reference.areas import areas
from reference.models import AreaKind, Goal
from surveys.models import SurveyPage

from . import indicators
from .aggregates import Filters
from .models import Indicator
from .views import _language, with_access


def _translated(items):
    """Each item in the admin's language where it has a version in it (one query)."""
    originals = list(items)
    language = Locale.objects.filter(language_code=_language()).first()
    if language is None or language == Locale.get_default():
        return originals
    keys = [item.translation_key for item in originals]
    versions = {v.translation_key: v for v in Indicator.objects.filter(translation_key__in=keys, locale=language)}
    return [versions.get(item.translation_key, item) for item in originals]


def _value(indicator, surveys, year, filters):
    return indicators.value(indicator, surveys[year], filters) if year in surveys else None


@with_access
def evaluation(request, access):
    if not access.evaluator:
        raise Http404
    rounds = SurveyPage.objects.filter(locale=Locale.get_default()).order_by("round_year")
    years = sorted({survey.round_year for survey in rounds})
    regions = list(areas(AreaKind.REGION, years[-1])) if years else []
    region = request.GET.get("region", "")
    if region and region not in {area.code for area in regions}:
        message = _("That filter is not one this survey offers.")
        return TemplateResponse(request, "admin_message.html", {"message": message}, status=400)
    filters = Filters(grouping=AreaKind.REGION, area=region) if region else Filters()
    by_series = {}
    for survey in rounds:
        by_series.setdefault(survey.series, {})[survey.round_year] = survey
    default = Indicator.objects.filter(locale=Locale.get_default())
    shown = dict(zip([i.pk for i in default], _translated(default), strict=True))
    goals = []
    for goal, label in Goal.choices:
        rows = []
        for indicator in (i for i in default if i.goal == goal):
            surveys = by_series.get(indicator.series, {})
            values = [
                indicators.value(indicator, surveys[year], filters) if year in surveys else None for year in years
            ]
            rows.append({"indicator": indicator, "shown": shown[indicator.pk], "values": values})
        goals.append({"code": goal, "label": label, "rows": rows})
    coverage = [
        {
            "title": next(iter(surveys.values())).title.rsplit(" ", 1)[0],
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
    }
    return TemplateResponse(request, "results/evaluation.html", context)
