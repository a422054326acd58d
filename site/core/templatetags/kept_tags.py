"""`{% kept %}`: a part of a page rendered once and kept in the process until something is published."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from core.page_cache import kept_until_published

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, values, nodelist):
        self.values, self.nodelist = values, nodelist

    def render(self, context):
        site = Site.find_for_request(context.get("request"))  # a page's links are relative on its own site only
        key = ("kept", site and site.pk, get_language(), *(value.resolve(context) for value in self.values))
        return kept_until_published(key, lambda: self.nodelist.render(context))


@register.tag
def kept(parser, token):
    """`{% kept "name" value … %}…{% endkept %}`: rendered once for each set of values (and site and language)
    until the page-cache version moves, then served from this process's memory. The values must be all that the
    part depends on, and few: each set is kept. For what costs more to render than to look up, such as an
    image's <picture> (six renditions found and their addresses built)."""
    values = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    if not values:
        raise template.TemplateSyntaxError("{% kept %} needs a name and the values the part depends on")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(values, nodelist)
