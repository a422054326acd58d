"""Three languages: URL prefixes, the language switcher to the same page, hreflang, lang/dir, 404s."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale

from pages.models import NewsPage, ProgrammePage

pytestmark = pytest.mark.django_db


def programme(lang):
    return ProgrammePage.objects.get(locale__language_code=lang)


def test_root_redirects_to_the_visitors_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv").url == "/sv/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/fi/"  # Finnish is the default


def test_language_switcher_goes_to_the_same_page_in_the_other_language(client):
    html = client.get(programme("fi").url).content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert f'href="{programme("sv").url}" lang="sv"' in switcher  # on the same site: relative
    assert f'href="{programme("en").url}" lang="en"' in switcher
    assert '<span aria-current="true" lang="fi">Suomi</span>' in switcher
    assert programme("sv").url == "/sv/programmet/"


def test_hreflang_alternates_list_every_translation(client):
    news = NewsPage.objects.filter(locale__language_code="en").first()
    html = client.get(news.url).content.decode()
    for lang in ("fi", "sv", "en"):
        translated = news.get_translation(Locale.objects.get(language_code=lang))
        assert f'<link rel="alternate" hreflang="{lang}" href="http://testserver{translated.url}">' in html


def test_a_translation_unpublished_or_moved_leaves_the_alternates_and_the_switcher_at_once(client):
    """They are kept from one rendering to the next until something is published (core.page_cache)."""
    url = programme("fi").url
    assert '<link rel="alternate" hreflang="en"' in client.get(url).content.decode()
    programme("en").unpublish()
    swedish = programme("sv")
    swedish.slug = "programmet-2026"
    swedish.save_revision().publish()
    html = client.get(url).content.decode()
    assert '<link rel="alternate" hreflang="en"' not in html
    assert 'href="/en/" lang="en"' in html  # the switcher's English: the home page, as the page is not in English
    assert 'href="/sv/programmet-2026/" lang="sv"' in html


def test_interface_strings_are_translated(client):
    assert "Siirry pääsisältöön" in client.get("/fi/").content.decode()
    assert "Hoppa till huvudinnehållet" in client.get("/sv/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    "lang, heading", [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte"), ("en", "Page not found")]
)
def test_404_is_in_the_visitors_language(client, lang, heading):
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert heading in html
    assert f'<html lang="{lang}"' in html


@pytest.mark.parametrize("lang", ["ar", "fa", "ps"])
def test_right_to_left_languages_get_dir_rtl(rf, lang):
    request = rf.get("/")
    request.user = AnonymousUser()
    with translation.override(lang):
        html = render_to_string("404.html", request=request)
    assert f'<html lang="{lang}" dir="rtl">' in html
