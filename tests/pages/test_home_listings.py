"""The home's latest news and upcoming events: read once and kept in the process until something is published,
or, for events, until one of those shown ends."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from pages.models import EventIndexPage, HomePage, NewsIndexPage
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
