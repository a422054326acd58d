"""The survey factories make what the survey builder and the wizard make."""

import json

import pytest

from surveys.models import Answer
from tests.factories import SurveyPageFactory, question, respond, section, translate

pytestmark = pytest.mark.django_db


def test_a_survey_and_its_responses_from_the_factories():
    survey = SurveyPageFactory(
        sections=json.dumps(
            [
                section(
                    "Taustat", question("single_choice", "age", "Ikä?", choices=[("young", "Nuori"), ("old", "Vanha")])
                ),
                section("Lisää", question("long_text", "why", "Miksi?", required=False, show_if=("age", "old"))),
            ]
        )
    )
    assert survey.live and [q.code for s in survey.structure() for q in s.questions] == ["age", "why"]
    young = respond(survey, {"age": "young", "why": "ei näytetty"})
    assert list(Answer.objects.filter(response=young).values_list("question", "choice")) == [("age", "young")]
    arabic = translate(survey, "ar")
    answered = respond(arabic, {"age": "old", "why": "syy"}, language="ar")
    assert answered.survey_id == survey.pk and answered.revision_id == arabic.live_revision_id
    assert answered.answers.count() == 2
