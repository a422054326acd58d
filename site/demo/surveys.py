"""The demo surveys (survey_content.py) as survey pages in their languages, rounds 2024 and 2025 with the same
codes, and a few hundred generated responses for the results work."""

import datetime
import json
import random

from reference.models import MunicipalityYear
from surveys.kinds import demo_answers
from surveys.models import Answer, Audience, Invitation, ResponseStatus, SurveyIndexPage, SurveyPage, SurveyResponse
from surveys.structure import answer_rows, shown_questions

from . import survey_content

INDEX = {
    "slug": {"fi": "kyselyt", "sv": "enkater", "en": "surveys", "ar": "istibyanat", "uk": "opytuvannia"},
    "title": {"fi": "Kyselyt", "sv": "Enkäter", "en": "Surveys", "ar": "الاستبيانات", "uk": "Опитування"},
}
EXTRA_HOME = {
    "slug": {"ar": "alsafha", "uk": "holovna"},
    "title": {"ar": "الصفحة الرئيسية", "uk": "Головна"},
    "hero_title": {"ar": "اللاجئون في البلديات", "uk": "Біженці в муніципалітетах"},
    "hero_text": {
        "ar": "هذا الموقع باللغات الفنلندية والسويدية والإنجليزية. يمكنك الإجابة على الاستبيانات بلغتك.",
        "uk": "Цей сайт фінською, шведською та англійською мовами. На опитування можна відповісти вашою мовою.",
    },
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


def demo_surveys():
    """(spec, audience, round year) of each demo survey: both surveys in rounds 2024 and 2025, same codes."""
    for spec, audience in (
        (survey_content.MUNICIPALITY_SURVEY, Audience.MUNICIPALITIES),
        (survey_content.PARTICIPANT_SURVEY, Audience.PARTICIPANTS),
    ):
        for year in (2024, 2025):
            yield (
                {
                    **spec,
                    "series": spec["slug"]["fi"],
                    "slug": {lang: f"{slug}-{year}" for lang, slug in spec["slug"].items()},
                    "title": {lang: f"{title} {year}" for lang, title in spec["title"].items()},
                },
                audience,
                year,
            )


def load_surveys(loader, home):
    """Survey index and surveys under the home pages (Arabic and Ukrainian homes added for the participants'
    survey); then generated responses. Returns the created {year: {audience: {lang: page}}}."""
    for lang in EXTRA_HOME["title"]:
        if lang not in home:
            home[lang] = loader.home(lang, EXTRA_HOME, EXTRA_HOME["slug"][lang], translation_of=home["fi"])
    index = loader.page(
        home, SurveyIndexPage, INDEX, lambda lang: {"lead": "", "show_in_menus": lang in ("fi", "sv", "en")}
    )
    rng = random.Random(2025)
    for spec, audience, year in demo_surveys():
        pages = loader.page(
            index,
            SurveyPage,
            spec,
            lambda lang, spec=spec, audience=audience, year=year: {
                "audience": audience,
                "series": spec["series"],
                "round_year": year,
                "intro": spec["intro"][lang],
                "privacy_notice": spec["privacy_notice"][lang],
                "thank_you": spec["thank_you"][lang],
                "retention_days": spec["retention_days"],
                "sections": section_blocks(spec, lang),
            },
        )
        if not SurveyResponse.objects.filter(survey=pages["fi"]).exists():
            generate_responses(pages, audience, year, rng, loader.log)


def generate_responses(pages, audience, year, rng, log):
    canonical = pages["fi"]
    sections = canonical.structure()
    year_rows = MunicipalityYear.objects.filter(year=year).select_related("municipality")
    codes = [row.municipality.code for row in year_rows]
    responses, answers = [], []
    if audience == Audience.PARTICIPANTS:
        langs = [lang for lang in PARTICIPANT_LANGUAGE_WEIGHTS if lang in pages]
        weights = [PARTICIPANT_LANGUAGE_WEIGHTS[lang] for lang in langs]
        for i in range(150 if year == 2025 else 110):
            lang = rng.choices(langs, weights=weights)[0]
            responses.append(
                SurveyResponse(
                    survey=canonical,
                    revision_id=pages[lang].live_revision_id,
                    language=lang,
                    status=ResponseStatus.SUBMITTED,
                    submission_key=f"demo-{year}-{i}",
                    submitted_on=datetime.date(year, 3, 1) + datetime.timedelta(days=rng.randint(0, 250)),
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
                    submitted_on=datetime.date(year, 4, 1) + datetime.timedelta(days=rng.randint(0, 60))
                    if submitted
                    else None,
                    submitted_by="Demo" if submitted else "",
                )
            )
    SurveyResponse.objects.bulk_create(responses)
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
