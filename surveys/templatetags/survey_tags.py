"""Surveys shown on pages outside the survey section: a home page lists what a visitor can answer there."""

from django import template
from wagtail.models import Locale

from core.page_cache import valid_until
from core.wagtail_hooks import FALLBACK_LANGUAGE

from ..collection import SurveyStatus, next_change
from ..models import SurveyIndexPage, SurveyPage

register = template.Library()


@register.inclusion_tag("components/open_surveys.html", takes_context=True)
def open_surveys(context):
    """The surveys open now in the page's language, each with its call to answer (or, if none is, the way to
    those in English); the page is cached only until one of them opens or closes."""
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
    elsewhere = None
    if not open_here:  # the surveys in English, where every survey exists
        elsewhere = SurveyIndexPage.objects.live().filter(locale__language_code=FALLBACK_LANGUAGE).first()
    return {"surveys": open_here, "elsewhere": elsewhere, "request": request}
