"""Surveys shown on pages outside the survey section: a home page lists what a visitor can answer there."""

from django import template

from core.languages import FALLBACK_LANGUAGE, active_locale, is_site_language
from core.page_cache import kept_until_published, valid_until

from ..collection import SurveyStatus, next_change
from ..models import SurveyIndexPage, SurveyPage

register = template.Library()


@register.inclusion_tag("components/open_surveys.html", takes_context=True)
def open_surveys(context):
    """The surveys open now in the page's language, each with its call to answer; if none is, the way to this
    language's upcoming and closed surveys and, for a language that is not one of the site's own, to those in
    English, where every survey exists. The page is cached only until one of them opens or closes. Which are
    open is worked out at each rendering, from the surveys kept until something is published."""
    request = context["request"]
    locale = active_locale()
    surveys = kept_until_published(("surveys", locale.pk), lambda: _surveys(locale))
    valid_until(request, next_change(surveys))
    open_here = [s for s in surveys if s.status == SurveyStatus.OPEN]
    if open_here:
        return {"surveys": open_here, "request": request}
    language = locale.language_code
    foreign = not is_site_language(language)
    indexes = kept_until_published(("survey indexes", language), lambda: _survey_indexes(language))
    elsewhere = indexes.get(FALLBACK_LANGUAGE) if foreign else None
    return {"here": indexes.get(language), "elsewhere": elsewhere, "request": request}


def _surveys(locale):
    pages = SurveyPage.objects.live().public().filter(locale=locale)
    return list(pages.defer_streamfields().order_by("-round_year", "title"))


def _survey_indexes(language):
    """{language code: survey index} in `language` and in English."""
    indexes = SurveyIndexPage.objects.live().filter(locale__language_code__in={language, FALLBACK_LANGUAGE})
    return {index.locale.language_code: index for index in indexes.select_related("locale")}
