"""No empty headings on the demo site: every heading has text, and every heading is followed by something (text,
a list, a table, a form, or a heading one level down) before the next heading of its own level or above."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db
HEADINGS = {f"h{n}": n for n in range(1, 7)}
CONTENT_TAGS = {"img", "input", "select", "textarea", "table", "picture", "svg", "button", "iframe"}


class Outline(HTMLParser):
    """The main element as a sequence of ("heading", level, text) and ("content",) events."""

    def __init__(self):
        super().__init__()
        self.events, self.in_main, self.heading, self.text = [], 0, None, ""

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        elif self.in_main and tag in HEADINGS:
            self.heading, self.text = HEADINGS[tag], ""
        elif self.in_main and self.heading is None and tag in CONTENT_TAGS:
            self.events.append(("content",))

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main -= 1
        elif self.in_main and tag in HEADINGS and self.heading is not None:
            self.events.append(("heading", self.heading, self.text.strip()))
            self.heading = None

    def handle_data(self, data):
        if not self.in_main:
            return
        if self.heading is not None:
            self.text += data
        elif data.strip():
            self.events.append(("content",))


def empty_headings(html):
    outline = Outline()
    outline.feed(html)
    events, problems = outline.events, []
    for i, event in enumerate(events):
        if event[0] != "heading":
            continue
        _kind, level, text = event
        if not text:
            problems.append(f"h{level} without text")
            continue
        following = events[i + 1 :]
        for later in following:
            if later[0] == "content" or later[1] > level:
                break
            problems.append(f"h{level} {text!r} has nothing under it")
            break
        else:
            problems.append(f"h{level} {text!r} ends the page with nothing under it")
    return problems


def test_the_check_finds_empty_headings():
    assert empty_headings("<main><h1>T</h1><p>x</p><h2>Empty</h2><h2>Full</h2><p>y</p></main>") == [
        "h2 'Empty' has nothing under it"
    ]
    assert empty_headings("<main><h2></h2><p>x</p><h2>A</h2><h3>B</h3><p>z</p></main>") == ["h2 without text"]


def test_no_page_of_the_demo_has_an_empty_heading(client):
    problems = {}
    for lang, _name in settings.LANGUAGES:
        for page in Page.objects.live().filter(locale__language_code=lang, depth__gte=2):
            found = empty_headings(client.get(page.url, follow=True).content.decode())
            if found:
                problems[page.url] = found
    assert problems == {}
