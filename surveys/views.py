"""Answering views. Participants' steps are served from the cached live survey (surveys.live) rather than
through the page tree: the URLs are the survey page's own `answer/` route, which still serves a survey the page
tree must decide on (view restrictions, or an address on another site than the one Wagtail gives the page's
address on). Municipalities' invitation links are served here too, whether the survey is open, closed or
unpublished: a submitted response stays readable through its link."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.views import serve

from core.ratelimit import refusal

from . import access_codes, live, submitted
from .forms import AccessCodeForm
from .limits import WRONG_CODES, WRONG_TOKENS
from .live import LiveSurvey
from .models import Audience, Invitation, ResponseStatus, SurveyPage, SurveyResponse
from .wizard import MunicipalityWizard, ParticipantWizard


@never_cache
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
    answer once. Wrong codes count towards a limit of their own (WRONG_CODES)."""
    form = AccessCodeForm(request.POST if request.method == "POST" and "access_code" in request.POST else None)
    if form.is_bound:
        if WRONG_CODES.exceeded(request):
            return refusal(_("Too many attempts with wrong codes. Wait a moment and try again."))
        if form.is_valid():
            code = access_codes.find_unused(survey, form.cleaned_data["access_code"])
            if code is not None:
                request.session[access_codes.session_key(survey)] = code.pk
                return redirect(request.path)
            form.add_error("access_code", _("This code is not valid or has already been used. Check it and try again."))
        WRONG_CODES.record(request)
    context = {"page": survey.page, "self": survey.page, "form": form}
    return TemplateResponse(request, "surveys/access_code.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def answer_at_path(request, page_path, step=None):
    suffix = f"answer/{step}/" if step else "answer/"
    survey = live.at_path(request, request.path_info.removesuffix(suffix))
    if survey is None:
        return serve(request, page_path + suffix)
    request.is_preview = False
    return answer(request, survey, step)


def wrong_token(request):
    """A wrong invitation link or code: the same 404 as a missing page, so that nothing tells a guesser it was
    close; counted, and refused with a 429 past the limit. Valid links are never counted or refused."""
    if WRONG_TOKENS.over(request):
        return refusal(_("Too many attempts with wrong links. Wait a moment and try again."))
    raise Http404


@never_cache
def invitation(request, page, token, step=None, found=None):
    """A municipality's invitation link on the survey `page` (in the language of the address; `found`: the
    invitation if already looked up). While the survey is open (judged by the clock, not by whether
    publish_scheduled has run), the shared response is answered step by step; once it is submitted, its answers
    are shown to read, print and download for as long as they are kept, open or closed; an unsubmitted response
    of a closed survey gets the closed notice (410)."""
    found = found or Invitation.for_token(token)
    if (
        found is None
        or found.survey.translation_key != page.translation_key
        or page.audience != Audience.MUNICIPALITIES
    ):
        return wrong_token(request)
    response = SurveyResponse.objects.filter(invitation=found).first()
    if response is not None and response.status == ResponseStatus.SUBMITTED:
        link = page.url + page.reverse_subpage("invitation", kwargs={"token": token})
        if request.method == "POST":  # nothing changes once it is submitted
            return redirect(link)
        found.response = response
        if step == submitted.DOWNLOAD:
            return submitted.download(page, found)
        if step in submitted.EXTRAS:
            return submitted.EXTRAS[step][1](request, page, found, link)
        return submitted.page(request, page, found, link)
    if not page.is_open:
        return page.closed(request)
    if found.opened_at is None:
        Invitation.objects.filter(pk=found.pk).update(opened_at=timezone.now())
    if response is None:
        response, _created = SurveyResponse.objects.get_or_create(
            invitation=found,
            defaults={"survey": found.survey, "revision_id": page.live_revision_id, "language": request.LANGUAGE_CODE},
        )
    found.response = response
    return MunicipalityWizard.for_survey(LiveSurvey.of(page), invitation=found, token=token)(request, step=step)


@require_http_methods(["GET", "HEAD", "POST"])
def invitation_at_path(request, page_path, token, step=None):
    """An invitation link, found by its token, on the survey's page at the address's path in any language version
    of it, live or not."""
    found = Invitation.for_token(token)
    if found is None:
        return wrong_token(request)
    suffix = f"i/{token}/{step}/" if step else f"i/{token}/"
    path = request.path_info.removesuffix(suffix)
    versions = SurveyPage.objects.filter(translation_key=found.survey.translation_key)
    page = next((version for version in versions if version.get_url(request) == path), None)
    if page is None:
        raise Http404
    request.is_preview = False
    return invitation(request, page, token, step, found)
