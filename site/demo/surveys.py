"""The demo surveys (survey_content.py) as survey pages in their languages, rounds 2024 to 2026 with the same
codes, and a few hundred generated responses for the results work."""

import datetime
import json
import random

from django.utils import timezone

from reference.models import MunicipalityYear
from surveys.kinds import demo_answers
from surveys.models import Answer, Audience, Invitation, ResponseStatus, SurveyIndexPage, SurveyPage, SurveyResponse
from surveys.structure import answer_rows, shown_questions

from . import survey_content
from .homes import SURVEY_LANGUAGE_HOMES

INDEX = {
    "slug": {"fi": "kyselyt", "sv": "enkater", "en": "surveys", "ar": "istibyanat", "uk": "opytuvannia"},
    "title": {"fi": "Kyselyt", "sv": "Enkäter", "en": "Surveys", "ar": "الاستبيانات", "uk": "Опитування"},
}
PARTICIPANT_LANGUAGE_WEIGHTS = {"ar": 35, "uk": 30, "fi": 15, "en": 12, "sv": 8}
FREE_TEXT = ["Kiitos avusta.", "Tulkkia oli vaikea saada.", "Asunto löytyi nopeasti.", "Kurssi oli hyvä."]


def section_blocks(spec, lang):
    """survey_content.py's sections as the `sections` StreamField's JSON, with one language's texts."""

    def text(value):
        return value[lang] if isinstance(value, dict) else (value or "")

    def condition(value):
        return value or {"question": "", "choice": ""}

    def question(q):
        value = {
            "code": q["code"],
            "label": text(q["label"]),
            "help_text": text(q.get("help_text")),
            "required": q["required"],
            "goal": q.get("goal") or "",
            "indicator": q.get("indicator") or "",
            "show_if": condition(q.get("show_if")),
            "comparable": bool(q.get("comparable")),
        }
        for key in ("choices", "statements"):
            if key in q:
                value[key] = [{"code": c["code"], "label": text(c["label"])} for c in q[key]]
        for key in ("widget", "allow_other", "decimal", "min_value", "max_value", "max_length"):
            if key in q:
                value[key] = q[key]
        return {"type": q["type"], "value": value}

    return json.dumps(
        [
            {
                "type": "section",
                "value": {
                    "title": text(s["title"]),
                    "intro": text(s.get("intro")),
                    "show_if": condition(s.get("show_if")),
                    "questions": [question(q) for q in s["questions"]],
                },
            }
            for s in spec["sections"]
        ]
    )


# The 2026 round changes two questions of the participants' survey: one is reworded and breaks the series, the
# other is reworded too but marked comparable by its author, so its trend goes on unbroken.
CHANGES_2026 = {
    "feel_welcome": {
        "label": {
            "fi": "Koen olevani tervetullut kuntaani.",
            "sv": "Jag upplever att jag är välkommen i min kommun.",
            "en": "I feel I am welcome in my municipality.",
            "ar": "أشعر بأنني مُرحَّب بي في بلديتي.",
            "uk": "Я відчуваю, що мені раді в моєму муніципалітеті.",
        }
    },
    "info_clear": {
        "label": {
            "fi": "Kun muutin kuntaan, sain selkeää ja ymmärrettävää tietoa.",
            "sv": "När jag flyttade till kommunen fick jag tydlig och begriplig information.",
            "en": "When I arrived in the municipality, the information I got was clear and understandable.",
            "ar": "عندما وصلتُ إلى البلدية، كانت المعلومات التي حصلتُ عليها واضحة ومفهومة.",
            "uk": "Інформація, яку мені надали після приїзду до муніципалітету, була чіткою і зрозумілою.",
        },
        "comparable": True,
    },
}


def changed_for(spec, year):
    """The spec of a round: from 2026 on, the questions of CHANGES_2026 as changed."""
    if year < 2026:
        return spec
    sections = []
    for section in spec["sections"]:
        questions = [{**q, **CHANGES_2026.get(q["code"], {})} for q in section["questions"]]
        sections.append({**section, "questions": questions})
    return {**spec, "sections": sections}


def demo_surveys():
    """(spec, audience, round year) of each demo survey: both surveys in rounds 2024, 2025 and 2026, same codes
    (two questions changed in 2026: CHANGES_2026)."""
    for spec, audience in (
        (survey_content.MUNICIPALITY_SURVEY, Audience.MUNICIPALITIES),
        (survey_content.PARTICIPANT_SURVEY, Audience.PARTICIPANTS),
    ):
        for year in (2024, 2025, 2026):
            yield (
                {
                    **changed_for(spec, year),
                    "series": spec["slug"]["fi"],
                    "slug": {lang: f"{slug}-{year}" for lang, slug in spec["slug"].items()},
                    "title": {lang: f"{title} {year}" for lang, title in spec["title"].items()},
                },
                audience,
                year,
            )


def load_surveys(loader, home):
    """Survey index and surveys under the home pages (a home in every survey language: the participants'
    survey is in Arabic and Ukrainian); then generated responses. Returns the created {year: {audience: {lang:
    page}}}."""
    homes = SURVEY_LANGUAGE_HOMES
    for lang in homes["title"]:
        if lang not in home:
            home[lang] = loader.home(lang, homes, homes["slug"][lang], translation_of=home["fi"])
    index = loader.page(home, SurveyIndexPage, INDEX, lambda lang: {"lead": "", "show_in_menus": True})
    rng = random.Random(2025)
    for spec, audience, year in demo_surveys():
        opens_at, closes_at = loader.calendar.collection_period(audience, year)
        pages = loader.page(
            index,
            SurveyPage,
            spec,
            lambda lang, spec=spec, audience=audience, year=year, opens_at=opens_at, closes_at=closes_at: {
                "audience": audience,
                "series": spec["series"],
                "round_year": year,
                "opens_at": opens_at,
                "closes_at": closes_at,
                "intro": spec["intro"][lang],
                "privacy_notice": spec["privacy_notice"][lang],
                "thank_you": spec["thank_you"][lang],
                "retention_days": spec["retention_days"],
                "sections": section_blocks(spec, lang),
            },
        )
        if not SurveyResponse.objects.filter(survey=pages["fi"]).exists():
            submitted_until = min(closes_at.date(), loader.today)
            generate_responses(pages, audience, year, (opens_at.date(), submitted_until), rng, loader.log)


def record_the_status_board(survey, responses, year_rows, period):
    """What the municipalities' status board counts, in agreement: every response's invitation was opened before
    its first step was saved or it was sent (at submitted_at, on submitted_on); of those not sent, some saved a
    step and some only opened the link; and some more municipalities were invited and have not opened it yet.
    A random generator of its own, so that the responses and answers above stay as they were."""
    rng = random.Random(f"status-{survey.round_year}")
    first, last = period
    earliest = timezone.make_aware(datetime.datetime.combine(first, datetime.time(8)))
    opened, saved, sent = [], [], []
    for response in responses:
        invitation = response.invitation
        if response.status == ResponseStatus.SUBMITTED:
            response.submitted_at = timezone.make_aware(
                datetime.datetime.combine(
                    response.submitted_on, datetime.time(9 + rng.randint(0, 7), rng.randint(0, 59))
                )
            )
            invitation.opened_at = max(earliest, response.submitted_at - datetime.timedelta(days=rng.randint(1, 10)))
            response.step_versions = {"0": 1}
            sent.append(response)
        else:
            invitation.opened_at = timezone.make_aware(
                datetime.datetime.combine(
                    first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days))), datetime.time(10)
                )
            )
            if rng.random() < 0.6:  # a step saved; the others only opened the link
                response.step_versions = {"0": 1}
                saved.append(response)
        opened.append(invitation)
    SurveyResponse.objects.bulk_update(sent, ["submitted_at", "step_versions"])
    SurveyResponse.objects.bulk_update(saved, ["step_versions"])
    Invitation.objects.bulk_update(opened, ["opened_at"])
    invited = {response.invitation.municipality_id for response in responses}
    waiting = [row for row in year_rows if row.municipality_id not in invited]
    for row in rng.sample(waiting, min(15, len(waiting))):
        Invitation.create(survey, row.municipality, f"kirjaamo@{row.municipality.code}.example.fi")


def generate_responses(pages, audience, year, period, rng, log):
    """Responses submitted within `period` (first, last day): spread over up to 250 days for participants and
    60 for municipalities from the first day."""
    first, last = period
    canonical = pages["fi"]
    sections = canonical.structure()
    year_rows = MunicipalityYear.objects.filter(year=year).select_related("municipality")
    codes = [row.municipality.code for row in year_rows]
    responses, answers = [], []
    if audience == Audience.PARTICIPANTS:
        langs = [lang for lang in PARTICIPANT_LANGUAGE_WEIGHTS if lang in pages]
        weights = [PARTICIPANT_LANGUAGE_WEIGHTS[lang] for lang in langs]
        for i in range({2024: 110, 2025: 150, 2026: 130}[year]):
            lang = rng.choices(langs, weights=weights)[0]
            responses.append(
                SurveyResponse(
                    survey=canonical,
                    revision_id=pages[lang].live_revision_id,
                    language=lang,
                    status=ResponseStatus.SUBMITTED,
                    submission_key=f"demo-{year}-{i}",
                    submitted_on=first + datetime.timedelta(days=rng.randint(0, min(250, (last - first).days))),
                )
            )
    else:
        invited = rng.sample(list(year_rows), 90)
        for row in invited:
            invitation, _token = Invitation.create(
                canonical, row.municipality, f"kirjaamo@{row.municipality.code}.example.fi"
            )
            submitted = rng.random() < 0.7
            responses.append(
                SurveyResponse(
                    survey=canonical,
                    revision_id=canonical.live_revision_id,
                    language="fi",
                    invitation=invitation,
                    status=ResponseStatus.SUBMITTED if submitted else ResponseStatus.IN_PROGRESS,
                    submitted_on=first + datetime.timedelta(days=rng.randint(0, min(60, (last - first).days)))
                    if submitted
                    else None,
                    submitted_by="Demo" if submitted else "",
                )
            )
    SurveyResponse.objects.bulk_create(responses)
    if audience == Audience.MUNICIPALITIES:
        record_the_status_board(canonical, responses, year_rows, period)
    for response in responses:
        if response.status != ResponseStatus.SUBMITTED:
            continue
        data = demo_answers(
            lambda answers: (question for _section, question in shown_questions(sections, answers)),
            rng,
            year=year,
            municipalities=codes,
            texts=FREE_TEXT,
        )
        answers += [Answer(response=response, **row) for row in answer_rows(sections, data)]
    Answer.objects.bulk_create(answers, batch_size=1000)
    log(f"{canonical.title}: {len(responses)} responses, {len(answers)} answers generated")
