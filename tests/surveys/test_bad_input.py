"""Oversized, malformed and tampered answers get a clear message and a 4xx or the step again, never a 500, and
nothing already saved is lost."""

from urllib.parse import urlencode

import pytest

from surveys.models import ResponseStatus, SurveyResponse

from .helpers import current_step, error_links_to, post_step, valid_data

pytestmark = pytest.mark.django_db


def walk_to(client, start_url, field):
    """Answer each step validly up to the one asking `field`: (its URL, wizard prefix, step, form)."""
    response = client.get(start_url, follow=True)
    url = response.redirect_chain[-1][0]
    for _ in range(20):
        prefix, step = current_step(response.content.decode())
        form = response.context["wizard"]["form"]
        if field in form.fields:
            return url, prefix, step, form
        response = post_step(client, url, prefix, step, valid_data(form), version=response.context.get("version"))
        url = response.url
        response = client.get(url)
    raise AssertionError(f"no step asks {field}")


def saved_steps(invitation):
    return set(SurveyResponse.objects.get(invitation=invitation).draft.get("step_data", {}))


def error_page(response):
    html = response.content.decode()
    assert response.status_code == 200 and 'class="error-summary" role="alert"' in html
    return html


def test_a_too_long_answer_gets_a_message_and_the_steps_before_it_are_kept(client, invited):
    invitation, _token, link = invited
    url, prefix, step, form = walk_to(client, link, "development_needs")
    before = saved_steps(invitation)
    assert before  # the earlier steps are on the server
    answers = valid_data(form, {"development_needs": "x" * 6000})
    html = error_page(post_step(client, url, prefix, step, answers))
    assert "liian pitkä: enintään" in html  # the limit is told
    assert saved_steps(invitation) == before
    assert post_step(client, url, prefix, step, valid_data(form)).status_code == 302


@pytest.mark.parametrize(
    "field, value",
    [
        ("respondent_role", "koordinaattori\x00"),  # NUL: PostgreSQL would refuse it in a query
        ("places_agreed", "99999999999999999999"),
        ("places_agreed", "NaN"),
        ("places_agreed", "1e400"),
        ("council_decision_date", "2025-02-30"),
        ("received_refugees", "maybe"),  # not one of the choices' codes
    ],
)
def test_a_malformed_answer_gets_the_step_again_with_a_message(client, invited, field, value):
    invitation, _token, link = invited
    url, prefix, step, form = walk_to(client, link, field)
    before = saved_steps(invitation)
    html = error_page(post_step(client, url, prefix, step, valid_data(form, {field: value})))
    assert error_links_to(html, f"{step}-{field}")  # the message links to the field
    assert saved_steps(invitation) == before


def test_fields_that_are_not_questions_are_ignored(client, invited, municipality_survey):
    invitation, _token, link = invited
    url, prefix, step, form = walk_to(client, link, "places_agreed")
    tampered = {
        **valid_data(form),
        "status": ResponseStatus.SUBMITTED,
        "survey": "1",
        "municipality": "049",
        "submitted_by": "Joku muu",
        "review-submitted_by": "Joku muu",
    }
    assert post_step(client, url, prefix, step, tampered).status_code == 302
    response = SurveyResponse.objects.get(invitation=invitation)
    assert response.status == ResponseStatus.IN_PROGRESS and response.submitted_by == ""
    assert response.survey_id == municipality_survey.pk and invitation.municipality.code == "091"
    assert "status" not in str(response.draft) and "Joku muu" not in str(response.draft)


@pytest.mark.parametrize("step", ["99", "done", "-1", "x" * 20])
def test_a_step_the_survey_does_not_have_is_a_400_with_a_message(client, participant_survey, step):
    response = client.get(participant_survey.url + "answer/", follow=True)
    prefix, _step = current_step(response.content.decode())
    refused = client.post(response.redirect_chain[-1][0], {f"{prefix}-current_step": step})
    assert refused.status_code == 400
    assert "Lomaketta ei voitu lukea" in refused.content.decode()


def test_a_body_too_large_to_read_is_a_400_with_a_message_and_the_draft_is_kept(client, invited):
    invitation, _token, link = invited
    url, prefix, step, _form = walk_to(client, link, "development_needs")
    before = saved_steps(invitation)
    body = urlencode({f"{prefix}-current_step": step, f"{step}-development_needs": "x" * 3_000_000})
    response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "liian suuret" in response.content.decode()
    assert saved_steps(invitation) == before


def test_too_many_fields_is_a_400_with_a_message(client, participant_survey):
    response = client.get(participant_survey.url + "answer/", follow=True)
    body = urlencode([(f"field{i}", "x") for i in range(1500)])
    refused = client.post(response.redirect_chain[-1][0], body, content_type="application/x-www-form-urlencoded")
    assert refused.status_code == 400
    assert "liikaa kenttiä" in refused.content.decode()


@pytest.mark.parametrize("step", ["../0", "0 ", "0/..", "review "])
def test_a_municipality_step_with_a_stale_version_and_a_strange_name_is_a_400(client, invited, step):
    invitation, _token, link = invited
    url, prefix, _step, form = walk_to(client, link, "places_agreed")
    before = SurveyResponse.objects.get(invitation=invitation).draft
    data = {f"{prefix}-current_step": step, "_version": "7", **{f"0-{k}": v for k, v in valid_data(form).items()}}
    refused = client.post(url, data)
    assert refused.status_code == 400 and "Lomaketta ei voitu lukea" in refused.content.decode()
    assert SurveyResponse.objects.get(invitation=invitation).draft == before


@pytest.mark.parametrize("how", ["previous", "twice"])
def test_a_nul_character_in_a_municipality_draft_gets_a_message_and_keeps_the_draft(client, invited, how):
    """Going back with a NUL typed in (the draft keeps what was typed), or a field posted twice, the first time
    with a NUL: PostgreSQL refuses NUL in the draft's JSON."""
    invitation, _token, link = invited
    url, prefix, step, form = walk_to(client, link, "respondent_role")
    before = saved_steps(invitation)
    data = {f"{prefix}-current_step": step, **{f"{step}-{k}": v for k, v in valid_data(form).items()}}
    if how == "previous":
        data.update({f"{step}-respondent_role": "koordi\x00naattori", "wizard_goto_step": "0"})
    else:
        data[f"{step}-respondent_role"] = ["koordi\x00naattori", "koordinaattori"]
    response = client.post(url, data)
    assert response.status_code == 400 and "merkki, jota ei voi käyttää" in response.content.decode()
    assert saved_steps(invitation) == before
