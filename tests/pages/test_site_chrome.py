"""What every page carries: the header (wordmark, ministry, EU emblem and funding statement in the page's
language, languages, search, menu), the font, icons, robots.txt and social preview tags."""

import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pages.models import AccessibilityStatementPage, HomePage, NewsPage, ProgrammePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
STATIC = Path(settings.BASE_DIR) / "static"
SVG = "{http://www.w3.org/2000/svg}"


def test_the_eu_emblem_is_drawn_to_the_eus_geometry():
    """Twelve upright five-pointed gold stars on a blue 3:2 rectangle, their centres on a circle of radius a third
    of the height round the centre, each within a circle of an eighteenth of the height, at the hours of a clock."""
    svg = ET.parse(STATIC / "img/eu-emblem.svg").getroot()
    width, height = (float(v) for v in svg.get("viewBox").split()[2:])
    assert width / height == 1.5
    assert svg.find(f"{SVG}rect").get("fill").lower() in ("#039", "#003399")
    star = svg.find(f"{SVG}defs/{SVG}polygon")
    assert star.get("fill").lower() in ("#fc0", "#ffcc00")
    points = [tuple(map(float, p.split(","))) for p in star.get("points").split()]
    assert len(points) == 10  # five points, five inner corners
    assert max(math.hypot(x, y) for x, y in points) == pytest.approx(height / 18, abs=0.01)
    assert points[0][0] == pytest.approx(0) and points[0][1] < 0  # upright: the first point straight up
    centres = [(float(u.get("x")), float(u.get("y"))) for u in svg.iter(f"{SVG}use")]
    assert len(centres) == 12
    angles = set()
    for x, y in centres:
        dx, dy = x - width / 2, y - height / 2
        assert math.hypot(dx, dy) == pytest.approx(height / 3, abs=0.01)
        angles.add(round(math.degrees(math.atan2(dx, -dy)) % 360))
    assert angles == set(range(0, 360, 30))


@pytest.mark.parametrize(
    "lang, funded, ministry",
    [
        ("fi", "Euroopan unionin osarahoittama", "Työ- ja elinkeinoministeriö"),
        ("sv", "Medfinansieras av Europeiska unionen", "Arbets- och näringsministeriet"),
        ("en", "Co-funded by the European Union", "Ministry of Economic Affairs and Employment"),
        ("ar", "بتمويل مشترك من الاتحاد الأوروبي", "وزارة الشؤون الاقتصادية والتوظيف"),
        ("uk", "Співфінансується Європейським Союзом", "Міністерство економіки та зайнятості"),
    ],
)
def test_the_header_names_the_ministry_and_the_eu_funding_in_the_pages_language(client, lang, funded, ministry):
    html = client.get(f"/{lang}/").content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert funded in header
    assert ministry in header
    assert "eu-emblem" in header


def test_the_header_has_the_same_parts_on_every_page(client):
    """The switcher is there in the same place even on a page that exists in one language only."""
    home = HomePage.objects.get(locale__language_code="fi")
    only_finnish = StandardPageFactory(parent=home, title="Vain suomeksi", slug="vain-suomeksi")
    for url in ("/fi/", ProgrammePage.objects.get(locale__language_code="fi").url, only_finnish.url, "/fi/search/"):
        html = client.get(url).content.decode()
        parts = re.findall(r'class="(language-switcher|brand|eu-funding|site-menu|site-search|main-nav)"', html)
        assert parts == ["language-switcher", "brand", "eu-funding", "site-menu", "site-search", "main-nav"], url


def test_a_language_the_page_is_not_in_leads_to_that_languages_home(client):
    home = HomePage.objects.get(locale__language_code="fi")
    only_finnish = StandardPageFactory(parent=home, title="Vain suomeksi", slug="vain-suomeksi")
    switcher = re.search(
        r'<nav class="language-switcher".*?</nav>', client.get(only_finnish.url).content.decode(), re.S
    )
    links = dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', switcher.group(0)))
    by_language = {lang: href for href, lang in links.items()}
    assert by_language["sv"] == "/sv/" and by_language["en"] == "/en/" and by_language["ar"] == "/ar/"


def test_the_programmes_pages_have_a_section_navigation(client):
    programme = ProgrammePage.objects.get(locale__language_code="fi")
    child = programme.get_children().live().in_menu().first()
    html = client.get(child.url).content.decode()
    nav = re.search(r'<nav class="section-nav".*?</nav>', html, re.S).group(0)
    assert f'href="{programme.url}"' in nav
    assert f'<a href="{child.url}" aria-current="page">{child.title}</a>' in nav


def test_the_font_is_served_from_the_site_with_swap_and_its_licence():
    css = (STATIC / "fonts/source-sans-3.css").read_text()
    faces = re.findall(r"@font-face \{(.*?)\}", css, re.S)
    assert faces and all("font-display: swap" in face and "font-family: 'Source Sans 3'" in face for face in faces)
    for name in re.findall(r"url\(\./([^)]+)\)", css):
        assert (STATIC / "fonts" / name).stat().st_size > 1000
    assert "SIL OPEN FONT LICENSE" in (STATIC / "fonts/OFL.txt").read_text().upper()
    assert "--site-font" in (STATIC / "css/site.css").read_text()


def test_pages_link_the_font_icons_and_social_preview(client):
    html = client.get("/fi/").content.decode()
    root = Site.objects.get(is_default_site=True).root_url  # the site's own address, whatever host was asked
    assert 'href="/static/fonts/source-sans-3.css"' in html
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert f'<meta property="og:image" content="{root}/static/img/social-card.png">' in html
    assert '<meta property="og:title" content="' in html
    assert f'<meta property="og:url" content="{root}/fi/">' in html


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_the_answers(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert {"Disallow: /admin/", "Disallow: /*/answer/", "Disallow: /*/i/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_favicon_ico_is_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response.url == "/static/img/favicon.ico"


def test_a_long_text_page_lists_its_headings_and_links_them(client):
    home = HomePage.objects.get(locale__language_code="fi")
    titles = ["Valtio", "Tavoitteet", "Kunnat", "Tavoitteet"]  # two parts may have headings that read the same
    body = [{"type": "heading", "value": title} for title in titles]
    body = [block for heading in body for block in (heading, {"type": "paragraph", "value": "<p>Teksti.</p>"})]
    page = StandardPageFactory(parent=home, title="Pitkä sivu", slug="pitka-sivu", body=json.dumps(body))
    html = client.get(page.url).content.decode()
    contents = re.search(r"Tällä sivulla</h2>\s*<ul>(.*?)</ul>", html, re.S).group(1)
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', contents)
    assert [text for _id, text in links] == titles
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))  # each link leads to one heading
    headings = re.findall(r'<h2 id="([^"]+)">([^<]+)</h2>', html)
    assert [heading for heading in headings if heading[1] in titles] == links


def test_no_style_rule_is_lost_to_a_browser_that_lacks_a_new_selector():
    """A browser drops a whole rule whose selector list has one selector it does not know (::details-content is
    recent): such a selector stands in a rule of its own."""
    css = (STATIC / "css/site.css").read_text()
    for selectors in re.findall(r"([^{};/]+)\{", re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        if "::details-content" in selectors:
            assert "," not in selectors, selectors.strip()


def test_the_accessibility_statement_lists_its_parts_on_this_page(client):
    statement = AccessibilityStatementPage.objects.get(locale__language_code="fi")
    html = client.get(statement.url).content.decode()
    contents = re.search(r"Tällä sivulla</h2>\s*<ul>(.*?)</ul>", html, re.S).group(1)
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', contents)
    headings = re.findall(r'<h2 id="(h-[^"]+)">([^<]+)</h2>', html)
    assert links == headings and len(links) == 4
    assert [text for _id, text in links][-2:] == ["Palaute", "Valvontamenettely"]


def _header(html):
    return re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)


def _breadcrumb(html):
    return re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)


def test_the_header_and_breadcrumb_are_kept_until_something_is_published(client, settings):
    """They are rendered once a page and language, and kept in the process (site_tags.kept_for_page): the next
    rendering, the page itself not cached, reads neither the menu nor the page's ancestors. A publish shows at
    once on every page."""
    settings.PAGE_CACHE_SECONDS = 0
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pages.models import NewsPage

    news = NewsPage.objects.filter(locale__language_code="fi").first()
    client.get(news.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(news.url).content.decode()
    assert captured, "the page was not rendered"
    assert not [query for query in captured if re.search(r'WHERE.*"show_in_menus"', query["sql"])]  # the menu
    index = news.get_parent().specific
    assert f'<a href="{index.url}">{index.title}</a>' in _breadcrumb(html)

    home = HomePage.objects.get(locale__language_code="fi")
    StandardPageFactory(parent=home, title="Uusi osio", slug="uusi-osio", show_in_menus=True)
    index.title = "Ajankohtaista nyt"
    index.save_revision().publish()
    html = client.get(news.url).content.decode()
    assert ">Uusi osio</a>" in _header(html)
    assert '">Ajankohtaista nyt</a>' in _breadcrumb(html)


def test_the_section_menu_and_the_footer_show_a_publish_at_once(client, settings):
    """Kept like the header (site_tags.kept_for_page): each page's own section menu, marking the page, and the
    footer's links, in the page's language."""
    settings.PAGE_CACHE_SECONDS = 0
    programme = ProgrammePage.objects.get(locale__language_code="fi")
    first, second = programme.get_children().live().in_menu()[:2]
    for page in (first, second, first):
        with CaptureQueriesContext(connection) as captured:
            html = client.get(page.url).content.decode()
        nav = re.search(r'<nav class="section-nav".*?</nav>', html, re.S).group(0)
        assert re.findall(r'<a href="([^"]+)" aria-current="page">', nav) == [page.url]
    assert captured and not [query for query in captured if re.search(r'WHERE.*"show_in_menus"', query["sql"])]
    StandardPageFactory(parent=programme, title="Uusi alasivu", slug="uusi-alasivu", show_in_menus=True)
    statement = AccessibilityStatementPage.objects.get(locale__language_code="fi")
    statement.slug = "saavutettavuus-nyt"
    statement.save_revision().publish()
    html = client.get(first.url).content.decode()
    assert ">Uusi alasivu</a>" in re.search(r'<nav class="section-nav".*?</nav>', html, re.S).group(0)
    assert '/saavutettavuus-nyt/">' in re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)


def test_the_header_is_each_pages_own_in_each_language(client, settings):
    """The menu marks the section a page is in, and the header is in the page's language."""
    settings.PAGE_CACHE_SECONDS = 0
    programme = ProgrammePage.objects.get(locale__language_code="fi")
    child = programme.get_children().live().first()
    for page in (programme, child, programme, HomePage.objects.get(locale__language_code="fi")):
        header = _header(client.get(page.url).content.decode())
        current = re.findall(r'<a href="([^"]+)" aria-current="(page|true)"', header)
        expected = {programme.pk: [(programme.url, "page")], child.pk: [(programme.url, "true")]}
        assert current == expected.get(page.pk, []), page.url
    swedish = ProgrammePage.objects.get(locale__language_code="sv")
    assert "Meny" in _header(client.get(swedish.url).content.decode())
    assert '<span aria-current="true" lang="sv">Svenska</span>' in _header(client.get(swedish.url).content.decode())


def test_a_news_item_is_previewed_as_an_article_and_other_pages_as_a_website(client):
    news = NewsPage.objects.live().filter(locale__language_code="fi").first()
    programme = ProgrammePage.objects.get(locale__language_code="fi")
    for url, kind in [(news.url, "article"), (programme.url, "website"), ("/fi/", "website")]:
        assert f'<meta property="og:type" content="{kind}">' in client.get(url).content.decode()
