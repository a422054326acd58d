import re

from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from core.page_cache import public
from core.pagination import paginate

MAX_QUERY_LENGTH = 200


@public
def search(request):
    """Full-text search over the live pages in the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    # Search words only: quotes and operators would reach SQLite's FTS5 query syntax as errors.
    terms = " ".join(re.findall(r"\w+", query))
    results = None
    if terms:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = paginate(request, pages.search(terms), 20)
    return TemplateResponse(request, "pages/search.html", {"query": query, "results": results})
