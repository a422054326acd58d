"""News, events and projects may have an image: described for those who cannot see it, served as WebP with a
JPEG fallback in several widths, eager at the top of its page and lazy in listings."""

import re

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError

from pages.models import EventIndexPage, NewsIndexPage
from projects.models import ProjectIndexPage
from tests.factories import EventPageFactory, NewsPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [NewsPageFactory, EventPageFactory, ProjectPageFactory])
def test_an_image_needs_its_description(factory):
    page = factory.build(image=wagtail_factories.ImageFactory(), image_alt=" ")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "image_alt" in error.value.message_dict


def picture(html, alt):
    match = re.search(rf'<picture>(.*?)<img alt="{re.escape(alt)}"([^>]*)></picture>', html, re.S)
    assert match, f"no picture described as {alt!r}"
    return match.group(1), match.group(2)


@pytest.mark.parametrize(
    "index_model, factory",
    [(NewsIndexPage, NewsPageFactory), (EventIndexPage, EventPageFactory), (ProjectIndexPage, ProjectPageFactory)],
)
def test_the_image_in_its_page_and_in_the_listing(client, index_model, factory):
    index = index_model.objects.get(locale__language_code="fi")
    page = factory(
        parent=index,
        image=wagtail_factories.ImageFactory(file__width=1600, file__height=900),
        image_alt="Kuvaus kuvasta",
    )
    sources, img = picture(client.get(page.url).content.decode(), "Kuvaus kuvasta")
    widths = re.search(r'<source[^>]*srcset="([^"]+)"[^>]*type="image/webp"', sources).group(1)
    assert [w for w in re.findall(r" (\d+)w", widths)] == ["400", "800", "1200"]
    assert all(url.endswith(".webp") for url in re.findall(r"(\S+) \d+w", widths))
    assert 'loading="eager"' in img  # at the top of its own page
    listing = client.get(index.url).content.decode()
    assert picture(listing, "Kuvaus kuvasta")  # its card shows it
    # The first card's image at once (often on the first screen), every later one when scrolled to.
    loading = re.findall(
        r'<img [^>]*class="page-image"[^>]*loading="(\w+)"|<img [^>]*loading="(\w+)"[^>]*class="page-image"', listing
    )
    loading = [a or b for a, b in loading]
    assert len(loading) >= 2 and loading[0] == "eager" and set(loading[1:]) == {"lazy"}
