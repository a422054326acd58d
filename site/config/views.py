"""Error pages that say what went wrong in the visitor's language (Django's own 400 page is one English line
and is rendered without the request, so it cannot use the site's layout)."""

import sys

from django.core.exceptions import DisallowedHost, RequestDataTooBig, TooManyFieldsSent
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponsePermanentRedirect, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _

from core.cache import UNREACHABLE
from core.errors import ExplainedBadRequest

RETRY_AFTER_SECONDS = 120


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


def unavailable(request):
    """503: a store the request needs (the sessions' Redis) is out of reach; nothing was saved, and the visitor is
    told so in their language."""
    response = TemplateResponse(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response.render()


def server_error(request):
    """A fault that is Redis being out of reach is a 503 that says so, never a 500; anything else is the plain
    500 page, which needs nothing that could have failed."""
    if isinstance(sys.exc_info()[1], UNREACHABLE):
        return unavailable(request)
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
