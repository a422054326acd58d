"""The demo's page of published results: what participants and municipalities said, frozen at publishing, in
Finnish, Swedish and English (the same block ids in every language, so every version shows the same figures)."""

import json

from results.models import ResultsPage
from surveys.models import Audience, SurveyPage

SPEC = {
    "slug": {"fi": "tuloksia", "sv": "resultat", "en": "results"},
    "title": {"fi": "Tuloksia kyselyistä", "sv": "Resultat från enkäterna", "en": "Survey results"},
    "intro": {
        "fi": "<p>Mitä osallistujat ja kunnat vastasivat ohjelman kyselyihin. Luvut on kiinnitetty sivun "
        "julkaisuhetkellä.</p>",
        "sv": "<p>Vad deltagarna och kommunerna svarade på programmets enkäter. Siffrorna fastställdes när sidan "
        "publicerades.</p>",
        "en": "<p>What participants and municipalities answered in the programme's surveys. The figures were fixed "
        "when the page was published.</p>",
    },
}
# (block id, audience, what to show, question, column question)
BLOCKS = [
    ("8c1f0a52-6a3e-4f0e-9a51-1f5d2b7c0001", Audience.PARTICIPANTS, "question", "activity_helpful", ""),
    ("8c1f0a52-6a3e-4f0e-9a51-1f5d2b7c0002", Audience.PARTICIPANTS, "trend", "info_clear", ""),
    ("8c1f0a52-6a3e-4f0e-9a51-1f5d2b7c0003", Audience.MUNICIPALITIES, "crosstab", "received_refugees", "housing_ready"),
]


def load_results_page(loader, home):
    surveys = {
        audience: SurveyPage.objects.get(audience=audience, round_year=2025, locale=loader.locale("fi"))
        for audience in (Audience.PARTICIPANTS, Audience.MUNICIPALITIES)
    }
    body = json.dumps(
        [
            {
                "type": "result",
                "id": block_id,
                "value": {
                    "caption": "",
                    "survey": surveys[audience].pk,
                    "show": show,
                    "question": question,
                    "column_question": column,
                    "area": "",
                    "language": "",
                },
            }
            for block_id, audience, show, question, column in BLOCKS
        ]
    )
    return loader.page(home, ResultsPage, SPEC, lambda lang: {"intro": SPEC["intro"][lang], "body": body})
