"""Serving pages: each in its own language."""

from django.shortcuts import redirect
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale

# Where a visitor goes whose language has no page here: every page of the site exists in English.
FALLBACK_LANGUAGE = "en"


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Wagtail routes an address in a language that has no home page (/so/…) through the default language's
    pages, which would serve Finnish content marked as Somali (and laid out right to left for Persian or Pashto).
    Such a visitor is sent to the page in English, or where it has no English version, in its own language."""
    if page.locale.language_code == get_language():
        return None
    fallback = Locale.objects.filter(language_code=FALLBACK_LANGUAGE).first()
    target = (page.get_translation_or_none(fallback) if fallback else None) or page
    return redirect(target.get_url(request))
