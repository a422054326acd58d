"""The site's own languages apart from the survey languages, and the language a visitor falls back to: read by
the menus, the home pages and the redirect of a language without pages (config.languages lists them all)."""

from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail.models import Locale

from .page_cache import kept_until_published

# Where a visitor goes whose language has no page here: every page of the site exists in English.
FALLBACK_LANGUAGE = "en"


def is_site_language(code):
    """Fi, sv and en: the languages every page is written in (the survey languages have homes and surveys)."""
    return code in {site_code for site_code, _name in settings.SITE_LANGUAGES}


def active_locale():
    """Wagtail's `Locale.get_active()`, which reads the database at every call: kept in this process until the
    page-cache version moves (saving or deleting a Locale moves it). Shared by the requests that follow: never
    change it."""
    return kept_until_published(("active locale", get_language()), Locale.get_active)


def language_code_of(page):
    """`page.locale.language_code`, without reading the page's Locale from the database."""
    codes = kept_until_published("language codes", lambda: dict(Locale.all_objects.values_list("pk", "language_code")))
    return codes[page.locale_id]


def redirect_to_visitors_language(request, page, rest=""):
    """A redirect to `page` as the visitor (in the active language) should get it: in their language if it is
    published in it, else in English, else as it is; at the same sub-route (`rest`, after the page's own
    address) and with the same query string."""
    versions = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True).live().select_related("locale")
    }
    target = versions.get(get_language()) or versions.get(FALLBACK_LANGUAGE) or page
    query = request.META.get("QUERY_STRING", "")
    return redirect(target.get_url(request) + rest + (f"?{query}" if query else ""))
