"""News feeds (RSS, Atom) and the iCalendar feeds of events, parsed as a feed reader or calendar would."""

import xml.etree.ElementTree as ET

import icalendar
import pytest

from pages.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_rss_lists_the_news_of_its_language(client):
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    response = client.get(index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "sv"
    titles = [item.findtext("title") for item in channel.findall("item")]
    expected = NewsPage.objects.live().filter(locale__language_code="sv").order_by("-date")
    assert titles == [page.title for page in expected]


def test_atom_feed_is_valid_atom(client):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    response = client.get(index.url + "atom/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == NewsPage.objects.live().filter(locale__language_code="en").count()
    assert all(e.find("a:link", ns).get("href").startswith("http://testserver/en/") for e in entries)


def test_event_calendar_has_every_event_with_times(client):
    index = EventIndexPage.objects.get(locale__language_code="fi")
    response = client.get(index.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {e.get("summary"): e for e in calendar.walk("VEVENT")}
    for page in EventPage.objects.live().filter(locale__language_code="fi"):
        entry = events[page.title]
        assert entry.decoded("dtstart") == page.start
        assert entry.decoded("dtend") == page.end
    assert len({str(e.get("uid")) for e in events.values()}) == len(events)


def test_one_event_downloads_as_its_own_calendar_file(client):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    response = client.get(event.url + "ical/")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [str(e.get("summary")) for e in calendar.walk("VEVENT")] == [event.title]


def test_event_index_splits_upcoming_and_past(client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    response = client.get(index.url)
    upcoming = list(response.context["upcoming"])
    past = list(response.context["past_page"])
    assert upcoming and past
    assert all(not e.is_past for e in upcoming) and all(e.is_past for e in past)
    assert [e.start for e in upcoming] == sorted(e.start for e in upcoming)


def test_unpublished_and_restricted_events_and_news_stay_out_of_the_feeds(client):
    from wagtail.models import PageViewRestriction

    event = EventPage.objects.live().filter(locale__language_code="fi").first()
    event.unpublish()
    news = NewsPage.objects.live().filter(locale__language_code="fi").first()
    PageViewRestriction.objects.create(page=news, restriction_type="password", password="x")
    calendar = client.get(EventIndexPage.objects.get(locale__language_code="fi").url + "ical/").content.decode()
    rss = client.get(NewsIndexPage.objects.get(locale__language_code="fi").url + "rss/").content.decode()
    assert event.title not in calendar
    assert news.title not in rss


def test_sitemap_lists_every_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for lang in ("fi", "sv", "en"):
        assert f"http://testserver/{lang}/" in body
