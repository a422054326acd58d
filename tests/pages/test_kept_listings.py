"""Listings of pages kept in the process until something is published: the home's latest news and upcoming
events (these also until one of those shown ends), and the news listing's cards."""

import datetime
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import EventIndexPage, HomePage, NewsIndexPage, NewsPage
from tests.factories import EventPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request rendered
    return HomePage.objects.get(locale__language_code="fi")


def section(html, heading_id):
    return re.search(rf'<section aria-labelledby="{heading_id}">.*?</section>', html, re.S).group(0)


def test_a_second_rendering_reads_no_news_or_events_and_a_publish_shows_at_once(client, home):
    news = NewsIndexPage.objects.get(locale=home.locale)
    NewsPageFactory(parent=news, locale=home.locale, title="Vanha uutinen", date=datetime.date(2026, 1, 5))
    EventPageFactory(parent=EventIndexPage.objects.get(locale=home.locale), locale=home.locale, title="Seminaari")
    client.get(home.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(home.url).content.decode()
    assert "Vanha uutinen" in section(html, "latest-news") and "Seminaari" in section(html, "upcoming-events")
    read = [q["sql"] for q in captured if re.search(r'FROM "pages_(newspage|eventpage)"', q["sql"])]
    assert captured and read == []
    fresh = NewsPageFactory(parent=news, locale=home.locale, title="Tuore uutinen", date=timezone.localdate())
    fresh.save_revision().publish()  # as the editor publishes it
    assert "Tuore uutinen" in section(client.get(home.url).content.decode(), "latest-news")


def test_an_event_leaves_the_home_when_it_ends_without_anything_published(client, home, monkeypatch):
    events = EventIndexPage.objects.get(locale=home.locale)
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    EventPageFactory(
        parent=events, locale=home.locale, title="Käynnissä oleva työpaja", start=now - hour, end=now + hour
    )
    EventPageFactory(parent=events, locale=home.locale, title="Huomisen seminaari", start=now + 24 * hour)
    shown = section(client.get(home.url).content.decode(), "upcoming-events")
    assert "Käynnissä oleva työpaja" in shown and "Huomisen seminaari" in shown
    monkeypatch.setattr(timezone, "now", lambda: now + 2 * hour)
    shown = section(client.get(home.url).content.decode(), "upcoming-events")
    assert "Käynnissä oleva työpaja" not in shown and "Huomisen seminaari" in shown


def card_titles(html):
    return [unescape(t) for t in re.findall(r'<h2 class="card__title"><a href="[^"]+">([^<]+)</a></h2>', html)]


def test_the_news_listing_asks_only_which_news_it_shows_and_shows_a_publish_at_once(client, home):
    index = NewsIndexPage.objects.get(locale=home.locale)
    tagged = NewsPageFactory(parent=index, locale=home.locale, title="Tagattu uutinen", tags=["sijoitus"])
    tagged.save_revision().publish()
    expected = list(NewsPage.objects.live().child_of(index).order_by("-date", "-pk").values_list("title", flat=True))
    client.get(index.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(index.url).content.decode()
    assert card_titles(html) == expected[:10]
    assert captured and not [q for q in captured if re.search(r'FROM "(wagtailimages_image|taggit_tag)"', q["sql"])]
    assert card_titles(client.get(index.url, {"tag": "sijoitus"}).content.decode()) == ["Tagattu uutinen"]
    tagged.title = "Uudelleen nimetty uutinen"
    tagged.save_revision().publish()
    assert card_titles(client.get(index.url).content.decode())[0] == "Uudelleen nimetty uutinen"


def test_a_news_item_live_before_anything_was_published_is_listed(client, home):
    """Not among the kept cards (created live by code, or published while the listing was read): read at once."""
    index = NewsIndexPage.objects.get(locale=home.locale)
    client.get(index.url)
    NewsPageFactory(parent=index, locale=home.locale, title="Koodista syntynyt uutinen")
    assert card_titles(client.get(index.url).content.decode())[0] == "Koodista syntynyt uutinen"
