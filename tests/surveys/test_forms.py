"""A step's cleaned data is kept in JSON (in the session or the response's draft) when the step is posted, and used
as it is when the answers are sent: it must come back exactly as the form cleaned it."""

import json
from datetime import date
from decimal import Decimal

from surveys.forms import SectionForm, decode_cleaned, encode_cleaned
from surveys.structure import Question

QUESTIONS = [
    Question("number", "persons", "How many?", decimal=False, min_value=0, max_value=100),
    Question("number", "share", "What share?", decimal=True, min_value=0, max_value=1),
    Question("date", "decided_on", "When?"),
    Question("date", "reviewed_on", "Reviewed?", required=False),
    Question("multiple_choice", "services", "Which?", choices=[("health", "Health"), ("school", "School")]),
    Question("yes_no", "works", "Works?"),
    Question("short_text", "name", "Name?"),
]


def test_cleaned_data_comes_back_from_json_with_its_types():
    posted = {
        "persons": "12",
        "share": "0.3750",
        "decided_on": "2025-03-01",
        "services": ["health", "school"],
        "works": "yes",
        "name": "Kunta",
    }
    form = SectionForm(posted, questions=QUESTIONS, survey_year=2025)
    assert form.is_valid(), form.errors
    stored = json.loads(json.dumps(encode_cleaned(form.cleaned_data)))
    restored = decode_cleaned(stored, QUESTIONS)
    assert restored == form.cleaned_data
    assert restored["share"] == Decimal("0.375") and isinstance(restored["share"], Decimal)
    assert restored["decided_on"] == date(2025, 3, 1) and restored["reviewed_on"] is None
    assert restored["persons"] == 12
