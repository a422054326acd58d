"""Error pages that say what went wrong in the visitor's language (Django's own 400 page is one English line
and is rendered without the request, so it cannot use the site's layout)."""

import sys

from django.core.exceptions import DisallowedHost, RequestDataTooBig, TooManyFieldsSent
from django.db import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _

from core.cache import UNREACHABLE
from core.errors import ExplainedBadRequest

RETRY_AFTER_SECONDS = 120
# The database out of reach (stopped, restarting, refusing connections): for a while, not for good.
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)


def bad_request(request, exception):
    if isinstance(exception, DisallowedHost):
        # Nothing of the site is rendered for a host it does not answer to: its links would need that host.
        return HttpResponseBadRequest("Bad Request: unknown host.", content_type="text/plain; charset=utf-8")
    if isinstance(exception, RequestDataTooBig):
        message = _(
            "What you sent is too large. Go back, shorten your longest answers and send again: answers you "
            "saved earlier are kept."
        )
    elif isinstance(exception, TooManyFieldsSent):
        message = _("The form sent too many fields. Go back and send it again.")
    elif isinstance(exception, ExplainedBadRequest):
        message = exception.message
    else:
        message = _("The form could not be read. Go back and try again: answers you saved earlier are kept.")
    response = TemplateResponse(request, "400.html", {"message": message}, status=400)
    return response.render()


def _api(request):
    return request.path.startswith("/api/")


def unavailable(request, database=False):
    """503: a store the request needs is out of reach; nothing was saved, and the visitor is told so. With the
    sessions' Redis out of reach, in their language and the site's layout; with the database, on a page that needs
    nothing from it; to the API, as JSON."""
    if _api(request):
        response = JsonResponse({"error": "The service is temporarily unavailable. Try again later."}, status=503)
    elif database:
        response = HttpResponse(loader.get_template("503_plain.html").render(), status=503)
    else:
        response = TemplateResponse(request, "503.html", status=503).render()
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request):
    """A fault that is Redis or the database being out of reach is a 503 that says so, never a 500; anything else
    is the plain 500 page, which needs nothing that could have failed (JSON to the API)."""
    error = sys.exc_info()[1]
    if isinstance(error, UNREACHABLE + DATABASE_UNREACHABLE):
        return unavailable(request, database=isinstance(error, DATABASE_UNREACHABLE))
    if _api(request):
        return JsonResponse({"error": "Server error."}, status=500)
    return HttpResponseServerError(loader.get_template("500.html").render())


# Crawlers keep out of the admin, the survey answering steps and the personal invitation links (whose tokens
# must never reach a search index); the sitemap lists the rest.
ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /*/answer/
Disallow: /*/i/
Sitemap: {sitemap}
"""


def favicon(request):
    """Browsers that ask for /favicon.ico without reading the page's <link rel="icon"> get the static file."""
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


def robots_txt(request):
    return HttpResponse(ROBOTS.format(sitemap=request.build_absolute_uri("/sitemap.xml")), content_type="text/plain")
