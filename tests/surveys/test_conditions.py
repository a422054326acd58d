"""Conditional display, evaluated on the server: hidden questions and sections are not shown, and answers to
questions that end up hidden are not stored, even if they were answered before the answer they hang on changed."""

import pytest
from django.test import Client

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


def test_going_to_a_section_the_answers_just_given_hide_stays_on_the_step(client, invitation_url):
    """ "Previous"/"Change answers" naming a section that the answer posted with it hides (a stale tab, or a
    tampered post): the answer is kept and the step shown again, and the shared link keeps working for everyone."""
    review_url, prefix, _ = fill_until_review(client, invitation_url, {"has_integration_programme": "yes"})
    step1 = client.get(invitation_url + "1/")
    data = valid_data(step1.context["wizard"]["form"], {"has_integration_programme": "no"})
    moved = client.post(
        invitation_url + "1/",
        {f"{prefix}-current_step": "1", "wizard_goto_step": "2", **{f"1-{k}": v for k, v in data.items()}},
    )
    assert moved.status_code == 302 and moved.url.endswith("/1/")
    assert client.get(moved.url).status_code == 200
    assert Client().get(invitation_url, follow=True).status_code == 200  # a colleague opening the link

    # From the review, "change answers" of that hidden section never sends, whatever else is posted.
    sent = client.post(
        review_url, {f"{prefix}-current_step": "review", "wizard_goto_step": "2", "review-submitted_by": "Testi"}
    )
    assert sent.status_code == 302 and sent.url.endswith("/review/")
    token = invitation_url.rstrip("/").rsplit("/", 1)[-1]
    assert SurveyResponse.objects.get(invitation=Invitation.for_token(token)).status == ResponseStatus.IN_PROGRESS


def test_a_publish_that_removes_the_step_someone_is_on_leaves_the_link_working(municipality_survey, invitation_url):
    client = Client()
    review_url, prefix, _ = fill_until_review(client, invitation_url)
    last = str(len(municipality_survey.structure()) - 1)
    back = client.post(review_url, {f"{prefix}-current_step": "review", "wizard_goto_step": last})  # "change answers"
    assert back.url.endswith(f"/{last}/")
    raw = list(municipality_survey.sections.raw_data)
    municipality_survey.sections = raw[:-1]  # the last section, and with it the step the draft was left on
    municipality_survey.save_revision().publish()
    opened = Client().get(invitation_url, follow=True)
    assert opened.status_code == 200 and current_step(opened.content.decode())[1] == "0"
