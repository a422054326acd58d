"""Surveys shown on pages outside the survey section: a home page lists what a visitor can answer there."""

from django import template
from wagtail.models import Locale

from core.languages import FALLBACK_LANGUAGE, is_site_language
from core.page_cache import valid_until

from ..collection import SurveyStatus, next_change
from ..models import SurveyIndexPage, SurveyPage

register = template.Library()


@register.inclusion_tag("components/open_surveys.html", takes_context=True)
def open_surveys(context):
    """The surveys open now in the page's language, each with its call to answer; if none is, the way to this
    language's upcoming and closed surveys and, for a language that is not one of the site's own, to those in
    English, where every survey exists. The page is cached only until one of them opens or closes."""
    request = context["request"]
    surveys = list(
        SurveyPage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .defer_streamfields()
        .order_by("-round_year", "title")
    )
    valid_until(request, next_change(surveys))
    open_here = [s for s in surveys if s.status == SurveyStatus.OPEN]
    if open_here:
        return {"surveys": open_here, "request": request}
    language = Locale.get_active().language_code
    foreign = not is_site_language(language)
    indexes = {index.locale.language_code: index for index in _survey_indexes({language, FALLBACK_LANGUAGE})}
    elsewhere = indexes.get(FALLBACK_LANGUAGE) if foreign else None
    return {"here": indexes.get(language), "elsewhere": elsewhere, "request": request}


def _survey_indexes(languages):
    return SurveyIndexPage.objects.live().filter(locale__language_code__in=languages).select_related("locale")
