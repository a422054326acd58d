"""A municipality's own answers beside its region's and the whole country's figures, through its invitation link
once it has submitted (registered with surveys.submitted, which does not import results). The figures are
protected like any other when the survey protects small groups."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from reference.areas import area_of
from reference.models import AreaKind
from surveys.codebook import codebook

from . import aggregates
from .aggregates import Filters

COMPARED = ("choice", "scale", "choices", "number")
STEP = "comparison"
LABEL = _("Compare your answers with your region and the whole country")


def comparison(request, page, invitation, link):
    survey = page.canonical
    response = invitation.response
    book = codebook(response.revision_id)
    year = survey.round_year
    region = area_of(invitation.municipality, AreaKind.REGION, year)
    variables = [v for v in book.variables if v.results in COMPARED and v.kind != "municipality"]
    own = {}
    for answer in response.answers.values("question", "choice", "number"):
        own.setdefault(answer["question"], []).append(answer)
    country = aggregates.figures(survey, book, variables)
    in_region = {}
    if region is not None:
        in_region = aggregates.figures(survey, book, variables, Filters(grouping=AreaKind.REGION, area=region.code))
    rows = []
    for variable in variables:
        answers = own.get(variable.name, [])
        chosen = {answer["choice"] for answer in answers if answer["choice"]}
        number = next((answer["number"] for answer in answers if answer["number"] is not None), None)
        rows.append(
            {
                "variable": variable,
                "label": book.label(variable),
                "chosen": chosen,
                "number": number,
                "region": in_region.get(variable.name),
                "country": country[variable.name],
            }
        )
    context = {
        "page": page,
        "self": page,
        "municipality": invitation.municipality,
        "region": region,
        "rows": rows,
        "back": link,
        "protected": survey.suppresses,
        "k": survey.small_group_threshold,
    }
    return TemplateResponse(request, "results/comparison.html", context)
