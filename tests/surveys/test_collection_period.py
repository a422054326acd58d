"""A survey's collection period apart from its publishing: it opens and closes by its own dates, says so on its
page and in the survey index, takes answers only while open, and stays published (with its results) after."""

import datetime
import re
import time
from importlib import import_module

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.cache import get_max_age

from surveys.collection import SurveyStatus, collection_status
from surveys.models import SurveyIndexPage, SurveyPage
from tests.factories import SurveyPageFactory

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_the_status_follows_the_dates():
    now = timezone.now()
    assert collection_status(None, None, now) == SurveyStatus.OPEN
    assert collection_status(now + DAY, None, now) == SurveyStatus.UPCOMING
    assert collection_status(now - DAY, now + DAY, now) == SurveyStatus.OPEN
    assert collection_status(now - 2 * DAY, now - DAY, now) == SurveyStatus.CLOSED
    assert collection_status(None, now, now) == SurveyStatus.CLOSED  # closes at that moment


def test_a_survey_cannot_close_before_it_opens():
    now = timezone.now()
    survey = SurveyPageFactory.build(opens_at=now, closes_at=now - DAY)
    with pytest.raises(ValidationError) as error:
        survey.clean()
    assert "closes_at" in error.value.message_dict


def finnish_date(moment):
    with translation.override("fi"):
        return formats.date_format(timezone.localtime(moment), "DATE_FORMAT")


@pytest.fixture
def three_surveys():
    now = timezone.now()
    return {
        "open": SurveyPageFactory(title="Avoin kysely", opens_at=now - DAY, closes_at=now + 10 * DAY),
        "upcoming": SurveyPageFactory(title="Tuleva kysely", opens_at=now + 5 * DAY, closes_at=now + 30 * DAY),
        "closed": SurveyPageFactory(title="Päättynyt kysely", opens_at=now - 30 * DAY, closes_at=now - 2 * DAY),
    }


def section_of(html, heading):
    match = re.search(rf"<h2[^>]*>{heading}</h2>(.*?)</section>", html, re.S)
    return match.group(1) if match else ""


def test_the_index_shows_each_surveys_status_and_what_a_visitor_can_do(client, three_surveys):
    index = SurveyIndexPage.objects.get(locale__language_code="fi")
    html = client.get(index.url).content.decode()
    open_now, soon, closed = (section_of(html, h) for h in ("Avoinna nyt", "Avautumassa", "Päättyneet kyselyt"))
    assert "Avoin kysely" in open_now and "Vastaa kyselyyn" in open_now
    assert f"Avoinna {finnish_date(three_surveys['open'].closes_at)} asti" in open_now
    assert "Tuleva kysely" in soon and f"Avautuu {finnish_date(three_surveys['upcoming'].opens_at)}" in soon
    assert "Vastaa kyselyyn" not in soon
    assert "Päättynyt kysely" in closed and f"Sulkeutui {finnish_date(three_surveys['closed'].closes_at)}" in closed
    assert "Tuleva kysely" not in open_now and "Päättynyt kysely" not in open_now


def test_each_call_to_answer_is_named_by_what_it_shows_and_its_survey(client, three_surveys):
    """A speech-input user says the button's visible words (WCAG 2.5.3); a screen reader user hears which survey."""
    index = SurveyIndexPage.objects.get(locale__language_code="fi")
    html = client.get(index.url).content.decode()
    buttons = re.findall(r'<a class="button" href="([^"]+)"([^>]*)>(.*?)</a>', html, re.S)
    assert buttons, html
    for _href, attributes, content in buttons:
        assert "aria-label" not in attributes
        visible = re.sub(r'<span class="visually-hidden">.*?</span>', "", content)
        name = re.sub(r"<[^>]+>", "", content)
        assert visible == "Vastaa kyselyyn" and name.startswith(visible)
    survey = three_surveys["open"]
    assert (survey.url, "", 'Vastaa kyselyyn<span class="visually-hidden">: Avoin kysely</span>') in buttons


@pytest.mark.parametrize("which, notice", [("upcoming", "ei ole vielä avoinna"), ("closed", "Kysely on päättynyt")])
def test_a_survey_out_of_its_period_says_so_and_takes_no_answers(client, three_surveys, which, notice):
    survey = three_surveys[which]
    start = client.get(survey.url).content.decode()
    assert notice in start
    assert "Vastaa kyselyyn" not in start and "Aloita kysely" not in start
    step = client.get(survey.url + "answer/")
    assert step.status_code == 410
    assert notice in step.content.decode()
    assert SurveyPage.objects.live().filter(pk=survey.pk).exists()  # still published, its results still read


def test_pages_showing_a_status_are_cached_only_until_it_changes(client):
    opens_at = timezone.now() + datetime.timedelta(seconds=2)
    survey = SurveyPageFactory(title="Pian avautuva kysely", opens_at=opens_at, closes_at=opens_at + 10 * DAY)
    index = SurveyIndexPage.objects.get(locale__language_code="fi")
    before = {url: client.get(url) for url in (index.url, survey.url)}
    assert "Pian avautuva kysely" in section_of(before[index.url].content.decode(), "Avautumassa")
    assert "ei ole vielä avoinna" in before[survey.url].content.decode()
    assert "Pian avautuva kysely" not in client.get("/fi/").content.decode()  # the home lists what is open
    # Browsers are not told to keep them (they would keep a page they now ask for again on every visit) ...
    assert all(get_max_age(response) is None for response in before.values())
    assert client.get(index.url)["X-Cache"] == "hit"
    time.sleep(max(0, (opens_at - timezone.now()).total_seconds()) + 0.2)
    # ... and the site's own cache lets them go when the survey opens.
    assert "Pian avautuva kysely" in section_of(client.get(index.url).content.decode(), "Avoinna nyt")
    assert "Aloita kysely" in client.get(survey.url).content.decode()
    assert "Pian avautuva kysely" in client.get("/fi/").content.decode()  # nothing published in between


def test_the_editor_offers_no_expiry_for_a_survey(admin_client):
    survey = SurveyPageFactory()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[survey.pk])).content.decode()
    assert 'name="go_live_at"' in html and 'name="expire_at"' not in html


def test_an_expiry_set_before_surveys_had_dates_closes_the_survey_but_no_longer_unpublishes_it():
    survey = SurveyPageFactory(closes_at=None)
    expiry = (timezone.now() + DAY).replace(microsecond=0)
    survey.expire_at = expiry
    survey.save_revision().publish()
    assert SurveyPage.objects.get(pk=survey.pk).expire_at == expiry
    import_module("surveys.migrations.0012_surveys_do_not_expire").stop_expiring(apps, None)
    survey = SurveyPage.objects.get(pk=survey.pk)
    assert survey.closes_at == expiry and survey.expire_at is None and survey.live
    survey.get_latest_revision().publish()  # the next publish does not bring it back
    assert SurveyPage.objects.get(pk=survey.pk).expire_at is None
