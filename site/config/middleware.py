"""Request handling shared by the whole site."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core.cache import UNREACHABLE
from core.languages import is_site_language, redirect_to_visitors_language

from .views import unavailable

# Paths outside i18n_patterns: a 404 there is an answer, not a reason to redirect to /fi/….
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml", "/robots.txt", "/favicon.ico")


class RejectNulMiddleware:
    """A NUL character in the path or query string is never legitimate and PostgreSQL refuses it in a query:
    answer 400 with a message rather than letting it reach the database as a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any("\x00" in k or "\x00" in v for k, v in request.GET.items()):
            message = _("The address contains a character that is not allowed.")
            if request.path.startswith("/api/"):
                return JsonResponse({"message": message}, status=400)
            return HttpResponseBadRequest(message)
        return self.get_response(request)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that it never redirects a 404 outside the language-prefixed pages
    (the API, the admin, documents) to a language prefix: Wagtail's catch-all route would make every such
    redirect land on an HTML 404 page instead of the API's JSON answer.

    An address that is not found, without a language prefix (an old or hand-typed link: /kyselyt/…) or in a
    language that has only its home and surveys (/fa/hankkeet/), is looked up among the default language's
    pages, whose addresses these are, and the visitor is sent to that page in their language, or else in
    English: Django alone would send them to the same address under their language's prefix, a 404."""

    def process_response(self, request, response):
        if request.path.startswith(UNPREFIXED):
            return response
        if response.status_code == 404:
            prefix = get_language_from_path(request.path_info)
            if prefix is None or not is_site_language(prefix):
                found = _default_language_page(request, request.path_info.removeprefix(f"/{prefix}" if prefix else ""))
                if found is not None:
                    return redirect_to_visitors_language(request, *found)
        return super().process_response(request, response)


def _default_language_page(request, path):
    """The live page of the site's default-language tree at `path` ('/kyselyt/palaute-2026/answer/'), or the
    nearest page above it (not the home), with the rest of the path ('answer/'); None if there is none."""
    site = Site.find_for_request(request)
    parts = [part for part in path.split("/") if part]
    if site is None or not parts:
        return None
    root = site.root_page.url_path
    depth_of = {root + "/".join(parts[:depth]) + "/": depth for depth in range(1, len(parts) + 1)}
    page = Page.objects.live().public().filter(url_path__in=depth_of).order_by("-depth").first()
    if page is None:
        return None
    rest = "/".join(parts[depth_of[page.url_path] :])
    return page, (rest + "/" if rest and path.endswith("/") else rest)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy (settings.ADMIN_CONTENT_SECURITY_POLICY) behind its
    sign-in: Wagtail's editor needs inline scripts, styles and previews that the public pages never do. The
    sign-in and password pages, which anyone can open, keep the strict public policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        path = request.path_info
        if not report_only and path.startswith("/admin/") and not path.startswith(OPEN_ADMIN_PAGES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


OPEN_ADMIN_PAGES = ("/admin/login/", "/admin/password_reset/")


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's, except that a session the sessions cache cannot save (Redis out of reach) ends in a 503 that
    says nothing was saved, rather than a 500, and never in the success the view had answered."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except UNREACHABLE:
            return unavailable(request)
