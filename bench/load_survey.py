"""The load test's survey (bench/load.py makes it before the load starts): the first section of the newest
participants' feedback survey as a survey of its own, in Finnish, published and open. A participant's submit
then takes four step requests (the address, the section shown and answered, the review shown), so that the
load's mix of survey steps and submits is the one the load test asks for (bench/locustfile.py)."""

import json

from surveys.definition import create_from_definition, definition_of
from surveys.models import Audience, SurveyPage


def create():
    """Make the survey and print the address of its answering steps."""
    source = (
        SurveyPage.objects.live()
        .filter(audience=Audience.PARTICIPANTS, locale__language_code="fi")
        .order_by("-round_year")
        .first()
    )
    definition = definition_of(source)
    definition.update(series="kuormitustesti", languages=["fi"], sections=definition["sections"][:1])
    definition["title"] = {"fi": "Kuormitustestin kysely"}
    survey, _languages = create_from_definition(json.dumps(definition))
    survey.opens_at = survey.closes_at = None
    survey.save_revision().publish()
    print(survey.url + survey.reverse_subpage("answer"))
