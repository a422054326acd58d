"""Conditional display, evaluated on the server: hidden questions and sections are not shown, and answers to
questions that end up hidden are not stored, even if they were answered before the answer they hang on changed."""

import pytest

from reference.models import Municipality
from surveys.models import Invitation, ResponseStatus, SurveyResponse

from .helpers import answer_survey, current_step, fill_until_review, valid_data

pytestmark = pytest.mark.django_db


def conditional_codes(survey):
    """Codes of the questions shown only when `received_refugees` is yes (directly or through their section)."""
    codes = set()
    for section in survey.structure():
        for question in section.questions:
            condition = question.condition or section.condition
            if condition and condition.question == "received_refugees":
                codes.update(question.codes)
    return codes


@pytest.fixture
def invitation_url(municipality_survey):
    municipality = Municipality.objects.get(code="106")
    Invitation.objects.filter(survey=municipality_survey, municipality=municipality).delete()
    _invitation, token = Invitation.create(municipality_survey, municipality, "kirjaamo@hyvinkaa.example.fi")
    return municipality_survey.url + f"i/{token}/"


def stored_codes(invitation_url):
    token = invitation_url.rstrip("/").rsplit("/", 1)[-1]
    response = SurveyResponse.objects.get(invitation=Invitation.for_token(token))
    return set(response.answers.values_list("question", flat=True))


def test_questions_hidden_by_an_answer_are_not_asked_or_stored(client, municipality_survey, invitation_url):
    hidden = conditional_codes(municipality_survey)
    assert hidden, "the demo survey has questions that depend on received_refugees"
    answer_survey(
        client,
        municipality_survey,
        invitation_url,
        {"received_refugees": "no"},
        review={"review-submitted_by": "Testi"},
    )
    assert not stored_codes(invitation_url) & hidden


def test_answers_given_before_changing_the_answer_they_depend_on_are_dropped(
    client, municipality_survey, invitation_url
):
    hidden = conditional_codes(municipality_survey)
    # First say yes and answer everything, including the conditional questions…
    review_url, prefix, _ = fill_until_review(client, invitation_url, {"received_refugees": "yes"})
    # …then go back to the first step and change the answer to no.
    first = client.get(invitation_url + "0/")
    step_prefix, step = current_step(first.content.decode())
    data = valid_data(first.context["wizard"]["form"], {"received_refugees": "no"})
    client.post(
        invitation_url + "0/",
        {f"{step_prefix}-current_step": step, **{f"{step}-{k}": v for k, v in data.items()}},
        follow=True,
    )
    review_url, prefix, _ = fill_until_review(client, invitation_url, {"received_refugees": "no"})
    client.post(review_url, {f"{prefix}-current_step": "review", "review-submitted_by": "Testi"}, follow=True)
    stored = stored_codes(invitation_url)
    assert stored and not stored & hidden


def test_a_question_a_changed_answer_shows_is_asked_before_anything_is_sent(
    client, municipality_survey, invitation_url
):
    """Answered with `no` up to the review; then, in another tab, the first step is changed to `yes`. Sending
    from the first tab leads to the questions that `yes` shows, and stores nothing until they are answered."""
    review_url, prefix, _ = fill_until_review(client, invitation_url, {"received_refugees": "no"})
    first = client.get(invitation_url + "0/")
    step_prefix, step = current_step(first.content.decode())
    data = valid_data(first.context["wizard"]["form"], {"received_refugees": "yes"})
    client.post(
        invitation_url + "0/", {f"{step_prefix}-current_step": step, **{f"{step}-{k}": v for k, v in data.items()}}
    )

    sent = client.post(review_url, {f"{prefix}-current_step": "review", "review-submitted_by": "Testi"}, follow=True)
    html = sent.content.decode()
    shown_step = next(
        s.step for s in municipality_survey.structure() if "refugees_received" in [q.code for q in s.questions]
    )
    assert current_step(html)[1] == shown_step
    assert f'id="q-{shown_step}-refugees_received"' in html and "Vastaa tähän kysymykseen." in html
    token = invitation_url.rstrip("/").rsplit("/", 1)[-1]
    response = SurveyResponse.objects.get(invitation=Invitation.for_token(token))
    assert response.status == ResponseStatus.IN_PROGRESS and not response.answers.exists()
