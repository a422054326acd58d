"""Programme staff's survey tools in the Wagtail admin: the status board of a municipality survey (inviting
municipalities, sending reminders and new links, reopening responses) and the paper access codes of a
participants' survey. Every view and action needs the survey administration permission (the "Survey managers"
group), checked here on the server: being able to edit the survey page is not enough."""

import json
from functools import wraps

from django import forms
from django.contrib import messages
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from core.pagination import admin_page
from core.spreadsheet import SafeWriter
from reference.areas import name_in_language

from . import contacts
from .access_codes import MAX_BATCH, create_batch, shown
from .collection import RoundState, round_state
from .definition import DefinitionError, create_from_definition, definition_of, translation_overview
from .invitations import (
    invitation_link_prefixes,
    invite,
    municipalities_for,
    remind,
    reopen,
    send_new_link,
    status_by_area,
)
from .models import (
    AccessCodeBatch,
    Audience,
    Invitation,
    InvitationEvent,
    ResponseStatus,
    ScheduledReminder,
    SurveyIndexPage,
    SurveyPage,
    SurveyResponse,
)

PERMISSION = "surveys.administer_surveys"


def can_administer(user):
    return user.has_perm(PERMISSION)


def administers_surveys(view):
    """403, with a message, for anyone without the survey administration permission. (Wagtail would turn a
    PermissionDenied into a redirect to the dashboard.)"""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_administer(request.user):
            message = _("Survey administration needs the permission of the Survey managers group.")
            return TemplateResponse(request, "admin_message.html", {"message": message}, status=403)
        return view(request, *args, **kwargs)

    return wrapped


class InviteForm(forms.Form):
    scope = forms.ChoiceField(
        label=gettext_lazy("Municipalities"),
        choices=[
            ("all", gettext_lazy("All municipalities")),
            ("region", gettext_lazy("A region (code)")),
            ("regional_centre", gettext_lazy("An elinvoimakeskus or ELY Centre (code)")),
            ("selection", gettext_lazy("The municipalities listed below")),
        ],
    )
    code = forms.CharField(label=gettext_lazy("Region or centre code"), required=False, max_length=3)
    emails = forms.CharField(
        label=gettext_lazy("Contact e-mail addresses"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "One municipality a line: code, then its addresses, e.g. “091: kirjaamo@hel.fi, maahanmuutto@hel.fi”."
        ),
    )
    emails_file = forms.FileField(
        label=gettext_lazy("… or a CSV file of addresses"),
        required=False,
        help_text=gettext_lazy(
            "A spreadsheet saved as CSV: the municipality code in the first column, its addresses in the next "
            "columns (or in one, separated by commas). A header row is skipped."
        ),
    )

    def __init__(self, *args, year, **kwargs):
        super().__init__(*args, **kwargs)
        self.year = year

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        upload, text = data.get("emails_file"), data.get("emails", "")
        if not upload and not text.strip():
            raise forms.ValidationError(_("Give the contact addresses, typed or as a CSV file."))
        field = "emails_file" if upload else "emails"
        try:
            rows = list(contacts.rows_from_file(upload)) if upload else list(contacts.rows_from_text(text))
            data["addresses"] = contacts.addresses_by_code(rows, self.year)
        except forms.ValidationError as error:
            self.add_error(field, error)
        return data


class AccessCodeBatchForm(forms.Form):
    label = forms.CharField(label=gettext_lazy("Class or event"), max_length=200)
    count = forms.IntegerField(label=gettext_lazy("Number of codes"), min_value=1, max_value=MAX_BATCH, initial=30)


class ReopenForm(forms.Form):
    response = forms.ModelChoiceField(queryset=SurveyResponse.objects.none())

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["response"].queryset = SurveyResponse.objects.filter(
            survey=survey, status=ResponseStatus.SUBMITTED, invitation__isnull=False
        )


class NewLinkForm(forms.Form):
    """Any invitation of the survey: a municipality that has submitted reads and downloads its answers through
    its link, and may have lost it too."""

    invitation = forms.ModelChoiceField(queryset=Invitation.objects.none())

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invitation"].queryset = Invitation.objects.filter(survey=survey)


class ScheduleReminderForm(forms.Form):
    """When to remind, later: after now and before the survey closes."""

    send_at = forms.DateTimeField(
        label=gettext_lazy("Send reminders at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M"],
    )

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey

    def clean_send_at(self):
        send_at = self.cleaned_data["send_at"]
        if send_at <= timezone.now():
            raise forms.ValidationError(_("Choose a time in the future."))
        if self.survey.closes_at and send_at >= self.survey.closes_at:
            raise forms.ValidationError(_("Choose a time before the survey closes."))
        return send_at


class CancelReminderForm(forms.Form):
    reminder = forms.ModelChoiceField(queryset=ScheduledReminder.objects.none())

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reminder"].queryset = ScheduledReminder.objects.filter(survey=survey, sent_at=None)


def _survey(pk, audience=Audience.MUNICIPALITIES):
    return get_object_or_404(SurveyPage, pk=pk, audience=audience).canonical


def _refused(request, message, status=400):
    """An action posted with a value the board never offered (a stale page, or a tampered form): 400."""
    return TemplateResponse(request, "admin_message.html", {"message": message, "back": request.path}, status=status)


def _count(model, **conditions):
    """How many `model` rows belong to the survey of the outer query, as a subquery (no join that multiplies)."""
    rows = model.objects.filter(survey=OuterRef("pk"), **conditions).order_by().values("survey")
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")), 0)


def rounds():
    """[{survey, state}] of every survey round (its default-language page) with its invited, started and submitted
    counts, newest round first: one query."""
    surveys = (
        SurveyPage.objects.filter(locale=Locale.get_default())
        .defer_streamfields()
        .annotate(
            invited=_count(Invitation),
            started=_count(SurveyResponse, status__in=[ResponseStatus.IN_PROGRESS, ResponseStatus.SUBMITTED]),
            submitted=_count(SurveyResponse, status=ResponseStatus.SUBMITTED),
        )
        .order_by("-round_year", "audience", "title")
    )
    now = timezone.now()
    return [{"survey": survey, "state": round_state(survey, now)} for survey in surveys]


@administers_surveys
def index(request):
    """Every survey round with its audience, state, dates and counts."""
    return TemplateResponse(request, "surveys/admin/index.html", {"rows": rounds(), "states": RoundState})


@administers_surveys
def access_codes(request, pk):
    """Batches of paper codes for a participants' survey: create one for a class or an event, print it."""
    survey = _survey(pk, Audience.PARTICIPANTS)
    form = AccessCodeBatchForm(request.POST or None)
    if form.is_valid():
        batch = create_batch(survey, form.cleaned_data["label"], form.cleaned_data["count"])
        messages.success(
            request,
            _("%(count)s codes created for “%(label)s”.") % {"count": form.cleaned_data["count"], "label": batch.label},
        )
        return redirect(request.path)
    batches = survey.access_code_batches.annotate(total=Count("codes"), used=Count("codes", filter=Q(codes__used=True)))
    versions = SurveyPage.objects.live().filter(translation_key=survey.translation_key).select_related("locale")
    return TemplateResponse(
        request,
        "surveys/admin/access_codes.html",
        {"survey": survey, "form": form, "batches": batches, "versions": versions.order_by("locale__language_code")},
    )


@administers_surveys
def access_codes_print(request, pk):
    """A batch as slips to print and cut: the survey's address, its QR code and one code on each, in the language
    version of the survey asked for (`?language=ar`; the survey's own by default): a class or an event is handed
    slips in the language it answers in. The same codes work in every language version."""
    import segno

    batch = get_object_or_404(AccessCodeBatch.objects.select_related("survey"), pk=pk)
    canonical = _survey(batch.survey_id, Audience.PARTICIPANTS)
    language = request.GET.get("language", canonical.locale.language_code)
    survey = get_object_or_404(
        SurveyPage.objects.live(), translation_key=canonical.translation_key, locale__language_code=language
    )
    address = survey.get_full_url(request)
    return TemplateResponse(
        request,
        "surveys/admin/access_codes_print.html",
        {
            "survey": survey,
            "slip_language": language,
            "slip_direction": "rtl" if get_language_info(language)["bidi"] else "ltr",
            "batch": batch,
            "address": address,
            "qr": segno.make(address, error="m").svg_inline(scale=3, title=survey.title),
            "codes": [shown(code) for code in batch.codes.order_by("code").values_list("code", flat=True)],
        },
    )


@administers_surveys
def board(request, pk):
    survey = _survey(pk)
    action = request.POST.get("action") if request.method == "POST" else None
    inviting = action == "invite"
    form = InviteForm(request.POST if inviting else None, request.FILES if inviting else None, year=survey.round_year)
    link_prefixes = invitation_link_prefixes(survey, request)
    if action == "reopen":
        reopening = ReopenForm(request.POST, survey=survey)
        if not reopening.is_valid():
            return _refused(request, _("That response is not a submitted response of this survey."))
        if not survey.is_open:
            # Reopened, it could neither be sent again nor read through the link: extend the survey first.
            return _refused(
                request, _("The survey is closed: extend its closing time first, then reopen the response.")
            )
        reopen(reopening.cleaned_data["response"], request.user)
        messages.success(request, _("The response was reopened: the municipality can change and send it again."))
        return redirect(request.path)
    if action == "new_link":
        resending = NewLinkForm(request.POST, survey=survey)
        if not resending.is_valid():
            return _refused(request, _("That municipality has no invitation to this survey."))
        invitation = resending.cleaned_data["invitation"]
        send_new_link(invitation, link_prefixes, request.user)
        messages.success(
            request,
            _("A new link is being sent to %(name)s; the old one stops working.") % {"name": invitation.municipality},
        )
        return redirect(request.path)
    if action == "remind":
        count = remind(survey, link_prefixes, request.user)
        messages.success(
            request,
            _("Reminders queued for %(count)s municipalities (not to those contacted in the last day).")
            % {"count": count},
        )
        return redirect(request.path)
    scheduling = ScheduleReminderForm(request.POST if action == "schedule_reminder" else None, survey=survey)
    if scheduling.is_bound and scheduling.is_valid():
        send_at = scheduling.cleaned_data["send_at"]
        ScheduledReminder.objects.create(survey=survey, send_at=send_at, created_by=request.user)
        messages.success(request, _("Reminders will be sent at %(when)s.") % {"when": _when(send_at)})
        return redirect(request.path)
    status = 400 if scheduling.is_bound else 200  # refused: the board again, the form with its message
    if action == "cancel_reminder":
        cancelling = CancelReminderForm(request.POST, survey=survey)
        if not cancelling.is_valid():
            return _refused(request, _("That reminder is not waiting to be sent."))
        cancelling.cleaned_data["reminder"].delete()
        messages.success(request, _("The scheduled reminder was cancelled."))
        return redirect(request.path)
    if action not in (None, "invite", "schedule_reminder"):
        return _refused(request, _("Unknown action."))
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        codes = list(data["addresses"]) if data["scope"] == "selection" else ()
        municipalities = municipalities_for(survey, data["scope"], data["code"], codes)
        invited, skipped, missing = invite(survey, municipalities, data["addresses"], link_prefixes, request.user)
        messages.success(
            request,
            _("%(invited)s invited, %(skipped)s already invited.") % {"invited": len(invited), "skipped": len(skipped)},
        )
        if missing:
            messages.warning(request, _("No address for: %(names)s") % {"names": ", ".join(m.name for m in missing)})
        return redirect(request.path)
    rows = [{**row, "name": name_in_language(row)} for row in status_by_area(survey)]
    search = request.GET.get("q", "").strip()[:100]
    submitted = (
        SurveyResponse.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED)
        .filter(_municipality_matches(search, "invitation__municipality__"))
        .select_related("invitation__municipality")
        .order_by("invitation__municipality__name_fi")
    )
    pending = (
        Invitation.objects.filter(survey=survey)
        .exclude(response__status=ResponseStatus.SUBMITTED)
        .filter(_municipality_matches(search, "municipality__"))
        .select_related("municipality", "response")
        .order_by("municipality__name_fi")
    )
    if request.GET.get("export") == "pending":
        log(survey, PENDING_LIST_ACTION, user=request.user, data={"search": search, "rows": len(pending)})
        return _pending_csv(survey, pending)
    events = InvitationEvent.objects.filter(invitation__survey=survey).select_related(
        "invitation__municipality", "user"
    )
    totals = {key: sum(row[key] for row in rows) for key in ("invited", "opened", "in_progress", "submitted")}
    return TemplateResponse(
        request,
        "surveys/admin/board.html",
        {
            "survey": survey,
            "rows": rows,
            "totals": totals,
            "form": form,
            "submitted": admin_page(request, submitted, "submitted_page", BOARD_PAGE_SIZE),
            "pending": admin_page(request, pending, "pending_page", BOARD_PAGE_SIZE),
            "search": search,
            "events": events[:50],
            "scheduling": scheduling,
            "reminders": survey.scheduled_reminders.select_related("created_by"),
        },
        status=status,
    )


@administers_surveys
def definition_download(request, pk):
    """The survey's definition in every language version, as a JSON file (surveys.definition)."""
    survey = get_object_or_404(SurveyPage, pk=pk).canonical
    response = HttpResponse(
        json.dumps(definition_of(survey), ensure_ascii=False, indent=2) + "\n",
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{survey.slug}.json"'
    return response


@administers_surveys
def translations(request, pk):
    """Which languages the survey exists in, how much of it each has translated, and whether its source changed
    after a translation was last edited; each to try out (surveys.trial), and the tests sent so far, to delete."""
    survey = get_object_or_404(SurveyPage, pk=pk).canonical
    tests = SurveyResponse.objects.filter(survey=survey, status=ResponseStatus.TEST)
    if request.method == "POST" and "delete_tests" in request.POST:
        tests.delete()
        messages.success(request, _("The survey's test answers were deleted."))
        return redirect("survey_translations", survey.pk)
    context = {"survey": survey, "rows": translation_overview(survey), "tests": tests.count()}
    return TemplateResponse(request, "surveys/admin/translations.html", context)


class DefinitionImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Survey definition (JSON)"),
        help_text=gettext_lazy("A file downloaded from a survey's “Definition” link, here or in another installation."),
    )


@administers_surveys
def definition_import(request):
    """A new draft survey, in every language of the file that has a survey index here, from a definition file;
    a file that cannot be used is refused with a message naming its line, and nothing is created."""
    form = DefinitionImportForm(request.POST or None, request.FILES or None)
    status = 200
    if form.is_valid():
        index = SurveyIndexPage.objects.filter(locale=Locale.get_default()).first()
        if index is None or not index.permissions_for_user(request.user).can_add_subpage():
            return _refused(request, _("You may not add surveys."), status=403)
        try:
            text = form.cleaned_data["file"].read().decode("utf-8-sig")
            survey, languages = create_from_definition(text)
        except UnicodeDecodeError:
            form.add_error("file", _("The file is not UTF-8 text."))
        except DefinitionError as error:
            form.add_error("file", str(error))
        else:
            names = ", ".join(languages)
            messages.success(
                request,
                _("Survey “%(title)s” created as a draft in: %(languages)s.")
                % {"title": survey.title, "languages": names},
            )
            return redirect("wagtailadmin_pages:edit", survey.pk)
    if form.is_bound:
        status = 400
    return TemplateResponse(request, "surveys/admin/definition_import.html", {"form": form}, status=status)


# The status board's lists, a page at a time.
BOARD_PAGE_SIZE = 50


def _municipality_matches(search, prefix):
    """A municipality whose name (in Finnish, Swedish or English) contains `search`, or whose code it is."""
    if not search:
        return Q()
    names = Q()
    for language in ("fi", "sv", "en"):
        names |= Q(**{f"{prefix}name_{language}__icontains": search})
    return names | Q(**{f"{prefix}code": search})


PENDING_LIST_ACTION = "kuntaan.surveys.pending_list"


def _pending_csv(survey, pending):
    """The municipalities that have not submitted, with their addresses and how far they got: for survey
    managers to follow up by phone or e-mail outside the service. Written through the spreadsheet helper."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"not-submitted-{survey.slug}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel reads UTF-8 by its byte-order mark
    writer = SafeWriter(response)
    writer.writerow([_("Code"), _("Municipality"), _("State"), _("Opened"), _("Last saved"), _("Last contacted"),
                     _("Addresses")])  # fmt: skip
    for invitation in pending:
        saved = getattr(invitation, "response", None)
        writer.writerow(
            [
                invitation.municipality.code,
                invitation.municipality.name,
                _pending_state(invitation, saved),
                _when(invitation.opened_at),
                _when(saved.saved_at if saved else None),
                _when(invitation.contacted_at),
                ", ".join(invitation.emails.split()),
            ]
        )
    return response


def _pending_state(invitation, saved):
    if saved is not None:
        return _("In progress")
    return _("Opened") if invitation.opened_at else _("Not opened")


def _when(moment):
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") if moment else ""
