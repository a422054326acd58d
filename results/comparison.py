"""A municipality's own answers beside its region's and the whole country's figures, through its invitation link
once it has submitted (registered with surveys.submitted, which does not import results). The figures are other
municipalities' answers, so they are always protected, whatever the survey's own setting (which is for its
evaluators): a region of two would show the other's answer. Labels come from the dashboard's codebook of the
round, in the language of the address."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from reference.areas import area_of
from reference.models import AreaKind

from . import aggregates
from .aggregates import Filters
from .rounds import round_codebook

COMPARED = ("choice", "scale", "choices", "number")
STEP = "comparison"
LABEL = _("Compare your answers with your region and the whole country")


def comparison(request, page, invitation, link):
    survey = aggregates.protected(page.canonical)
    language = page.locale.language_code
    response = invitation.response
    book = round_codebook(survey)
    year = survey.round_year
    region = area_of(invitation.municipality, AreaKind.REGION, year)
    variables = [v for v in book.variables if v.results in COMPARED and not v.names_place]
    own = {}
    for answer in response.answers.values("question", "choice", "number"):
        own.setdefault(answer["question"], []).append(answer)
    country = aggregates.figures(survey, book, variables, language=language)
    in_region = {}
    if region is not None:
        by_region = Filters(grouping=AreaKind.REGION, area=region.code)
        in_region = aggregates.figures(survey, book, variables, by_region, language)
    rows = []
    for variable in variables:
        answers = own.get(variable.name, [])
        chosen = {answer["choice"] for answer in answers if answer["choice"]}
        number = next((answer["number"] for answer in answers if answer["number"] is not None), None)
        rows.append(
            {
                "variable": variable,
                "label": book.label(variable, language),
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
    }
    return TemplateResponse(request, "results/comparison.html", context)
