"""Trying a survey out: a survey manager walks the steps of one language version as a respondent would, from its
latest revision (a draft before it is published, or edits made since), with the conditions applied to the
answers given. What is sent at the end is stored as a test response (ResponseStatus.TEST): results, exports,
indicators and the status board count submitted responses only, so a test is never counted.

The steps are served under the admin's address in the survey's language and the site's look, with a notice in
the survey manager's own language saying that this is a test. Access codes, opening dates and rate limits do not
apply; nothing is sent by e-mail."""

from dataclasses import replace

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from .forms import MunicipalityReviewForm
from .live import LiveSurvey
from .models import Audience, ResponseStatus, SurveyPage
from .wizard import DONE, REVIEW, ParticipantWizard, store_response

SENT = "sent"


class TrialWizard(ParticipantWizard):
    """A participant's steps (kept in the session, one submission key a respondent), sent as a test."""

    trial = None  # the notice's context: see `trial`

    def get_prefix(self, request, *args, **kwargs):
        # Apart from the survey's real answers in the same browser, and per language version.
        return f"trial_{self.survey.pk}"

    def get_step_url(self, step):
        return reverse("survey_trial", args=[self.survey.pk, SENT if step == DONE else step])

    def get_context_data(self, form, **kwargs):
        return {**super().get_context_data(form=form, **kwargs), "trial": self.trial}

    def get(self, *args, step=None, **kwargs):
        if step is None:  # the start: empty, from the first step
            self.storage.reset()
            return redirect(self.get_step_url(self.steps.first))
        return super().get(*args, step=step, **kwargs)

    def send(self, cleaned):
        store_response(
            self.survey,
            self.collected_answers(cleaned),
            status=ResponseStatus.TEST,
            submission_key=self.storage.extra_data["submission_key"],
            language=self.survey.page.locale.language_code,
            submitted_on=timezone.localdate(),
            submitted_by=cleaned[REVIEW].get("submitted_by", ""),
        )
        return redirect(self.get_step_url(DONE))


class MunicipalityTrial(TrialWizard):
    review_form = MunicipalityReviewForm


def draft_of(page):
    """`page`'s survey as its latest revision has it, live or not."""
    latest = page.get_latest_revision_as_object()
    return replace(LiveSurvey._read(latest), revision_id=page.latest_revision_id, loaded_page=latest)


@never_cache
def trial(request, pk, step=None):
    """The survey page `pk` (any language version) tried out step by step; its address without a step starts
    again, empty."""
    page = get_object_or_404(SurveyPage, pk=pk)
    survey = draft_of(page)
    context = {
        "language": translation.get_language(),
        "start": reverse("survey_trial_start", args=[pk]),
        "back": reverse("survey_translations", args=[page.canonical.pk]),
    }
    with translation.override(page.locale.language_code):
        request.LANGUAGE_CODE = page.locale.language_code
        if step == SENT:
            response = TemplateResponse(
                request, "surveys/thanks.html", {"page": survey.page, "self": survey.page, "trial": context}
            )
        else:
            wizard = MunicipalityTrial if survey.audience == Audience.MUNICIPALITIES else TrialWizard
            response = wizard.for_survey(survey, trial=context)(request, step=step)
        if hasattr(response, "render"):
            response.render()  # in the survey's language, before the admin's is restored
    return response
