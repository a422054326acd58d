"""Programme staff's survey tools in the Wagtail admin: the status board of a municipality survey, inviting
municipalities and sending reminders."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .invitations import invite, municipalities_for, remind, status_by_region
from .models import Audience, ResponseStatus, SurveyPage, SurveyResponse


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
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "One municipality a line: code, then its addresses, e.g. “091: kirjaamo@hel.fi, maahanmuutto@hel.fi”."
        ),
    )

    def clean_emails(self):
        by_code, validate = {}, forms.EmailField().clean
        for number, line in enumerate(self.cleaned_data["emails"].splitlines(), start=1):
            if not line.strip():
                continue
            code, _sep, addresses = line.partition(":")
            code = code.strip().zfill(3)
            try:
                by_code[code] = [validate(a.strip()) for a in addresses.replace(";", ",").split(",") if a.strip()]
            except forms.ValidationError as error:
                raise forms.ValidationError(
                    _("Line %(number)s: %(error)s") % {"number": number, "error": error.messages[0]}
                ) from error
        return by_code


def _survey(request, pk):
    survey = get_object_or_404(SurveyPage, pk=pk, audience=Audience.MUNICIPALITIES)
    if not survey.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return survey.canonical


def index(request):
    surveys = SurveyPage.objects.filter(audience=Audience.MUNICIPALITIES, locale__language_code="fi").order_by(
        "-round_year"
    )
    return TemplateResponse(request, "surveys/admin/index.html", {"surveys": surveys})


def board(request, pk):
    survey = _survey(request, pk)
    form = InviteForm(request.POST if request.POST.get("action") == "invite" else None)
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
        codes = list(data["emails"]) if data["scope"] == "selection" else ()
        municipalities = municipalities_for(survey, data["scope"], data["code"], codes)

        def link_for(token):
            return request.build_absolute_uri(
                survey.url + survey.reverse_subpage("invitation", kwargs={"token": token})
            )

        invited, skipped, missing = invite(survey, municipalities, data["emails"], link_for)
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
