"""`{% kept %}`: a part of a page rendered once for its values and language, until something is published."""

import re

import pytest
import wagtail_factories
from django.core.files.images import ImageFile
from django.template import Context, Template
from django.utils import translation
from wagtail.images.tests.utils import get_test_image_file

from core.page_cache import invalidate
from pages.models import NewsIndexPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


class Counter:
    def __init__(self):
        self.count = 0

    @property
    def next(self):
        self.count += 1
        return self.count


def test_a_kept_part_is_rendered_once_for_each_value_and_language_until_a_publish():
    template = Template("{% load kept_tags %}{% kept 'counted' value %}{{ value }}:{{ counter.next }}{% endkept %}")
    counter = Counter()

    def render(value, language="fi"):
        with translation.override(language):
            return template.render(Context({"value": value, "counter": counter}))

    assert [render(1), render(1), render(2), render(1, "sv"), render(1)] == ["1:1", "1:1", "2:2", "1:3", "1:1"]
    invalidate()
    assert render(1) == "1:4"


def test_a_new_file_for_an_image_shows_at_once_where_the_page_is_listed(client, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the page rendered each time: what is kept is the picture alone
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    image = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
    NewsPageFactory(parent=index, image=image, image_alt="Kuva uutisesta")

    def sources():
        html = client.get(index.url).content.decode()
        picture = re.search(r"<picture>(?:(?!</picture>).)*Kuva uutisesta.*?</picture>", html, re.S).group(0)
        return set(re.findall(r"(\S+) \d+w", picture))

    before = sources()
    assert before == sources()
    image.file = ImageFile(get_test_image_file(filename="replaced.png", size=(1600, 900)).file, name="replaced.png")
    image.save()  # as Wagtail's editor does, with the old file's renditions removed
    image.renditions.all().delete()
    after = sources()
    assert after.isdisjoint(before)
    assert all("replaced" in url for url in after), after


def test_a_kept_part_is_each_sites_own(rf):
    """A page's links are relative on its own site only: another site's rendering is not served."""
    from wagtail.models import Page, Site

    template = Template("{% load kept_tags %}{% kept 'counted' %}{{ counter.next }}{% endkept %}")
    counter = Counter()
    other = Site.objects.create(hostname="other.example", port=80, root_page=Page.objects.filter(depth=2).first())
    requests = {site: rf.get("/", HTTP_HOST=site.hostname) for site in (Site.objects.get(is_default_site=True), other)}
    for request in requests.values():
        Site.find_for_request(request)
    rendered = [template.render(Context({"request": request, "counter": counter})) for request in requests.values()]
    assert rendered == ["1", "2"]
    assert template.render(Context({"request": requests[other], "counter": counter})) == "2"


def test_what_a_request_rendered_across_a_publish_is_not_kept(client, settings):
    """A request loads its page before it renders the header: if something is published in between, the header
    it renders may show the page as it was, and is not kept for the requests that follow."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail import hooks

    settings.PAGE_CACHE_SECONDS = 0  # every request rendered: the kept parts alone are kept
    url = NewsIndexPage.objects.get(locale__language_code="fi").url

    def menu_read(during=None):
        with CaptureQueriesContext(connection) as captured:
            if during:
                with hooks.register_temporarily("before_serve_page", during):
                    client.get(url)
            else:
                client.get(url)
        return any(re.search(r'WHERE.*"show_in_menus"', query["sql"]) for query in captured)

    def published_meanwhile(page, request, serve_args, serve_kwargs):
        invalidate()  # after the page was routed, before it is rendered

    assert menu_read(during=published_meanwhile)
    assert menu_read()  # not kept from the request above: read again, and kept from here on
    assert not menu_read()
