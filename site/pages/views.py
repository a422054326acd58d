from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from .models import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over the live pages in the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = paginate(request, pages.search(query), 20)
    return TemplateResponse(request, "pages/search.html", {"query": query, "results": results})
