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


ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_atom_feed_meets_rfc_4287(client, lang):
    """The elements RFC 4287 (section 4.1) requires of a feed and of its entries, read with an XML parser."""
    import re
    from urllib.parse import urlparse

    index = NewsIndexPage.objects.get(locale__language_code=lang)
    response = client.get(index.url + "atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{required}")) == 1, required
    assert re.match(RFC3339, feed.findtext(f"{ATOM}updated"))
    authors = feed.findall(f"{ATOM}author")
    assert authors and all(a.findtext(f"{ATOM}name").strip() for a in authors)  # 4.1.1: an author
    self_link = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link and self_link[0].get("href") == f"http://testserver{index.url}atom/"
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{required}")) == 1, required
        assert re.match(RFC3339, entry.findtext(f"{ATOM}updated"))
        alternate = [link for link in entry.findall(f"{ATOM}link") if link.get("rel") in (None, "alternate")]
        assert urlparse(alternate[0].get("href")).scheme == "http"  # absolute
        assert entry.find(f"{ATOM}summary") is not None or entry.find(f"{ATOM}content") is not None
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids)


def test_the_rss_feed_meets_rss_2(client):
    """RSS 2.0: a channel with title, link and description; items with a title or description, absolute links
    and RFC 822 dates."""
    from email.utils import parsedate_to_datetime

    index = NewsIndexPage.objects.get(locale__language_code="fi")
    rss = ET.fromstring(client.get(index.url + "rss/").content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    assert channel.findtext("link").startswith("http://testserver/")
    for item in channel.findall("item"):
        assert item.findtext("title") or item.findtext("description")
        assert item.findtext("link").startswith("http://testserver/fi/")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
