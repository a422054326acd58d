"""Programme staff's survey tools in the Wagtail admin: the status board of a municipality survey (inviting
municipalities, sending reminders, reopening responses) and the paper access codes of a participants' survey."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import contacts
from .access_codes import MAX_BATCH, create_batch, shown
from .invitations import invite, municipalities_for, remind, status_by_region
from .models import AccessCodeBatch, Audience, ResponseStatus, SurveyPage, SurveyResponse


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


def _survey(request, pk, audience=Audience.MUNICIPALITIES):
    survey = get_object_or_404(SurveyPage, pk=pk, audience=audience)
    if not survey.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return survey.canonical


def index(request):
    surveys = SurveyPage.objects.filter(locale__language_code="fi").order_by("-round_year", "title")
    return TemplateResponse(
        request,
        "surveys/admin/index.html",
        {
            "municipality_surveys": [s for s in surveys if s.audience == Audience.MUNICIPALITIES],
            "participant_surveys": [s for s in surveys if s.audience == Audience.PARTICIPANTS],
        },
    )


def access_codes(request, pk):
    """Batches of paper codes for a participants' survey: create one for a class or an event, print it."""
    survey = _survey(request, pk, Audience.PARTICIPANTS)
    form = AccessCodeBatchForm(request.POST or None)
    if form.is_valid():
        batch = create_batch(survey, form.cleaned_data["label"], form.cleaned_data["count"])
        messages.success(
            request,
            _("%(count)s codes created for “%(label)s”.") % {"count": form.cleaned_data["count"], "label": batch.label},
        )
        return redirect(request.path)
    batches = survey.access_code_batches.annotate(
        total=Count("codes"), used=Count("codes", filter=Q(codes__used_on__isnull=False))
    )
    versions = SurveyPage.objects.live().filter(translation_key=survey.translation_key).select_related("locale")
    return TemplateResponse(
        request,
        "surveys/admin/access_codes.html",
        {"survey": survey, "form": form, "batches": batches, "versions": versions.order_by("locale__language_code")},
    )


def access_codes_print(request, pk):
    """A batch as slips to print and cut: the survey's address, its QR code and one code on each."""
    import segno

    batch = get_object_or_404(AccessCodeBatch.objects.select_related("survey"), pk=pk)
    survey = _survey(request, batch.survey_id, Audience.PARTICIPANTS)
    address = survey.get_full_url(request)
    return TemplateResponse(
        request,
        "surveys/admin/access_codes_print.html",
        {
            "survey": survey,
            "batch": batch,
            "address": address,
            "qr": segno.make(address, error="m").svg_inline(scale=3, title=survey.title),
            "codes": [shown(code) for code in batch.codes.order_by("code").values_list("code", flat=True)],
        },
    )


def board(request, pk):
    survey = _survey(request, pk)
    inviting = request.POST.get("action") == "invite"
    form = InviteForm(request.POST if inviting else None, request.FILES if inviting else None, year=survey.round_year)
    if request.method == "POST" and request.POST.get("action") == "reopen":
        reopened = SurveyResponse.objects.filter(
            pk=request.POST.get("response"), survey=survey, status=ResponseStatus.SUBMITTED
        ).update(status=ResponseStatus.IN_PROGRESS)
        if reopened:
            messages.success(request, _("The response was reopened: the municipality can change and send it again."))
        return redirect(request.path)
    if request.method == "POST" and request.POST.get("action") == "remind":
        count = remind(survey)
        messages.success(request, _("Reminders queued for %(count)s municipalities.") % {"count": count})
        return redirect(request.path)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        codes = list(data["addresses"]) if data["scope"] == "selection" else ()
        municipalities = municipalities_for(survey, data["scope"], data["code"], codes)

        link_prefix = survey.get_full_url(request) + "i/"
        invited, skipped, missing = invite(survey, municipalities, data["addresses"], link_prefix)
        messages.success(
            request,
            _("%(invited)s invited, %(skipped)s already invited.") % {"invited": len(invited), "skipped": len(skipped)},
        )
        if missing:
            messages.warning(request, _("No address for: %(names)s") % {"names": ", ".join(m.name for m in missing)})
        return redirect(request.path)
    rows = list(status_by_region(survey))
    submitted = (
        SurveyResponse.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED)
        .select_related("invitation__municipality")
        .order_by("invitation__municipality__name_fi")
    )
    totals = {key: sum(row[key] for row in rows) for key in ("invited", "opened", "in_progress", "submitted")}
    return TemplateResponse(
        request,
        "surveys/admin/board.html",
        {"survey": survey, "rows": rows, "totals": totals, "form": form, "submitted": submitted},
    )
