import json

import pytest

from tests.factories import SurveyPageFactory, question, respond, section


@pytest.fixture
def hours_rounds():
    """Two rounds of a number question, 2024 and 2025, ten respondents each: 1 and 9 hours (mean and median 5),
    then 10 and 50 (mean and median 30). Returns the later round."""
    sections = json.dumps([section("Työ", question("number", "hours", "Tunteja?", decimal=False, max_value=100))])
    earlier = SurveyPageFactory(closed=True, sections=sections, series="tunnit", round_year=2024, slug="tunnit-2024")
    later = SurveyPageFactory(closed=True, sections=sections, series="tunnit", round_year=2025, slug="tunnit-2025")
    for survey, answers in [(earlier, [1] * 5 + [9] * 5), (later, [10] * 5 + [50] * 5)]:
        for hours in answers:
            respond(survey, {"hours": hours})
    return later
