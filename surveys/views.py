"""Participants' answering steps, served from the cached live survey (surveys.live) rather than through the
page tree. The URLs are the survey page's own `answer/` route; that route still serves a survey the page tree
must decide on (view restrictions, several sites)."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.views import serve

from . import access_codes, live
from .forms import AccessCodeForm
from .models import Audience
from .ratelimit import WRONG_TOKENS, refusal
from .wizard import ParticipantWizard


def answer(request, survey, step=None):
    """Answer `survey` (a LiveSurvey) anonymously."""
    if survey.audience != Audience.PARTICIPANTS:
        raise Http404
    if not survey.is_open:
        return survey.page.closed(request)
    if survey.access_codes and access_codes.session_key(survey) not in request.session:
        return enter_access_code(request, survey)
    return ParticipantWizard.for_survey(survey)(request, step=step)


def enter_access_code(request, survey):
    """Before the first step of a survey answered with paper codes: a code not yet used lets this browser
    answer once. Wrong codes count towards the same limit as wrong invitation links."""
    form = AccessCodeForm(request.POST if request.method == "POST" and "access_code" in request.POST else None)
    if form.is_bound:
        if WRONG_TOKENS.exceeded(request):
            return refusal(_("Too many attempts with wrong codes. Wait a moment and try again."))
        if form.is_valid():
            code = access_codes.find_unused(survey, form.cleaned_data["access_code"])
            if code is not None:
                request.session[access_codes.session_key(survey)] = code.pk
                return redirect(request.path)
            form.add_error("access_code", _("This code is not valid or has already been used. Check it and try again."))
        WRONG_TOKENS.record(request)
    context = {"page": survey.page, "self": survey.page, "form": form}
    return TemplateResponse(request, "surveys/access_code.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def answer_at_path(request, page_path, step=None):
    suffix = f"answer/{step}/" if step else "answer/"
    survey = live.at_path(request.path_info.removesuffix(suffix))
    if survey is None:
        return serve(request, page_path + suffix)
    request.is_preview = False
    return answer(request, survey, step)
