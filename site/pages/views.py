import re
from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.languages import FALLBACK_LANGUAGE, is_site_language
from core.page_cache import public
from core.pagination import paginate

MAX_QUERY_LENGTH = 200


@public
def search(request):
    """Full-text search over the live pages in the visitor's language; in a language that is not one of the
    site's own (most pages are not written in it), with the way to the same search in English."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    # Search words only: quotes and operators would reach SQLite's FTS5 query syntax as errors.
    terms = " ".join(re.findall(r"\w+", query))
    results = None
    if terms:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = paginate(request, pages.search(terms), 20)
    in_english = None
    if terms and not is_site_language(get_language()):
        with translation.override(FALLBACK_LANGUAGE):
            in_english = f"{reverse('search')}?{urlencode({'q': query})}"
    context = {"query": query, "results": results, "in_english": in_english}
    return TemplateResponse(request, "pages/search.html", context)
