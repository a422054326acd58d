"""The demo surveys (survey_content.py) as survey pages in their languages, rounds 2024 and 2025 with the same
codes, and a few hundred generated responses for the results work."""

import datetime
import json
import random
from decimal import Decimal

from reference.models import MunicipalityYear
from surveys.answers import answer_rows, visible_questions
from surveys.models import Answer, Audience, Invitation, ResponseStatus, SurveyIndexPage, SurveyPage, SurveyResponse
from surveys.structure import AGREEMENT_SCALE

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


def random_answers(sections, rng, year, municipality_codes):
    """Cleaned-data-like answers of one respondent who walks the survey, conditions and all."""
    data = {}
    scale = [code for code, _label, _value in AGREEMENT_SCALE]
    for section in sections:
        if section.condition and not section.condition.holds(data):
            continue
        for q in section.questions:
            if (q.condition and not q.condition.holds(data)) or (not q.required and rng.random() < 0.15):
                continue
            codes = [code for code, _label in q.choices]
            if q.kind == "single_choice":
                data[q.code] = rng.choice(codes)
            elif q.kind == "multiple_choice":
                data[q.code] = rng.sample(codes, k=rng.randint(1, min(3, len(codes))))
            elif q.kind == "agreement":
                data[q.code] = rng.choices(scale, weights=[1, 2, 3, 5, 4, 1])[0]
            elif q.kind == "statement_group":
                data.update({code: rng.choices(scale, weights=[1, 2, 3, 5, 4, 1])[0] for code in codes})
            elif q.kind == "number":
                low = int(q.min_value or 0)
                data[q.code] = Decimal(rng.randint(low, int(q.max_value) if q.max_value is not None else low + 200))
            elif q.kind in ("short_text", "long_text"):
                if q.required or rng.random() < 0.2:
                    data[q.code] = rng.choice(FREE_TEXT)
            elif q.kind == "yes_no":
                data[q.code] = rng.choice(["yes", "yes", "no"])
            elif q.kind == "date":
                data[q.code] = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
            elif q.kind == "municipality":
                data[q.code] = rng.choice(municipality_codes)
    return data


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
        data = random_answers(sections, rng, year, codes)
        for _section, question in visible_questions(sections, data):
            answers += [Answer(response=response, **row) for row in answer_rows(question, data)]
    Answer.objects.bulk_create(answers, batch_size=1000)
    log(f"{canonical.title}: {len(responses)} responses, {len(answers)} answers generated")
