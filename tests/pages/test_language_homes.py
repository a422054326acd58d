"""Every language a visitor may arrive in has a home page in that language: what the programme is, the surveys
open in it, and the accessibility statement and privacy notice (in that language or marked as English). A
language without a home page is never served another language's content under its own name."""

import datetime
import re

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from pages.models import HomePage
from surveys.models import SurveyIndexPage, SurveyPage

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_a_home_page_in_that_language(client, lang):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(rf'<html lang="{lang}" dir="(rtl|ltr)">', html)
    home = HomePage.objects.get(locale__language_code=lang)
    assert f'<h1 id="hero-title">{home.hero_title}</h1>' in html
    if lang != "fi":
        finnish = HomePage.objects.get(locale__language_code="fi")
        assert finnish.hero_title not in html  # no Finnish content under another language's name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_home_links_the_accessibility_statement_and_privacy_notice(client, lang):
    html = client.get(f"/{lang}/").content.decode()
    footer = re.search(r'<ul class="site-footer__links">.*?</ul>', html, re.S).group(0)
    links = [link for link in re.findall(r'<a href="(/(\w+)/[^"]+)"( hreflang="(\w+)")?>', footer) if link[1] != "api"]
    languages = {href.split("/")[1] for href, *_ in links}
    assert len(links) == 2, footer
    if lang in ("fi", "sv", "en"):
        assert languages == {lang} and all(not marked for *_, marked, _code in links)
    else:  # the English ones, said to be English
        assert languages == {"en"}
        assert all(code == "en" for *_, code in links)
        assert footer.count('<span lang="en">(English)</span>') == 2


def test_a_home_in_a_survey_language_lists_the_surveys_open_in_it(client):
    html = client.get("/ar/").content.decode()
    section = re.search(r'<section class="open-surveys".*?</section>', html, re.S).group(0)
    survey = SurveyPage.objects.get(locale__language_code="ar", round_year=2026)
    assert survey.title in section and "أجب على الاستبيان" in section
    closed = SurveyPage.objects.get(locale__language_code="ar", round_year=2024)
    assert closed.title not in section


def test_a_home_without_surveys_in_its_language_leads_to_those_in_english(client):
    html = client.get("/so/").content.decode()
    section = re.search(r'<section class="open-surveys".*?</section>', html, re.S).group(0)
    assert "Hadda ma jiro sahan furan oo luqaddan ku qoran." in section
    assert '<a href="/en/surveys/" hreflang="en">' in section


def test_a_language_without_a_home_page_is_sent_to_english_not_served_finnish(client):
    HomePage.objects.get(locale__language_code="so").delete()
    response = client.get("/so/")
    assert response.status_code == 302
    assert response.url == "/en/"


def test_the_visitor_sent_to_english_lands_on_the_same_place(client):
    HomePage.objects.get(locale__language_code="so").delete()
    survey = SurveyPage.objects.get(locale__language_code="fi", audience="municipalities", round_year=2026)
    english = survey.get_translation(Locale.objects.get(language_code="en"))
    response = client.get(f"/so/kyselyt/{survey.slug}/qr/svg/?size=2")
    assert response.status_code == 302
    assert response.url == f"{english.url}qr/svg/?size=2"


def test_a_draft_english_page_is_not_a_way_round(client):
    """With no published English version, the visitor gets the page in its own language, not a redirect loop."""
    HomePage.objects.get(locale__language_code="so").delete()
    HomePage.objects.get(locale__language_code="en").unpublish()
    response = client.get("/so/", follow=True)
    assert response.redirect_chain == [("/fi/", 302)]
    assert response.status_code == 200


@pytest.mark.parametrize(
    "lang, search_terms", [("ar", "كلمات البحث"), ("uk", "Пошукові слова"), ("so", "Ereyada raadinta")]
)
def test_the_search_page_speaks_the_visitors_language(client, lang, search_terms):
    html = client.get(f"/{lang}/search/").content.decode()
    assert search_terms in html and "Hakusanat" not in html
    assert '<nav class="breadcrumbs container"' in html


def close_every_survey():
    SurveyPage.objects.update(closes_at=timezone.now() - datetime.timedelta(days=1))


@pytest.mark.parametrize("lang, index", [("fi", "/fi/kyselyt/"), ("sv", "/sv/enkater/"), ("en", "/en/surveys/")])
def test_with_nothing_open_a_site_language_home_leads_to_its_own_surveys(client, lang, index):
    close_every_survey()
    section = re.search(r'<section class="open-surveys".*?</section>', client.get(f"/{lang}/").content.decode(), re.S)
    links = re.findall(r'<a href="([^"]+)"([^>]*)>', section.group(0))
    assert links == [(index, "")]  # upcoming and closed ones in the visitor's language, not English


def test_with_nothing_open_in_arabic_the_arabic_home_leads_to_arabic_and_english_surveys(client):
    close_every_survey()
    section = re.search(r'<section class="open-surveys".*?</section>', client.get("/ar/").content.decode(), re.S)
    links = re.findall(r'<a href="([^"]+)"([^>]*)>', section.group(0))
    arabic = SurveyIndexPage.objects.get(locale__language_code="ar")
    assert links == [(arabic.url, ""), ("/en/surveys/", ' hreflang="en"')]


def main_menu(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"([^>]*)>(.*?)</a>', nav, re.S)


def test_a_survey_languages_menu_lists_its_surveys_and_the_programme_in_english(client):
    arabic_surveys = SurveyIndexPage.objects.get(locale__language_code="ar")
    assert main_menu(client.get("/ar/").content.decode()) == [
        (arabic_surveys.url, "", arabic_surveys.title),
        ("/en/", ' hreflang="en"', 'البرنامج باللغة الإنجليزية <span lang="en">(English)</span>'),
    ]
    assert [href for href, *_ in main_menu(client.get("/fa/").content.decode())] == ["/en/"]  # never empty
    finnish = [href for href, *_ in main_menu(client.get("/fi/").content.decode())]
    assert "/en/" not in finnish and len(finnish) >= 5


@pytest.mark.parametrize(
    "accept, lang", [("ar", "ar"), ("en-GB,en;q=0.9", "en"), ("fi", "fi"), ("so", "en"), ("sv", "sv")]
)
def test_an_address_without_a_language_leads_to_the_page_in_the_visitors_language(client, accept, lang):
    survey = SurveyPage.objects.get(locale__language_code="fi", audience="participants", round_year=2026)
    wanted = survey.get_translation(Locale.objects.get(language_code=lang))
    path = survey.url.removeprefix("/fi")  # '/kyselyt/palaute-2026/': an old link, or one typed by hand
    response = client.get(f"{path}answer/?lahde=juliste", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response.url == f"{wanted.url}answer/?lahde=juliste"


@pytest.mark.parametrize("path, model", [("hankkeet/", "ProjectIndexPage"), ("uutiset/", "NewsIndexPage")])
def test_a_section_missing_from_a_survey_language_leads_to_it_in_english(client, path, model):
    from django.apps import apps

    app = "projects" if model.startswith("Project") else "pages"
    english = apps.get_model(app, model).objects.get(locale__language_code="en")
    response = client.get(f"/fa/{path}")
    assert response.status_code == 302 and response.url == english.url
    assert client.get("/fi/ei-tallaista/").status_code == 404  # a site language's own 404 stays one


def test_a_search_in_a_survey_language_offers_the_same_search_in_english(client):
    html = client.get("/fa/search/?q=kotoutuminen").content.decode()
    assert '<a href="/en/search/?q=kotoutuminen" hreflang="en">جست‌وجو در صفحات انگلیسی برنامه' in html
    assert "/en/search/" not in client.get("/fi/search/?q=kotoutuminen").content.decode().split("<main")[1]


@pytest.mark.parametrize("lang", ["uk", "ar"])
def test_a_home_page_is_named_and_summarised_for_link_previews(client, lang):
    home = HomePage.objects.get(locale__language_code=lang)
    html = client.get(f"/{lang}/").content.decode()
    assert f'<meta property="og:title" content="{home.title}">' in html and home.title == home.hero_title
    assert re.search(r'<meta name="description" content="[^"]{40,}">', html)
    assert f"<title>{home.title} – " in html


def test_english_dates_are_written_day_first_as_the_english_pages_write_them(client):
    survey = SurveyPage.objects.get(locale__language_code="en", audience="participants", round_year=2026)
    closes = timezone.localtime(survey.closes_at)
    html = client.get(SurveyIndexPage.objects.get(locale__language_code="en").url).content.decode()
    assert f"Open until {closes.day} {closes.strftime('%B')} {closes.year}" in html
