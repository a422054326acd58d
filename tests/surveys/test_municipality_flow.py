"""A municipality answers by invitation link: one shared response, saved at every step, submitted once."""

import pytest
from django.test import Client

from surveys.models import Invitation, ResponseStatus, SurveyResponse, hash_token

from .helpers import answer_survey, current_step, post_step, valid_data

pytestmark = pytest.mark.django_db


def test_only_the_hash_of_a_long_random_token_is_stored(invited):
    invitation, token, _url = invited
    assert len(token) >= 43  # 32 random bytes, base64: 256 bits
    assert invitation.token_hash == hash_token(token) and token not in invitation.token_hash
    assert not Invitation.objects.filter(token_hash=token).exists()


def test_a_wrong_token_gets_the_same_404_as_a_missing_page(client, invited, municipality_survey):
    _invitation, token, url = invited
    wrong = url.replace(token, token[:-4] + "AAAA")
    missing = client.get(municipality_survey.url + "no-such-page/")
    assert client.get(wrong).status_code == 404 == missing.status_code

    def main(response):
        html = response.content.decode()
        return html[html.index("<main") : html.index("</main>")]

    assert main(client.get(wrong)) == main(missing)


def test_a_colleague_goes_on_from_another_device(invited):
    _invitation, _token, url = invited
    first, second = Client(), Client()
    response = first.get(url, follow=True)
    prefix, step = current_step(response.content.decode())
    answers = valid_data(response.context["wizard"]["form"])
    saved = post_step(first, response.redirect_chain[-1][0], prefix, step, answers, version=0)
    assert saved.status_code == 302
    # The colleague opens the same link elsewhere: the first step has the saved answers.
    html = second.get(response.redirect_chain[-1][0]).content.decode()
    some_text = next(v for v in answers.values() if isinstance(v, str) and v and not v.isdigit())
    assert some_text in html


def test_two_people_saving_the_same_step_the_later_is_told(invited):
    _invitation, _token, url = invited
    first, second = Client(), Client()
    opened = first.get(url, follow=True)
    step_url = opened.redirect_chain[-1][0]
    second.get(step_url)
    prefix, step = current_step(opened.content.decode())
    form = opened.context["wizard"]["form"]
    post_step(first, step_url, prefix, step, valid_data(form), version=0)
    draft_after_first = SurveyResponse.objects.get(invitation=_invitation).draft
    conflict = post_step(second, step_url, prefix, step, valid_data(form, {}), version=0)
    assert conflict.status_code == 302
    html = second.get(conflict.url).content.decode()
    assert 'role="status"' in html  # the warning that a colleague saved first
    assert SurveyResponse.objects.get(invitation=_invitation).draft == draft_after_first


def test_submitting_locks_the_response_with_who_and_when(client, invited, django_capture_on_commit_callbacks):
    from django.core import mail

    from .tasks import run_email_tasks

    invitation, _token, url = invited
    with django_capture_on_commit_callbacks(execute=True):
        final = answer_survey(client, invitation.survey, url, review={"review-submitted_by": "Maija Meikäläinen"})
    run_email_tasks()
    assert [m.to for m in mail.outbox] == [["kirjaamo@hel.example.fi"]]  # the receipt
    assert "Maija Meikäläinen" in mail.outbox[0].body
    assert final.status_code == 200
    response = SurveyResponse.objects.get(invitation=invitation)
    assert response.status == ResponseStatus.SUBMITTED and response.submitted_by == "Maija Meikäläinen"
    assert response.submitted_at is not None and response.answers.exists()
    html = client.get(url, follow=True).content.decode()
    assert "Maija Meikäläinen" in html
    # Posting to a step after submission changes nothing.
    answers = response.answers.count()
    client.post(url + "0/", {"x": "1"})
    assert SurveyResponse.objects.get(invitation=invitation).answers.count() == answers


def test_the_municipality_downloads_its_submitted_answers(client, invited):
    import csv
    import io

    invitation, _token, url = invited
    answer_survey(client, invitation.survey, url, review={"review-submitted_by": "Maija Meikäläinen"})
    page = client.get(url, follow=True).content.decode()
    assert 'href="' + invitation.survey.url + "i/" in page and "/download/" in page
    download = client.get(url + "download/")
    assert download.status_code == 200 and download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    submitted = SurveyResponse.objects.get(invitation=invitation)
    from surveys.results import response_rows

    assert rows[1:] == [list(row) for row in response_rows(submitted)]
    assert len(rows) > 5
