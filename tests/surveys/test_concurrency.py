"""Concurrent submits of the same response store exactly one, and colleagues saving different steps at the same
moment both keep theirs, on PostgreSQL with real parallel connections.

This test commits for real (transactional_db), on the demo data loaded for the session; pytest-django runs it
after every test that rolls back, so the flush at its end removes the demo data when nothing else needs it.
It is one test on purpose: a second would find the database flushed."""

import threading

import pytest
from django.db import connection
from django.test import Client

from reference.models import Municipality
from surveys.models import Invitation, ResponseStatus, SurveyPage, SurveyResponse

from .helpers import current_step, fill_until_review, post_step, valid_data

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks and real concurrency"),
]


def in_parallel(n, action):
    barrier = threading.Barrier(n)
    results = []

    def run():
        barrier.wait()
        try:
            results.append(action())
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_concurrent_submits_store_exactly_one_response():
    one_municipality_response_from_four_simultaneous_submits()
    one_participant_response_from_a_double_click()
    colleagues_saving_different_steps_at_once_both_keep_theirs()


def one_municipality_response_from_four_simultaneous_submits():
    survey = SurveyPage.objects.get(audience="municipalities", round_year=2026, locale__language_code="fi")
    municipality = Municipality.objects.get(code="698")
    Invitation.objects.filter(survey=survey, municipality=municipality).delete()
    invitation, token = Invitation.create(survey, municipality, "kirjaamo@example.fi")
    review_url, prefix, _ = fill_until_review(Client(), survey.url + f"i/{token}/")

    def submit():
        data = {f"{prefix}-current_step": "review", "review-submitted_by": "Rinnakkain"}
        return Client().post(review_url, data, follow=True).status_code

    statuses = in_parallel(4, submit)
    assert all(status in (200, 302) for status in statuses), statuses
    submitted = SurveyResponse.objects.get(invitation=invitation)
    assert submitted.status == ResponseStatus.SUBMITTED
    answers = list(submitted.answers.values_list("question", "choice"))
    assert answers and len(answers) == len(set(answers)), "answers were written more than once"


def one_participant_response_from_a_double_click():
    survey = SurveyPage.objects.get(audience="participants", round_year=2026, locale__language_code="fi")
    before = set(SurveyResponse.objects.filter(survey=survey).values_list("pk", flat=True))
    client = Client()
    review_url, prefix, _ = fill_until_review(client, survey.url + "answer/")

    def send():
        same_browser = Client()
        same_browser.cookies = client.cookies
        return same_browser.post(review_url, {f"{prefix}-current_step": "review"}, follow=True).status_code

    in_parallel(4, send)
    assert SurveyResponse.objects.filter(survey=survey).exclude(pk__in=before).count() == 1


def colleagues_saving_different_steps_at_once_both_keep_theirs():
    survey = SurveyPage.objects.get(audience="municipalities", round_year=2026, locale__language_code="fi")
    municipality = Municipality.objects.get(code="853")
    Invitation.objects.filter(survey=survey, municipality=municipality).delete()
    invitation, token = Invitation.create(survey, municipality, "kirjaamo@example.fi")
    client = Client()
    opened = client.get(survey.url + f"i/{token}/", follow=True)
    prefix, _step = current_step(opened.content.decode())
    first_url, first = opened.redirect_chain[-1][0], valid_data(opened.context["wizard"]["form"])
    second_url = post_step(client, first_url, prefix, "0", first, version=0).url
    second = valid_data(client.get(second_url).context["wizard"]["form"])
    for round_ in range(1, 21):
        saves = [
            (first_url, "0", {**first, "places_agreed": str(round_)}, round_),
            (second_url, "1", {**second, "refugees_received": str(round_)}, round_ - 1),
        ]

        def save(saves=saves):
            url, step, answers, version = saves.pop()  # one each: list.pop is atomic
            return post_step(Client(), url, prefix, step, answers, version=version).status_code

        statuses = in_parallel(2, save)
        assert statuses == [302, 302], statuses
        draft = SurveyResponse.objects.get(invitation=invitation).draft["step_data"]
        assert draft["0"]["0-places_agreed"] == [str(round_)] and draft["1"]["1-refugees_received"] == [str(round_)]
