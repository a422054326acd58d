"""News feeds (RSS 2.0 and Atom) and the iCalendar feed of events."""

import datetime

import icalendar
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_ITEMS = 20


class NewsRssFeed(Feed):
    """Every address in the feed is absolute on the Wagtail site's own address (Django's syndication would take
    the host from the request)."""

    route = "rss"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.full_url

    def feed_url(self):
        return self.index_page.full_url + self.index_page.reverse_subpage(self.route)

    def description(self):
        return self.index_page.lead

    def author_name(self):
        """The programme's publisher: RFC 4287 wants an author for the feed or for every entry."""
        return _("Ministry of Economic Affairs and Employment of Finland")

    def items(self):
        return self.index_page.cards()[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]  # prefetched by cards()


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    route = "atom"

    def subtitle(self):
        return self.index_page.lead


def ical_response(events, filename):
    """An iCalendar (RFC 5545) file of the given events, with stable UIDs so calendars update, not duplicate."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Kuntaan//Events//FI")
    calendar.add("version", "2.0")
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", f"event-{event.translation_key}-{event.locale.language_code}@kuntaan")
        entry.add("summary", event.title)
        entry.add("dtstart", event.start)
        entry.add("dtend", event.end)
        entry.add("dtstamp", event.last_published_at or timezone.now())
        entry.add("description", event.lead)
        entry.add("location", event.location or event.registration_url or "")
        entry.add("url", event.full_url)
        calendar.add_component(entry)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
