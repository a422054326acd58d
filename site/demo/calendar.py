"""The demo's dates that several pieces of content must agree on, counted from the day the demo is loaded: the
latest rounds (2026) are open and the earlier ones closed; the news item and the event about the municipal
survey name the same dates as the survey itself (tests/demo checks that they do)."""

import datetime

from django.utils import dateformat, timezone, translation

from surveys.models import Audience

LATEST_ROUND = 2026
# Days from the day the demo is loaded.
MUNICIPAL_SURVEY_OPENED = -21
MUNICIPAL_SURVEY_DUE = 28
MUNICIPAL_WEBINAR = 10
PARTICIPANT_SURVEY_DUE = 60
# How a date is written in the demo's texts.
DATE_FORMATS = {"fi": "j.n.Y", "sv": "j.n.Y", "en": "j F Y"}


def _end_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59)))


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))


class Calendar:
    def __init__(self, today):
        self.today = today
        self.dates = {
            "municipal_survey_opens": today + datetime.timedelta(days=MUNICIPAL_SURVEY_OPENED),
            "municipal_survey_due": today + datetime.timedelta(days=MUNICIPAL_SURVEY_DUE),
            "municipal_webinar": today + datetime.timedelta(days=MUNICIPAL_WEBINAR),
        }

    def texts(self, lang):
        """The dates as the demo's texts in `lang` write them, for str.format."""
        with translation.override(lang):
            return {key: dateformat.format(day, DATE_FORMATS[lang]) for key, day in self.dates.items()}

    def collection_period(self, audience, year):
        """(opens_at, closes_at) of a demo round: earlier rounds in their year; the latest municipal round
        opened three weeks ago and is due in four, the latest participants' round open since March."""
        participants = audience == Audience.PARTICIPANTS
        if year < LATEST_ROUND:
            if participants:
                return _start_of(datetime.date(year, 3, 1)), _end_of(datetime.date(year, 11, 30))
            return _start_of(datetime.date(year, 4, 1)), _end_of(datetime.date(year, 6, 15))
        if participants:
            due = self.today + datetime.timedelta(days=PARTICIPANT_SURVEY_DUE)
            return _start_of(datetime.date(year, 3, 1)), _end_of(due)
        return _start_of(self.dates["municipal_survey_opens"]), _end_of(self.dates["municipal_survey_due"])
