"""Participants' answering steps, served from the cached live survey (surveys.live) rather than through the
page tree. The URLs are the survey page's own `answer/` route; that route still serves a survey the page tree
must decide on (view restrictions, several sites)."""

from django.http import Http404
from django.views.decorators.http import require_http_methods
from wagtail.views import serve

from . import live
from .models import Audience
from .wizard import ParticipantWizard


def answer(request, survey, step=None):
    """Answer `survey` (a LiveSurvey) anonymously."""
    if survey.audience != Audience.PARTICIPANTS:
        raise Http404
    if not survey.is_open:
        return survey.page.closed(request)
    return ParticipantWizard.for_survey(survey)(request, step=step)


@require_http_methods(["GET", "HEAD", "POST"])
def answer_at_path(request, page_path, step=None):
    suffix = f"answer/{step}/" if step else "answer/"
    survey = live.at_path(request.path_info.removesuffix(suffix))
    if survey is None:
        return serve(request, page_path + suffix)
    request.is_preview = False
    return answer(request, survey, step)
