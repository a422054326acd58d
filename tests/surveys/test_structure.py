"""Survey structure: codes validated and stable across languages and rounds; answers keep their meaning."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from surveys.models import Audience, ResponseStatus, SurveyPage, SurveyResponse
from surveys.readback import response_rows

from .helpers import answer_survey

pytestmark = pytest.mark.django_db


def test_codes_are_the_same_in_every_language_and_round(participant_survey, translation):
    def codes(page):
        return [c for s in page.structure() for q in s.questions for c in q.codes]

    for lang in ("sv", "en", "ar", "uk"):
        assert codes(translation(participant_survey, lang)) == codes(participant_survey)
    previous = SurveyPage.objects.get(audience=Audience.PARTICIPANTS, round_year=2024, locale__language_code="fi")
    assert codes(previous) == codes(participant_survey)


def test_duplicate_codes_and_conditions_on_later_questions_or_missing_choices_are_refused(participant_survey):
    raw = participant_survey.sections.raw_data
    duplicated = raw[0]["value"]["questions"][0]["value"]["code"]
    raw[1]["value"]["questions"][0]["value"]["code"] = duplicated
    raw[0]["value"]["show_if"] = {"question": "no_such_question", "choice": "x"}
    first_code = raw[0]["value"]["questions"][0]["value"]["code"]
    raw[1]["value"]["show_if"] = {"question": first_code, "choice": "no_such_choice"}
    participant_survey.sections = json.dumps(list(raw))
    with pytest.raises(ValidationError) as error:
        participant_survey.full_clean()
    messages = error.value.message_dict["sections"]
    assert any(duplicated in message for message in messages)  # the code used twice
    assert any("no_such_question" in message for message in messages)  # the condition on no earlier question
    assert any("no_such_choice" in message for message in messages)  # a section's condition on no such choice


def test_editing_a_live_survey_does_not_change_earlier_answers(participant_survey):
    response = SurveyResponse.objects.filter(
        survey=participant_survey, status=ResponseStatus.SUBMITTED, language="fi"
    ).first()
    rows_before = response_rows(response)
    raw = participant_survey.sections.raw_data
    for block in raw[0]["value"]["questions"]:
        block["value"]["label"] = "MUUTETTU"
    participant_survey.sections = json.dumps(list(raw))
    participant_survey.save_revision().publish()
    assert response_rows(response) == rows_before
    assert all(label != "MUUTETTU" for label, _value in rows_before)


def test_a_step_renders_in_a_fixed_number_of_queries(client, participant_survey):
    url = participant_survey.url + participant_survey.reverse_subpage("answer")
    first = client.get(url, follow=True).redirect_chain[-1][0]
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(first).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1] and counts[0] < 40


def test_copying_a_survey_into_the_next_round_keeps_every_code(participant_survey):
    copy = participant_survey.copy(
        update_attrs={"slug": "palaute-2027", "title": "Palaute 2027", "round_year": 2027}, keep_live=False
    ).specific
    assert copy.round_year == 2027 and copy.series == participant_survey.series

    def codes(page):
        return [(q.code, [c for c, _label in q.choices]) for s in page.structure() for q in s.questions]

    assert codes(copy) == codes(participant_survey)


def test_a_survey_translated_with_wagtail_localize_keeps_its_codes_and_answers_count_together(
    client, participant_survey, django_capture_on_commit_callbacks
):
    """An editor's "Translate" into Dari: wagtail-localize offers the labels (not the codes) for translating,
    and an answer given in the translation belongs to the Finnish survey, under the same codes."""
    dari = Locale.objects.get_or_create(language_code="fa")[0]  # the demo has a Dari home page
    source, _created = TranslationSource.get_or_create_from_instance(participant_survey)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    offered = {segment.string.data for segment in segments}
    codes = [c for s in participant_survey.structure() for q in s.questions for c in [q.code, *q.codes]]
    choice_codes = [code for s in participant_survey.structure() for q in s.questions for code, _ in q.choices]
    assert not offered & set(codes + choice_codes)  # codes are never offered for translating
    for segment in segments:
        StringTranslation.objects.create(
            translation_of=segment.string, locale=dari, context=segment.context, data=f"[fa] {segment.string.data}"
        )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        source.create_or_update_translation(dari, publish=True, copy_parent_pages=True)
    translated = participant_survey.get_translation(dari).specific

    def structure(page):
        return [(q.code, q.codes, [c for c, _ in q.choices]) for s in page.structure() for q in s.questions]

    assert structure(translated) == structure(participant_survey)
    assert all(q.label.startswith("[fa] ") for s in translated.structure() for q in s.questions)

    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    page = answer_survey(client, translated, translated.url + "answer/")
    assert page.status_code == 200 and 'dir="rtl"' in page.content.decode()
    response = SurveyResponse.objects.exclude(pk__in=before).get()
    assert response.survey_id == participant_survey.pk and response.language == "fa"
    assert set(response.answers.values_list("question", flat=True)) <= set(codes)


def test_every_kind_the_builder_offers_is_described_once():
    """The survey builder's question blocks and the kinds that ask, store and show them are the same list."""
    from surveys.blocks import QuestionStreamBlock
    from surveys.kinds import KINDS

    assert list(QuestionStreamBlock.base_blocks) == list(KINDS)
