"""The tutorial's navigation_tags: the site root for the header's menu, and the footer text snippet."""

from django import template
from wagtail.models import Site

from pagepeer.models import PeerFooterText

register = template.Library()


@register.inclusion_tag("pagepeer/includes/footer_text.html", takes_context=True)
def get_footer_text(context):
    footer_text = context.get("footer_text", "")
    if not footer_text:
        instance = PeerFooterText.objects.filter(live=True).first()
        footer_text = instance.body if instance else ""
    return {"footer_text": footer_text}


@register.simple_tag(takes_context=True)
def get_site_root(context):
    return Site.find_for_request(context["request"]).root_page
