"""The site's own languages apart from the survey languages, and the language a visitor falls back to: read by
the menus, the home pages and the redirect of a language without pages (config.languages lists them all)."""

from django.conf import settings

# Where a visitor goes whose language has no page here: every page of the site exists in English.
FALLBACK_LANGUAGE = "en"


def is_site_language(code):
    """Fi, sv and en: the languages every page is written in (the survey languages have homes and surveys)."""
    return code in {site_code for site_code, _name in settings.SITE_LANGUAGES}


def in_visitors_language(page, language):
    """`page` as a visitor reading `language` should get it: in that language if it is published in it, else in
    English, else as it is."""
    versions = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True).live().select_related("locale")
    }
    return versions.get(language) or versions.get(FALLBACK_LANGUAGE) or page
