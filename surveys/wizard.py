"""Answering a survey with django-formtools: one step per section, a review step, then one transaction.

Participants' answers wait in their session until they submit; a municipality's are saved in its shared
response row at every step (surveys.storage.ResponseStorage)."""

import secrets
from collections import OrderedDict
from contextlib import nullcontext

from django.contrib import messages
from django.core.exceptions import BadRequest
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from formtools.wizard.views import NamedUrlWizardView

from core.errors import ExplainedBadRequest
from core.page_cache import request_site
from core.ratelimit import refusal

from . import access_codes
from .codebook import codebook
from .emails import letters_to, queue_email
from .forms import MunicipalityReviewForm, ReviewForm, SectionForm, decode_cleaned, encode_cleaned
from .limits import SUBMISSIONS
from .models import Answer, ResponseStatus, SurveyResponse
from .readback import shown_rows
from .structure import answer_rows, shown_questions

REVIEW = "review"
DONE = "done"
VERSION_FIELD = "_version"
VALIDATED = "validated"


# The query parameter of a step shown with its errors after sending found that it no longer holds.
CHECK = "check"


class SurveyWizard(NamedUrlWizardView):
    """The steps of one survey page; built per request with `for_survey`."""

    template_name = "surveys/wizard.html"
    survey = None
    sections = ()
    route_name = "answer"

    @classmethod
    def for_survey(cls, survey, **kwargs):
        """The view answering `survey`, a surveys.live.LiveSurvey."""
        sections = survey.sections
        form_list = [(section.step, SectionForm) for section in sections] + [(REVIEW, cls.review_form)]
        conditions = {section.step: _section_condition(section) for section in sections if section.condition}
        return cls.as_view(
            form_list=form_list,
            condition_dict=conditions,
            url_name="unused",
            done_step_name=DONE,
            survey=survey,
            sections=sections,
            **kwargs,
        )

    review_form = ReviewForm

    def get_prefix(self, request, *args, **kwargs):
        # The same in every language: switching language mid-survey keeps the answers.
        return f"survey_{self.survey.translation_key.hex}"

    def get_step_url(self, step):
        return self.survey.subpage_url(self.route_name, **self.route_kwargs(step))

    def route_kwargs(self, step):
        return {"step": step}

    def answers_before(self, step):
        """Cleaned answers of the sections before `step` that the respondent saw."""
        answers = {}
        for section in self.sections:
            if section.step == step:
                break
            if section.shown(answers):
                answers.update(self.get_cleaned_data_for_step(section.step) or {})
        return answers

    def questions_on(self, step):
        """The questions of section `step` that the answers before it show."""
        answers = self.answers_before(step)
        return [question for question in self.sections[int(step)].questions if question.shown(answers)]

    def get_form_kwargs(self, step=None):
        if step == REVIEW:
            return {}
        return {"questions": self.questions_on(step), "survey_year": self.survey.round_year}

    def stamp(self, step, questions):
        """What a step's answers are validated against: the survey's revision and the questions shown."""
        return [self.survey.revision_id, *(question.code for question in questions)]

    def process_step(self, form):
        """Keep what was posted (to show it again) and, if it is valid, its cleaned data stamped with what it
        was validated against; a step kept with errors (going back from it) has no stamp."""
        step = self.steps.current
        validated = {**self.storage.extra_data.get(VALIDATED, {})}
        validated.pop(step, None)
        if step != REVIEW and form.is_valid():
            validated[step] = {"stamp": self.stamp(step, form.questions), "data": encode_cleaned(form.cleaned_data)}
        self.storage.extra_data = {**self.storage.extra_data, VALIDATED: validated}
        return super().process_step(form)

    def get_cleaned_data_for_step(self, step):
        """A step's cleaned data, validated once: a step is validated when it is posted, and its cleaned data
        is used as stored while the revision and the questions it shows are those it was validated with. If
        either has changed since (a publish, or a changed answer on an earlier step that shows or hides a
        question), the step is validated again from what was posted, and fails if it no longer holds."""
        cache_key = f"_cleaned_data_cache_{step}"  # formtools' own memo, which it clears when a step is saved
        if step != REVIEW and step in self.form_list and cache_key not in self.__dict__:
            validated = self.storage.extra_data.get(VALIDATED, {}).get(step)
            questions = self.questions_on(step)
            if validated and validated["stamp"] == self.stamp(step, questions):
                setattr(self, cache_key, decode_cleaned(validated["data"], questions))
        return super().get_cleaned_data_for_step(step)

    def get_all_cleaned_data(self):
        data = {}
        for step in self.get_form_list():
            data.update(self.get_cleaned_data_for_step(step) or {})
        return data

    def get_context_data(self, form, **kwargs):
        request_site(self.request)  # from memory, where rendering looks for it (Site.find_for_request)
        context = super().get_context_data(form=form, **kwargs)
        context.update(
            page=self.survey.page,
            self=self.survey.page,
            subpage_path=self.survey.subpage_path(self.route_name, **self.route_kwargs(self.steps.current)),
        )
        # Counted over every step, shown or not, so that the count stays when a conditional step appears.
        steps = list(self.form_list)
        context["progress"] = {"step": steps.index(self.steps.current) + 1, "count": len(steps)}
        if self.steps.current == REVIEW:
            context["review"] = self.review()
        else:
            context["section"] = self.sections[int(self.steps.current)]
        return context

    def review(self):
        """(section, [(label, shown value or None)]) of every visible question, for the review step: the answer
        rows that sending would store, shown as a submitted response shows them."""
        answers = self.get_all_cleaned_data()
        rows = answer_rows(self.sections, answers)
        book = codebook(self.survey.revision_id)
        by_section = OrderedDict()
        for section, question in shown_questions(self.sections, answers):
            by_section.setdefault(section, []).extend(book.of_question(question.code))
        return [(section, shown_rows(book, shown, rows, unanswered=True)) for section, shown in by_section.items()]

    def get_form_step_data(self, form):
        """What is kept of a step: its own fields only, so that nothing else posted with it is stored. A NUL
        character, which the field's validation refuses with a message, can still come with a step kept as typed
        ("previous") or in a value posted twice (the field validates only the last): it is refused here, before
        it reaches the draft (PostgreSQL's JSON cannot hold it)."""
        names = {form.add_prefix(name) for name in form.fields}
        data = {key: form.data.getlist(key) for key in form.data if key in names}
        if any("\x00" in value for values in data.values() for value in values):
            raise ExplainedBadRequest(
                _(
                    "Your answer contains a character that cannot be used. Go back, remove it and send again: "
                    "answers you saved earlier are kept."
                )
            )
        return data

    def render_goto_step(self, goto_step, **kwargs):
        """Going back (or to a section from the review) keeps what was typed on this step, valid or not: it is
        validated again before sending."""
        current = self.steps.current
        if current != REVIEW:
            form = self.get_form(step=current, data=self.request.POST)
            self.storage.set_step_data(current, self.process_step(form))
            self.forget_shown_steps()
        if goto_step not in self.get_form_list():  # hidden by the answers kept, or by another tab's: stay here
            goto_step = current
        return super().render_goto_step(goto_step, **kwargs)

    def render(self, form=None, **kwargs):
        """A step is shown with its errors only when it has just been posted, or when sending found that it no
        longer holds (?check): one kept unfinished ("Previous") shows what was typed, and its errors wait until
        it is posted again."""
        posted = self.steps.current == getattr(self, "posted_step", None)
        if form is not None and form.is_bound and not posted and CHECK not in self.request.GET and form.errors:
            typed = {
                name: field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
                for name, field in form.fields.items()
            }
            form = self.get_form(step=self.steps.current)
            form.initial = {**form.initial, **typed}
        return super().render(form, **kwargs)

    def render_revalidation_failure(self, failed_step, form, **kwargs):
        """The first step that no longer holds when sending, shown with its errors."""
        self.storage.current_step = failed_step
        return redirect(f"{self.get_step_url(failed_step)}?{CHECK}")

    def forget_shown_steps(self):
        """As formtools does when a step is stored: the answers may show or hide later steps, so what was derived
        from the answers before them is worked out again."""
        del self._resolved_form_list, self._cache_signature
        for name in [name for name in self.__dict__ if name.startswith("_cleaned_data_cache_")]:
            delattr(self, name)

    def post(self, *args, **kwargs):
        """formtools' post, with the step read straight from the management form's one field rather than
        through a form built and validated for it on every post. Every post names the step it was made on, and
        that is the step saved, "next" or "previous" alike: not the step this browser, or a colleague sharing
        the draft, was on last."""
        posted = self.request.POST.get(f"{self.prefix}-current_step")
        form_list = self.get_form_list()
        if posted not in form_list:
            # None, no such step, or one hidden by an earlier answer: not a form this survey showed.
            raise BadRequest("unknown survey step")
        self.storage.current_step = posted
        self.posted_step = posted
        goto = self.request.POST.get("wizard_goto_step")
        if goto:  # "previous" or "change answers", never sending, even to a step no longer shown
            return self.render_goto_step(goto)
        form = self.get_form(data=self.request.POST)
        if not form.is_valid():
            return self.render(form)
        self.storage.set_step_data(posted, self.process_step(form))
        self.forget_shown_steps()
        if posted == self.steps.last:
            return self.render_done(form, **kwargs)
        return self.render_next_step(form)

    def get(self, *args, step=None, **kwargs):
        if self.steps.current not in self.get_form_list():
            # The step kept as current is no longer shown (a publish removed it, or a colleague's answer hid it):
            # begin from the first; the answers stay.
            self.storage.current_step = self.steps.first
        if step == DONE:  # answers are sent by posting the review step, never by opening an address
            return redirect(self.get_step_url(self.steps.current))
        return super().get(*args, step=step, **kwargs)

    def render_done(self, form, **kwargs):
        """Send straight from the review step's post, rather than through formtools' redirect to a `done` step
        that would store on a GET: one request, and reopening an address never sends anything. Every step shown
        must hold (see get_cleaned_data_for_step); the first that does not is shown. The review step's own form,
        `form`, was validated by this very post."""
        cleaned = {}
        for step in self.get_form_list():
            cleaned[step] = form.cleaned_data if step == REVIEW else self.get_cleaned_data_for_step(step)
            if cleaned[step] is None:
                return self.render_revalidation_failure(step, None, **kwargs)
        response = self.send(cleaned)
        if response is None:  # not sent: the answers stay for another try
            return redirect(self.get_step_url(self.steps.current))
        if response.status_code < 400:  # sent (or thanked); a refusal (429) keeps the answers for another try
            self.storage.reset()
        return response

    def send(self, cleaned):
        """Store the answers (`cleaned`: the cleaned data of every step shown, by step) and return the response
        to show, or None if they could not be sent and are kept."""
        raise NotImplementedError

    def collected_answers(self, cleaned):
        data = {}
        for step, step_data in cleaned.items():
            if step != REVIEW:
                data.update(step_data)
        return answer_rows(self.sections, data)


def _section_condition(section):
    def condition(wizard):
        return section.shown(wizard.answers_before(section.step))

    return condition


class ParticipantWizard(SurveyWizard):
    storage_name = "formtools.wizard.storage.session.SessionStorage"

    def send(self, cleaned):
        key = self.storage.extra_data.get("submission_key")
        if cleaned[REVIEW]["website"] or not key:  # the honeypot was filled in: thanked, not stored
            return redirect(self.survey.subpage_url("thanks"))
        if SUBMISSIONS.over(self.request):
            return refusal(_("Too many answers from this connection. Please try again later."))
        code_key = access_codes.session_key(self.survey)
        try:
            store_response(
                self.survey,
                self.collected_answers(cleaned),
                access_code=self.request.session.get(code_key) if self.survey.access_codes else None,
                submission_key=key,
                language=self.request.LANGUAGE_CODE,
                submitted_on=timezone.localdate(),
            )
        except access_codes.CodeAlreadyUsed:
            messages.error(
                self.request,
                _("Your code was used on another device meanwhile. Enter another code: your answers are kept."),
            )
            return None
        finally:
            self.request.session.pop(code_key, None)  # one code, one response: the next person needs their own
        return redirect(self.survey.subpage_url("thanks"))

    def get(self, *args, **kwargs):
        if not self.storage.extra_data.get("submission_key"):
            # One key a respondent: a double click or a refresh of the last step stores one response.
            self.storage.extra_data = {**self.storage.extra_data, "submission_key": secrets.token_hex(16)}
        return super().get(*args, **kwargs)


def store_response(survey, rows, access_code=None, status=ResponseStatus.SUBMITTED, **fields):
    """Store a participant's response to `survey` (a LiveSurvey) and its answers, both or neither, using up the
    paper access code if there is one in the same transaction, and return the response's id; a second submit
    with the same key stores nothing more. (A survey manager's test is stored here too, with its own status.)"""
    values = {"survey_id": survey.canonical_pk, "revision_id": survey.revision_id, **fields}
    try:
        with transaction.atomic() if access_code is not None else nullcontext():
            response_id = SurveyResponse.objects.insert(rows, status=status, **values)
            if access_code is not None:
                access_codes.use(access_code)
    except IntegrityError:
        return SurveyResponse.objects.values_list("pk", flat=True).get(submission_key=fields["submission_key"])
    return response_id


class MunicipalityWizard(SurveyWizard):
    """The municipality's one shared response, by invitation link: every step saved on the server; a step
    saved by a colleague in the meantime is not overwritten."""

    storage_name = "surveys.storage.ResponseStorage"
    route_name = "invitation"
    review_form = MunicipalityReviewForm
    invitation = None
    token = None

    def route_kwargs(self, step):
        return {"token": self.token, "step": step}

    def dispatch(self, request, *args, **kwargs):
        request.survey_response = self.invitation.response
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        context["version"] = self.request.survey_response.step_versions.get(self.steps.current, 0)
        context["municipality"] = self.invitation.municipality
        return context

    def post(self, *args, **kwargs):
        """Every post, a step's "next" or "previous" alike, works on the row locked and read afresh and saves it
        in the same transaction (surveys.storage)."""
        step = self.request.POST.get(f"{self.prefix}-current_step") or self.steps.current
        if step not in self.form_list:  # ("../0", "0 "): not a step of this survey, whatever the version says
            raise BadRequest("unknown survey step")
        with transaction.atomic():
            response = SurveyResponse.objects.select_for_update().get(pk=self.request.survey_response.pk)
            if response.status == ResponseStatus.SUBMITTED:
                return redirect(self.get_step_url(DONE))
            saved = response.step_versions.get(step, 0)
            if str(saved) != self.request.POST.get(VERSION_FIELD, str(saved)):
                # A colleague saved this step since it was opened: show theirs, overwrite nothing.
                messages.warning(
                    self.request,
                    _(
                        "A colleague saved this step while you were editing it. Their answers are shown below: "
                        "check them, make your changes again and save."
                    ),
                )
                return redirect(self.get_step_url(step))
            self.request.survey_response = response
            self.storage.load(response)
            result = super().post(*args, **kwargs)
            if getattr(self, "step_saved", False) and step != REVIEW:
                response.step_versions = {**response.step_versions, step: saved + 1}
                SurveyResponse.objects.filter(pk=response.pk).update(step_versions=response.step_versions)
            self.storage.save()
            return result

    def process_step(self, form):
        self.step_saved = True
        return super().process_step(form)

    def send(self, cleaned):
        """Submit once: `post` holds the row locked and has found it not submitted, so of two simultaneous
        submits the second finds it submitted."""
        response = self.request.survey_response
        response.answers.all().delete()
        Answer.objects.insert_rows(response.pk, self.collected_answers(cleaned))
        now = timezone.now()
        response.status = ResponseStatus.SUBMITTED  # the storage keeps the draft for staff to reopen
        response.submitted_by = cleaned[REVIEW]["submitted_by"]
        response.submitted_at, response.submitted_on = now, now.date()
        response.revision_id = self.survey.revision_id
        response.language = self.request.LANGUAGE_CODE
        response.save(update_fields=["status", "submitted_by", "submitted_at", "submitted_on", "revision", "language"])

        def sent(_language):
            when = date_format(timezone.localtime(now), "SHORT_DATETIME_FORMAT")  # in each letter's language
            return {"submitted_by": response.submitted_by, "submitted_at": when}

        queue_email("receipt", self.invitation.emails.split(), letters_to(self.invitation, sent))
        return redirect(self.get_step_url(DONE))
