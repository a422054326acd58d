"""Site chrome: main navigation, language switcher, hreflang alternates and footer links, each in a fixed
number of queries."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.languages import FALLBACK_LANGUAGE, active_locale, is_site_language
from core.page_cache import kept_until_published
from pages.models import AccessibilityStatementPage, PrivacyNoticePage

register = template.Library()


def _home(request):
    """The home page in the active language (the default language's if it has none); looked up once a request."""
    if not hasattr(request, "_kuntaan_home"):
        site = Site.find_for_request(request)
        home = None
        if site is not None:
            home = site.root_page
            locale = active_locale()
            if home.locale_id != locale.pk:
                home = Page.objects.filter(translation_key=home.translation_key, locale=locale).first() or home
        request._kuntaan_home = home
    return request._kuntaan_home


@register.simple_tag(takes_context=True)
def home_url(context):
    home = _home(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """The home page's children shown in menus (the wordmark and the breadcrumb lead home); in a language that
    is not one of the site's own, where the programme's pages are not, a last item leads to them in English."""
    request = context["request"]
    home = _home(request)
    items = home.get_children().live().in_menu() if home else []
    current = context.get("page")
    english = None
    if not is_site_language(get_language()):
        english = _homes(request).get(FALLBACK_LANGUAGE)
    return {"items": items, "current_path": current.url_path if current else "", "english": english}


# A text page with this many headings or more gets an "On this page" list of them.
HEADINGS_FOR_CONTENTS = 3


@register.inclusion_tag("components/section_nav.html", takes_context=True)
def section_nav(context):
    """For text pages long enough to be read a part at a time: the pages of the current page's section (the home
    page's child it lies under) that are shown in menus, and the page's own headings ("On this page")."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth < 3:
        return {}
    section = page if page.depth == 3 else page.get_ancestors().get(depth=3)
    if hasattr(page, "outline"):  # a page whose headings its template writes
        headings = page.outline
    else:
        body = getattr(page, "body", None) or []
        headings = [{"key": b.id or b.value, "text": b.value} for b in body if b.block_type == "heading"]
    return {
        "section": section,
        "items": section.get_children().live().in_menu(),
        "current": page,
        "headings": headings if len(headings) >= HEADINGS_FOR_CONTENTS else [],
    }


@register.filter
def anchor(key):
    """The id of a body's heading (the "On this page" list links to it), from its block's id: unique on the page
    even where two headings read the same, and kept when the heading's text is edited. Its text, in any script,
    only for a block that has no id."""
    return "h-" + slugify(str(key), allow_unicode=True)[:36]


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every language the site has a home page in, always in the same place: the site's own languages (and the
    current one) side by side, the other survey languages behind "Other languages". Each goes to this page in
    that language where it exists, or else to that language's home page, so that a visitor is never left on
    content in a language they chose not to read."""
    request = context["request"]
    translated = {code: url for code, _name, url in _alternates(context)}
    homes = _homes(request)
    languages = [
        {"code": code, "name": name, "url": translated.get(code) or homes[code]}
        for code, name in settings.LANGUAGES
        if code in translated or code in homes
    ]
    current = get_language()
    shown = {code for code, _name in settings.SITE_LANGUAGES} | {current}
    return {
        "site_languages": [language for language in languages if language["code"] in shown],
        "other_languages": [language for language in languages if language["code"] not in shown],
        "current": current,
    }


def _homes(request):
    """{language code: address} of the site's home page in every language it is published in; looked up once
    until something is published."""
    site = Site.find_for_request(request)

    def read():
        homes = []
        if site is not None:
            homes = Page.objects.live().filter(translation_key=site.root_page.translation_key).select_related("locale")
        return {home.locale.language_code: home.get_url(request) for home in homes}

    return kept_until_published(("homes", site.pk if site else None), read)


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` at the site's own address (Open Graph and other readers outside the site need it whole)."""
    return absolute(context["request"], path)


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    """The alternates at absolute addresses, as search engines want them, on the site's own address."""
    request = context["request"]
    return {"alternates": [(code, name, absolute(request, path)) for code, name, path in _alternates(context)]}


def absolute(request, path):
    """`path` on the site answering `request`, at the site's own address rather than the host the request named:
    a cached page is the same whichever allowed host name first asked for it."""
    site = Site.find_for_request(request)
    return (site.root_url if site else "") + path


def _alternates(context):
    """(language code, language name, path) of the current page in every language it is published in; off a
    page (search, 404), the same address in each of the site's languages. Worked out once a request, and for a
    page's own address, or a view of it (a survey's step), once until something is published."""
    request = context["request"]
    if not hasattr(request, "_kuntaan_alternates"):
        page = context.get("page")
        if isinstance(page, Page):
            site = Site.find_for_request(request)
            key = ("alternates", site.pk if site else None, page.pk, get_language())
            alternates = kept_until_published(key, lambda: _page_alternates(context, request, page))
            # On a survey step the switcher stays on the step: the answers are kept whatever the language.
            subpage = context.get("subpage_path", "")
            request._kuntaan_alternates = [(code, name, url + subpage) for code, name, url in alternates]
        else:
            path = request.get_full_path()
            request._kuntaan_alternates = [(code, name, translate_url(path, code)) for code, name in settings.LANGUAGES]
    return request._kuntaan_alternates


def _page_alternates(context, request, page):
    names = dict(context.get("LANGUAGES") or [])
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    alternates = []
    for translation in translations:
        code = translation.locale.language_code
        alternates.append((code, names.get(code, code), translation.get_url(request)))
    return sorted(alternates, key=lambda a: list(names).index(a[0]) if a[0] in names else 99)


def _footer_pages(active):
    links = (
        Page.objects.live()
        .filter(locale__language_code__in={active, FALLBACK_LANGUAGE})
        .type(AccessibilityStatementPage, PrivacyNoticePage)
        .select_related("content_type", "locale")
    )
    by_type = {}
    for link in sorted(links, key=lambda p: p.locale.language_code != active):  # the page's language first
        by_type.setdefault(link.content_type.model, link)
    return by_type


@register.simple_block_tag
def scroll_region(content, label):
    """A wide table (or anything wider than a phone) in a region that scrolls sideways on its own: focusable, so
    that it can be scrolled from the keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), and named by
    `label` for screen readers."""
    return format_html('<div class="scroll-region" role="region" tabindex="0" aria-label="{}">{}</div>', label, content)


class KeptForPageNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        request, page = context.get("request"), context.get("page")
        if (
            request is None
            or not isinstance(page, Page)
            or context.get("subpage_path")
            or context.get("query")
            or getattr(request, "is_preview", False)
        ):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        key = (self.name, context.template.name, site.pk if site else None, page.pk, get_language())
        return kept_until_published(key, lambda: self.nodelist.render(context))


@register.tag
def kept_for_page(parser, token):
    """`{% kept_for_page "name" %}…{% endkept_for_page %}`: a part of every page that only a publish changes
    (the header's language switcher and menu, the breadcrumb), rendered once a page, language and template until
    something is published, and kept in this process. Where it depends on more than those (a survey step's
    language links, a search's words in the search box, a preview), it is rendered every time. Nothing in it may
    depend on the visitor."""
    _tag, name = token.split_contents()
    nodelist = parser.parse(("endkept_for_page",))
    parser.delete_first_token()
    return KeptForPageNode(name.strip("\"'"), nodelist)


@register.inclusion_tag("components/footer_links.html", takes_context=True)
def footer_links(context):
    """The accessibility statement and the privacy notice in the page's language, or else in English (the
    link then says so), so that every page in every language links both."""
    active = get_language()
    by_type = kept_until_published(("footer links", active), lambda: _footer_pages(active))
    return {
        "accessibility": by_type.get("accessibilitystatementpage"),
        "privacy": by_type.get("privacynoticepage"),
        "active": active,
        "request": context["request"],
    }
