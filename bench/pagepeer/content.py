"""The peer's site, with as much content as our demo's pages that the page benchmark measures, copied from them
(run `load_demo` first): build() makes it once.

    ours (load_demo)                              the peer (this module)
    /fi/ HomePage                                 PeerHomePage: hero text, image, body
    /fi/toimintaohjelma/ ProgrammePage            PeerStandardPage: the programme's texts as a StreamField body
    /en/news/ NewsIndexPage, its NewsPages        PeerBlogIndexPage "news", a PeerBlogPage for each news item
    /en/projects/ ProjectIndexPage, ProjectPages  PeerBlogIndexPage "projects", a PeerBlogPage for each project,
    /en/projects/?goal=placement                  tagged with its goals: ?tag=placement

The peer's pages are English (locale "en"), a monolingual site at /en/… on its own host name."""

import datetime
import json

from django.db import transaction
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext, override
from wagtail.models import Locale, Page, Site

from .models import (
    PeerAuthor,
    PeerBlogIndexPage,
    PeerBlogPage,
    PeerBlogPageGalleryImage,
    PeerFooterText,
    PeerHomePage,
    PeerNavigationSettings,
    PeerStandardPage,
)

HOSTNAME = "peer.localhost"
EXAMPLE_TAG = "placement"  # the peer of our /en/projects/?goal=placement
NEWS_AUTHOR = "Programme coordination"
FOOTER = (
    "<p>The programme is funded by the EU Asylum, Migration and Integration Fund (AMIF) and run by the Ministry "
    "of Economic Affairs and Employment of Finland.</p>"
)


def build(hostname=HOSTNAME, port=80):
    """The peer's site at http://<hostname>:<port>/ (not the default site: a server answers for it on the port
    it listens on), made unless it is there already. Prints and returns {kind: URL path} of a page of each kind
    the benchmark measures."""
    if not Site.objects.filter(hostname=hostname).exists():
        _build(hostname, port)
    found = paths(hostname)
    for kind, path in found.items():
        print(f"{kind}\t{path}")
    return found


def paths(hostname=HOSTNAME):
    """{kind: URL path} of the peer's pages: each kind of page, the projects listing filtered by a tag, and the
    API's listing of the projects' posts."""
    home = Site.objects.get(hostname=hostname).root_page.specific
    news = PeerBlogIndexPage.objects.child_of(home).get(slug="news")
    projects = PeerBlogIndexPage.objects.child_of(home).get(slug="projects")
    news_item = news.posts().filter(gallery_images__isnull=False).first()  # one with an image, like ours measured
    return {
        "home": _path(home),
        "standard": _path(PeerStandardPage.objects.child_of(home).get()),
        "news index": _path(news),
        "news page": _path(news_item),
        "projects index": _path(projects),
        "project page": _path(projects.posts().first()),
        "projects by tag": f"{_path(projects)}?tag={EXAMPLE_TAG}",
        "api": f"/peer-api/v2/pages/?type=pagepeer.PeerBlogPage&fields=*&child_of={projects.pk}",
    }


def _path(page):
    return page.get_url_parts()[2]


@transaction.atomic
def _build(hostname, port):
    from demo.images import demo_images

    from pages.models import HomePage, NewsIndexPage, NewsPage, ProgrammePage
    from projects.models import ProjectIndexPage, ProjectPage

    try:
        our_home = HomePage.objects.get(locale__language_code="fi")
        programme = ProgrammePage.objects.get(locale__language_code="fi")
        our_news = NewsIndexPage.objects.get(locale__language_code="en")
        our_projects = ProjectIndexPage.objects.get(locale__language_code="en")
    except (
        HomePage.DoesNotExist,
        ProgrammePage.DoesNotExist,
        NewsIndexPage.DoesNotExist,
        ProjectIndexPage.DoesNotExist,
    ) as exc:
        raise RuntimeError("The peer copies the demo's content: run `manage.py load_demo` first.") from exc
    english = Locale.objects.get_or_create(language_code="en")[0]

    home = PeerHomePage(
        title=our_home.hero_title,
        slug="peer",
        locale=english,
        image=demo_images()["homes"],  # our home page has none; the tutorial's has one
        hero_text=our_home.hero_text[:255],
        hero_cta="Read the news",
        body=_rich_text(our_home.body.raw_data),
    )
    _publish(Page.get_first_root_node(), home)
    Site.objects.create(hostname=hostname, port=port, site_name="Wagtail peer", root_page=home, is_default_site=False)

    _publish(
        home,
        PeerStandardPage(
            title=programme.title,
            slug="programme",
            locale=english,
            show_in_menus=True,
            body=_programme_body(programme),
        ),
    )

    news = _publish(home, _index(our_news, english))
    author = PeerAuthor.objects.get_or_create(name=NEWS_AUTHOR)[0]
    for item in NewsPage.objects.live().child_of(our_news).order_by("date", "pk"):
        _publish(
            news,
            _post(item, english, item.date, _rich_text(item.body.raw_data), list(item.tags.names()), [author]),
        )
    home.hero_cta_link = news
    home.save_revision().publish()

    projects = _publish(home, _index(our_projects, english))
    for project in (
        ProjectPage.objects.live()
        .child_of(our_projects)
        .select_related("implementer")
        .prefetch_related("partners", "goals")
        .order_by("start_date", "title")
    ):
        body = _rich_text(project.body.raw_data)
        if project.results.raw_data:
            body += "<h2>Results</h2>" + _rich_text(project.results.raw_data, level=3)
        organisations = [project.implementer, *project.partners.all()]
        authors = [PeerAuthor.objects.get_or_create(name=o.name)[0] for o in organisations]
        tags = [goal.code for goal in project.goals.all()]
        _publish(projects, _post(project, english, project.start_date, body, tags, authors))

    PeerNavigationSettings.objects.get_or_create(
        defaults={"github_url": "https://github.com/wagtail/wagtail", "mastodon_url": "https://fosstodon.org/@wagtail"}
    )
    footer = PeerFooterText.objects.create(body=FOOTER, locale=english)
    footer.save_revision().publish()


def _publish(parent, page):
    """`page` added under `parent` and published, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _index(ours, locale):
    """A blog index for one of our listings: its title, slug and lead."""
    return PeerBlogIndexPage(
        title=ours.title,
        slug=ours.slug,
        locale=locale,
        show_in_menus=True,
        intro=format_html("<p>{}</p>", ours.lead),
    )


def _post(ours, locale, date, body, tags, authors):
    """A blog post for one of our news items or projects: its title, slug, date, lead, text and image."""
    post = PeerBlogPage(
        title=ours.title,
        slug=ours.slug,
        locale=locale,
        date=date,
        intro=ours.lead[:250],
        body=body,
        authors=authors,
        gallery_images=[PeerBlogPageGalleryImage(image=ours.image, caption=ours.image_alt)] if ours.image else [],
    )
    post.tags.add(*tags)  # kept with the page when it is saved
    return post


def _rich_text(blocks, level=2):
    """One of our StreamField bodies (headings, paragraphs, quotes) as the HTML of a rich text field."""
    html = []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind == "heading":
            html.append(f"<h{level}>{escape(value)}</h{level}>")
        elif kind == "paragraph":
            html.append(value)
        elif kind == "quote":
            html.append(format_html("<blockquote><p>{}</p></blockquote>", value["quote"]))
    return "".join(html)


def _programme_body(programme):
    """Our programme page's texts, in the order its page shows them, as heading and paragraph blocks."""
    blocks = []

    def heading(text, size="h2"):
        blocks.append({"type": "heading_block", "value": {"heading_text": str(text), "size": size}})

    def paragraph(html):
        if html:
            blocks.append({"type": "paragraph_block", "value": str(html)})

    with override(programme.locale.language_code):  # the headings our page gives them, in its language
        paragraph(format_html("<p>{}</p>", programme.lead))
        paragraph(
            format_html(
                "<p>{}: {}–{}. {}: {}</p>",
                gettext("Period"),
                _date(programme.period_start),
                _date(programme.period_end),
                gettext("Decision"),
                programme.decision_reference,
            )
        )
        for stream, title in ((programme.goals, gettext("Goals")), (programme.means, gettext("Means"))):
            heading(title)
            for item in stream.raw_data:
                heading(item["value"]["title"], "h3")
                paragraph(item["value"]["description"])
        heading(gettext("Target group"))
        paragraph(programme.target_group)
        heading(gettext("Organisation"))
        paragraph(programme.organisation)
        heading(gettext("Steering group"))
        paragraph(programme.steering_group_intro)
        members = programme.steering_group_members.select_related("organisation")
        paragraph(
            format_html(
                "<p>{}: {}, {}<br>{}: {}, {}</p><ul>{}</ul>",
                gettext("Chair"),
                programme.chair_name,
                programme.chair_title,
                gettext("Vice chair"),
                programme.vice_chair_name,
                programme.vice_chair_title,
                format_html_join(
                    "", "<li><b>{}</b>: {} ({})</li>", ((m.organisation.name, m.member, m.deputy) for m in members)
                ),
            )
        )
        heading(gettext("Costs and funding"))
        paragraph(programme.funding)
        if programme.evaluation:
            heading(gettext("Evaluation and reporting"))
            paragraph(programme.evaluation)
    return json.dumps(blocks)


def _date(day: datetime.date):
    return f"{day.day}.{day.month}.{day.year}"
