"""The demo content agrees with itself: what a news item says about a survey or an event is what the survey and
the event say, and the rounds are open or closed as their texts suggest."""

import datetime
import re

import pytest
from django.utils import timezone

from pages.models import EventPage, NewsPage
from surveys.collection import SurveyStatus
from surveys.models import Audience, SurveyPage

pytestmark = pytest.mark.django_db
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DAY_FIRST = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")  # as the Finnish and Swedish texts write dates
ENGLISH = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")  # "1 January 2027"
LANGUAGES = ["fi", "sv", "en"]


def dates_in(news):
    text = " ".join([news.title, news.lead, str(news.body)])
    if news.locale.language_code == "en":
        return {datetime.date(int(y), MONTHS.index(m) + 1, int(d)) for d, m, y in ENGLISH.findall(text)}
    return {datetime.date(int(y), int(m), int(d)) for d, m, y in DAY_FIRST.findall(text)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_date_a_news_item_names_is_a_surveys_or_an_events(lang):
    known = {timezone.localdate(e.start) for e in EventPage.objects.filter(locale__language_code=lang)}
    for survey in SurveyPage.objects.filter(locale__language_code=lang):
        known |= {timezone.localdate(m) for m in (survey.opens_at, survey.closes_at) if m}
    named = {news.title: dates_in(news) for news in NewsPage.objects.filter(locale__language_code=lang)}
    assert any(named.values()), "the demo's news should name some dates"
    for title, dates in named.items():
        assert dates <= known, f"{title} names {sorted(dates - known)}, which no survey or event has"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_news_of_the_municipal_survey_gives_its_own_dates(lang):
    """In each language, the news item names the survey and the webinar that exist, with their dates."""
    finnish = NewsPage.objects.get(locale__language_code="fi", title__contains="2026 kuntakysely")
    news = NewsPage.objects.get(translation_key=finnish.translation_key, locale__language_code=lang)
    survey = SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2026, locale__language_code=lang)
    finnish_webinar = EventPage.objects.get(locale__language_code="fi", title__contains="kuntakysely")
    webinar = EventPage.objects.get(translation_key=finnish_webinar.translation_key, locale__language_code=lang)
    assert "2026" in news.title and survey.status == SurveyStatus.OPEN
    assert news.date == timezone.localdate(survey.opens_at)
    assert dates_in(news) == {timezone.localdate(survey.closes_at), timezone.localdate(webinar.start)}
    assert (
        timezone.localdate(survey.opens_at) <= timezone.localdate(webinar.start) <= timezone.localdate(survey.closes_at)
    )


def test_earlier_rounds_are_closed_and_the_latest_open():
    for survey in SurveyPage.objects.filter(locale__language_code="fi"):
        expected = SurveyStatus.OPEN if survey.round_year == 2026 else SurveyStatus.CLOSED
        assert survey.status == expected, survey.title


def test_responses_were_submitted_while_their_round_was_open():
    for survey in SurveyPage.objects.filter(locale__language_code="fi"):
        days = survey.responses.exclude(submitted_on=None).values_list("submitted_on", flat=True)
        assert days, survey.title
        assert timezone.localdate(survey.opens_at) <= min(days) and max(days) <= timezone.localdate(survey.closes_at)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_the_status_board_agrees_with_itself(year):
    from surveys.invitations import status_by_area
    from surveys.models import Invitation, ResponseStatus

    survey = SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=year, locale__language_code="fi")
    rows = list(status_by_area(survey))
    invited, opened = sum(r["invited"] for r in rows), sum(r["opened"] for r in rows)
    in_progress, submitted = sum(r["in_progress"] for r in rows), sum(r["submitted"] for r in rows)
    assert invited > opened >= in_progress + submitted and in_progress > 0 and submitted > 0
    assert opened > in_progress + submitted  # some opened the link and saved nothing yet
    for invitation in Invitation.objects.filter(survey=survey).select_related("response"):
        response = getattr(invitation, "response", None)
        if response is None:
            assert invitation.opened_at is None
            continue
        assert invitation.opened_at is not None
        if response.status == ResponseStatus.SUBMITTED:
            assert invitation.opened_at <= response.submitted_at
            assert timezone.localdate(response.submitted_at) == response.submitted_on
