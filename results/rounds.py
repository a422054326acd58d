"""A survey's rounds (the surveys of its series, one a year) and the codebook each round's results read."""

from surveys.codebook import codebook, survey_codebook
from surveys.models import SurveyPage


def round_codebook(survey):
    """The codebook of a round: its live revision's, with the labels of every language version; a closed or
    unpublished round's latest revision's."""
    if survey.live and survey.live_revision_id:
        return survey_codebook(survey)
    return codebook(survey.latest_revision_id)


def rounds_of(survey):
    return SurveyPage.objects.filter(locale=survey.locale, series=survey.series).order_by("round_year")
