from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists the default language's tree only; this one lists the live public pages of every
    language."""

    def items(self):
        return Page.objects.live().public().filter(depth__gt=1).order_by("path").specific()
