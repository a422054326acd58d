"""A survey revision's codebook: variables, labels in every language, value codes and the numbers they keep."""

import json
import uuid

import pytest
from django.core.cache import cache

from surveys.codebook import codebook, survey_codebook
from surveys.models import Audience, SurveyPage

pytestmark = pytest.mark.django_db


def raw_questions(page):
    """(kind, value) of every question in the page's StreamField data, as the editor wrote them."""
    return [(q["type"], q["value"]) for s in page.sections.raw_data for q in s["value"]["questions"]]


def items(values):
    return [item.get("value", item) for item in values]


def test_every_question_is_a_variable_with_its_own_label(municipality_survey):
    book = codebook(municipality_survey.live_revision_id)
    expected = []
    for kind, value in raw_questions(municipality_survey):
        if kind == "statement_group":
            expected += [(s["code"], s["label"], value["code"]) for s in items(value["statements"])]
        else:
            expected.append((value["code"], value["label"], value["code"]))
    assert [(v.name, book.label(v), v.question) for v in book.variables] == expected
    assert book.languages == ["fi"]


def test_value_codes_keep_their_numbers(municipality_survey, participant_survey):
    book = codebook(municipality_survey.live_revision_id)
    received = book["received_refugees"]  # yes / no
    assert [(v.code, v.number, v.labels["fi"]) for v in received.values] == [("yes", 1, "Kyllä"), ("no", 0, "Ei")]
    scale = book["housing_ready"]
    assert [(v.code, v.number) for v in scale.values] == [
        ("strongly_disagree", 1),
        ("disagree", 2),
        ("neutral", 3),
        ("agree", 4),
        ("strongly_agree", 5),
        ("cant_say", 9),
    ]
    guidance = book["guidance_arrangement"]
    numbers = [value.number for value in guidance.values]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert book["development_needs"].values == () and book["development_needs"].measure == "text"
    # The previous round's survey, a separate page with the same codes: the same numbers.
    earlier = SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2024, locale__language_code="fi")
    assert codebook(earlier.live_revision_id)["guidance_arrangement"].values == guidance.values


def test_a_new_choice_gets_the_next_number_and_the_others_keep_theirs(municipality_survey):
    before = {v.code: v.number for v in codebook(municipality_survey.live_revision_id)["guidance_arrangement"].values}
    raw = list(municipality_survey.sections.raw_data)
    for section in raw:
        for question in section["value"]["questions"]:
            if question["value"]["code"] == "guidance_arrangement":
                choices = question["value"]["choices"]
                del choices[0]  # a choice dropped: its number is not given to another
                new = {"code": "shared_service", "label": "Yhteinen palvelu"}
                choices.append({"type": "item", "value": new, "id": str(uuid.uuid4())})
    municipality_survey.sections = json.dumps(raw)
    revision = municipality_survey.save_revision()
    revision.publish()
    after = {v.code: v.number for v in codebook(revision.pk)["guidance_arrangement"].values}
    assert after["shared_service"] == max(before.values()) + 1
    assert all(after[code] == number for code, number in before.items() if code in after)


def test_computed_once_per_revision(municipality_survey, django_assert_num_queries):
    cache.clear()
    codebook(municipality_survey.live_revision_id)
    with django_assert_num_queries(0):
        codebook(municipality_survey.live_revision_id)


def test_the_surveys_codebook_has_the_labels_of_every_language(participant_survey, translation):
    book = survey_codebook(participant_survey)
    assert sorted(book.languages) == ["ar", "en", "fi", "sv", "uk"]
    helpful = book["activity_helpful"]
    for lang in ("sv", "ar", "uk"):
        page = translation(participant_survey, lang)
        label = next(v["label"] for k, v in raw_questions(page) if v["code"] == "activity_helpful")
        assert book.label(helpful, lang) == label
    # The scale's labels in each language's own words, from the interface translations.
    assert book.value_labels(helpful, "fi")["agree"] == "Jokseenkin samaa mieltä"
    assert book.value_labels(helpful, "sv")["agree"] != book.value_labels(helpful, "fi")["agree"]
    assert book.value_labels(helpful, "ar")["agree"] != book.value_labels(helpful, "en")["agree"]
