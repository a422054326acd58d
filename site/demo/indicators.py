"""The demo's indicators: the two EU AMIF indicators the programme reports to and a few of its own, computed
from the demo rounds by their rules, in Finnish, Swedish and English."""

from wagtail.models import Locale

from results.models import Indicator

AGREE = "agree strongly_agree"
INDICATORS = [
    {
        "code": "amif_output_authorities",
        "name": {
            "fi": "Kotouttamistoimien toteuttamisessa tuettujen paikallis- ja alueviranomaisten määrä",
            "sv": "Antal lokala och regionala myndigheter som fått stöd för att genomföra integrationsåtgärder",
            "en": "Number of local and regional authorities supported to implement integration measures",
        },
        "unit": {"fi": "kuntaa", "sv": "kommuner", "en": "municipalities"},
        "amif_indicator": "Number of local and regional authorities supported to implement integration measures",
        "kind": "output",
        "goal": "placement",
        "baseline": 0,
        "target": 120,
        "series": "kuntakysely",
        "measure": "municipalities",
        "question": "received_refugees",
        "choices": "yes",
    },
    {
        "code": "amif_result_helpful",
        "name": {
            "fi": "Osallistujat, joiden mukaan toiminta auttoi heitä kotoutumaan",
            "sv": "Deltagare som anser att verksamheten hjälpte dem att integreras",
            "en": "Number of participants who report that the activity was helpful for their integration",
        },
        "unit": {"fi": "osallistujaa", "sv": "deltagare", "en": "participants"},
        "amif_indicator": "Number of participants who report that the activity was helpful for their integration",
        "kind": "result",
        "goal": "reception",
        "baseline": 0,
        "target": 300,
        "series": "palaute",
        "measure": "respondents",
        "question": "activity_helpful",
        "choices": AGREE,
    },
    {
        "code": "municipal_places_agreed",
        "name": {
            "fi": "Sovitut kuntapaikat",
            "sv": "Avtalade kommunplatser",
            "en": "Municipal places agreed",
        },
        "unit": {"fi": "paikkaa", "sv": "platser", "en": "places"},
        "kind": "output",
        "goal": "placement",
        "baseline": 5000,
        "target": 7500,
        "series": "kuntakysely",
        "measure": "sum",
        "question": "places_agreed",
        "choices": "",
    },
    {
        "code": "housing_ready",
        "name": {
            "fi": "Asunto valmiina muuttaessa (kuntien arvio, 1–5)",
            "sv": "Bostad klar vid flytten (kommunernas bedömning, 1–5)",
            "en": "Home ready on moving in (municipalities' assessment, 1–5)",
        },
        "unit": {"fi": "keskiarvo", "sv": "medelvärde", "en": "mean"},
        "kind": "result",
        "goal": "reception",
        "baseline": 3.5,
        "target": 4.2,
        "series": "kuntakysely",
        "measure": "mean",
        "question": "housing_ready",
        "choices": "",
    },
    {
        "code": "feel_welcome",
        "name": {
            "fi": "Tervetulleeksi itsensä tuntevien osallistujien osuus",
            "sv": "Andel deltagare som känner sig välkomna",
            "en": "Share of participants who feel welcome",
        },
        "unit": {"fi": "%", "sv": "%", "en": "%"},
        "kind": "result",
        "goal": "participation",
        "baseline": 55,
        "target": 70,
        "series": "palaute",
        "measure": "share",
        "question": "feel_welcome",
        "choices": AGREE,
    },
]


def load_indicators():
    for spec in INDICATORS:
        if Indicator.objects.filter(code=spec["code"]).exists():
            continue
        fixed = {key: value for key, value in spec.items() if key not in ("name", "unit")}
        finnish = None
        for lang in ("fi", "sv", "en"):
            fields = {**fixed, "name": spec["name"][lang], "unit": spec["unit"][lang]}
            locale = Locale.objects.get(language_code=lang)
            if finnish is None:
                finnish = Indicator.objects.create(locale=locale, **fields)
            else:
                Indicator.objects.create(locale=locale, translation_key=finnish.translation_key, **fields)
