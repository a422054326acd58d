"""A municipality's submitted response, read through its invitation link for as long as the response is kept:
open or closed, published or not, to read, print and download as a CSV file."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.spreadsheet import SafeWriter

from .readback import response_rows

DOWNLOAD = "download"
# More to see of a submitted response, registered by other apps (results adds the comparison with the region and
# the whole country): {step: (label, view(request, survey page, invitation, link))}. surveys imports none of them.
EXTRAS = {}


def register(step, label, view):
    EXTRAS[step] = (label, view)


def page(request, survey, invitation, link):
    """The submitted answers with the labels of the revision they answered (`link`: the invitation link)."""
    response = invitation.response
    return TemplateResponse(
        request,
        "surveys/submitted.html",
        {
            "page": survey,
            "self": survey,
            "survey_response": response,
            "municipality": invitation.municipality,
            "rows": response_rows(response),
            "download_url": f"{link}{DOWNLOAD}/",
            "extras": [(label, f"{link}{step}/") for step, (label, _view) in EXTRAS.items()],
        },
    )


def download(survey, invitation):
    """The submitted answers as a CSV file (UTF-8 with a byte-order mark, so that spreadsheets read it)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{survey.slug}-{invitation.municipality.code}.csv"'
    response.write("\ufeff")
    writer = SafeWriter(response)
    writer.writerow([_("Question"), _("Answer")])
    writer.writerows(response_rows(invitation.response))
    return response
