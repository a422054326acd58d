"""A municipality answers by invitation link: one shared response, saved at every step, submitted once."""

import datetime
import html
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from surveys.forms import SectionForm
from surveys.models import Invitation, ResponseStatus, SurveyPage, SurveyResponse, hash_token

from .helpers import answer_survey, current_step, fill_until_review, post_step, valid_data, writes

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
    text = text_field(form)
    conflict = post_step(second, step_url, prefix, step, valid_data(form, {text: "Toisen vastaus"}), version=0)
    assert conflict.status_code == 302
    html = second.get(conflict.url).content.decode()
    assert 'role="status"' in html  # the warning that a colleague saved first
    assert SurveyResponse.objects.get(invitation=_invitation).draft == draft_after_first
    assert "Toisen vastaus" not in str(draft_after_first)


def text_field(form):
    return next(name for name, field in form.fields.items() if type(field).__name__ == "CharField")


def saved_answer(invitation, step, name):
    return SurveyResponse.objects.get(invitation=invitation).draft["step_data"][step][f"{step}-{name}"]


def open_second_step(client, url):
    """Save the first step and open the second: (step URL, prefix, step, form, version)."""
    opened = client.get(url, follow=True)
    prefix, step = current_step(opened.content.decode())
    saved = post_step(client, opened.redirect_chain[-1][0], prefix, step, valid_data(opened.context["wizard"]["form"]))
    second = client.get(saved.url)
    _prefix, step = current_step(second.content.decode())
    return saved.url, prefix, step, second.context["wizard"]["form"], second.context["version"]


def test_going_back_keeps_what_was_typed_on_the_step(client, invited):
    """ "Previous" on a half-filled step saves it on the server, as it is, for the colleagues too."""
    invitation, _token, url = invited
    step_url, prefix, step, form, version = open_second_step(client, url)
    name, value = next(iter(valid_data(form).items()))  # one answer of several: the step is not complete
    data = {f"{prefix}-current_step": step, "_version": version, "wizard_goto_step": "0", f"{step}-{name}": value}
    assert client.post(step_url, data).status_code == 302
    assert saved_answer(invitation, step, name) == [value]
    assert Client().get(step_url).context["wizard"]["form"][name].value() == value


def test_the_shared_answers_survive_a_reset_in_the_link_and_opening_writes_nothing(client, invited):
    invitation, _token, url = invited
    step_url, _prefix, _step, _form, _version = open_second_step(client, url)
    saved = SurveyResponse.objects.get(invitation=invitation).draft
    assert client.get(url + "?reset").status_code == 302
    assert SurveyResponse.objects.get(invitation=invitation).draft == saved
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(step_url).status_code == 200
    assert writes(queries) == []


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
    # Posting a step again after submission changes nothing.
    answers = list(response.answers.values_list("question", "choice", "text"))
    form = SectionForm(questions=response.survey.specific.structure()[0].questions, survey_year=2025)
    prefix = f"survey_{response.survey.translation_key.hex}"
    again = valid_data(form, {text_field(form): "Jälkikäteen"})
    assert post_step(client, url + "0/", prefix, "0", again).status_code == 302
    after = SurveyResponse.objects.get(invitation=invitation)
    assert list(after.answers.values_list("question", "choice", "text")) == answers
    assert after.draft == response.draft


def labels_of(survey):
    """{code: (question text, {choice code: choice text})} read from the survey's own StreamField data, the way an
    editor wrote it, independently of the code that shows answers back."""

    def items(values):  # a ListBlock's items, stored with their ids
        return [item.get("value", item) for item in values]

    labels = {}
    for section in survey.sections.raw_data:
        for question in section["value"]["questions"]:
            value = question["value"]
            choices = {c["code"]: c["label"] for c in items(value.get("choices", []))}
            if question["type"] == "yes_no":
                choices = {"yes": "Kyllä", "no": "Ei"}
            for statement in items(value.get("statements", [])):
                labels[statement["code"]] = (statement["label"], {})
            labels[value["code"]] = (value["label"], choices)
    return labels


def test_the_municipality_reads_and_downloads_its_answers_under_the_questions_asked(client, invited):
    """Each row is a question of the survey as the editor wrote it, with the label of the choice made: never the
    answer in the question's place ("Kyllä / Kyllä")."""
    import csv
    import io

    invitation, _token, url = invited
    answer_survey(client, invitation.survey, url, review={"review-submitted_by": "Maija Meikäläinen"})
    labels = labels_of(invitation.survey.specific)
    question_texts = {text for text, _choices in labels.values()}
    stored = SurveyResponse.objects.get(invitation=invitation).answers.all()
    expected_choices = {
        labels[a.question][0]: labels[a.question][1][a.choice] for a in stored if a.choice in labels[a.question][1]
    }
    assert "received_refugees" in {a.question for a in stored}  # a yes/no question was answered

    page = client.get(url, follow=True).content.decode()
    assert 'href="' + invitation.survey.url + "i/" in page and "/download/" in page
    shown = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", page))
    download = client.get(url + "download/")
    assert download.status_code == 200 and download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[0] == ["Kysymys", "Vastaus"]
    for answers in ({html.unescape(k): html.unescape(v) for k, v in shown.items()}, dict(rows[1:])):
        assert set(answers) <= question_texts and len(answers) > 5
        for question, choice in expected_choices.items():
            if "," not in answers[question]:  # a multiple choice lists several
                assert answers[question] == choice
            else:
                assert choice in answers[question]


def test_every_step_is_saved_in_the_same_number_of_queries(client, invited, django_assert_num_queries):
    """The invitation, the survey's language versions (to find the one at the address) and the site, the
    response, then the row locked, and the step's version and the draft written: the same for every step,
    whatever it holds."""
    _invitation, _token, url = invited
    opened = client.get(url, follow=True)
    step_url = opened.redirect_chain[-1][0]
    for _ in range(3):
        prefix, step = current_step(opened.content.decode())
        answers = valid_data(opened.context["wizard"]["form"])
        with django_assert_num_queries(9) as captured:
            saved = post_step(client, step_url, prefix, step, answers, version=opened.context["version"])
        assert saved.status_code == 302
        assert writes(captured) == ["UPDATE", "UPDATE"]  # the step's version and the draft, nothing else
        step_url = saved.url
        opened = client.get(step_url)


def test_an_invitation_link_is_never_cached_so_a_reopened_response_opens_at_once(client, invited_and_sent):
    """The link's pages depend on the token: staff reopening the response shows the form on the next view, not a
    "submitted" page kept for ten minutes."""

    _survey, invitation, url = invited_and_sent
    first = client.get(url, follow=True)
    assert "X-Cache" not in first and "current_step" not in first.content.decode()
    assert "X-Cache" not in client.get(url, follow=True)
    invitation.response.status = ResponseStatus.IN_PROGRESS
    invitation.response.save()
    assert "current_step" in client.get(url, follow=True).content.decode()


def test_the_csv_of_a_response_submitted_again_holds_the_new_answers(client, invited_and_sent):
    survey, invitation, url = invited_and_sent
    assert "Ensimmäinen" not in client.get(url + "download/").content.decode("utf-8-sig")
    invitation.response.status = ResponseStatus.IN_PROGRESS
    invitation.response.save()
    step = next(s.step for s in survey.structure() if "respondent_role" in [q.code for q in s.questions])
    opened = client.get(f"{url}{step}/")
    prefix, _step = current_step(opened.content.decode())
    answers = valid_data(opened.context["wizard"]["form"], {"respondent_role": "Ensimmäinen"})
    assert post_step(client, f"{url}{step}/", prefix, step, answers, opened.context["version"]).status_code == 302
    sent = client.post(f"{url}review/", {f"{prefix}-current_step": "review", "review-submitted_by": "Toinen"})
    assert sent.status_code == 302
    assert "Ensimmäinen" in client.get(url + "download/").content.decode("utf-8-sig")


def expire(survey):
    """The survey's closing time passes; publish_scheduled has not run, so the page is still live."""
    SurveyPage.objects.filter(pk=survey.pk).update(closes_at=timezone.now() - datetime.timedelta(minutes=1))


@pytest.mark.parametrize("close", [expire, lambda survey: survey.unpublish()], ids=["expired", "unpublished"])
def test_a_municipality_reads_prints_and_downloads_what_it_submitted_after_the_survey_closes(
    client, invited_and_sent, close
):
    survey, _invitation, url = invited_and_sent
    close(survey)
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "Testi" in html  # who sent it
    assert "<dt>" in html and 'href="' + url + 'download/"' in html and "data-print" in html
    download = client.get(url + "download/")
    assert download.status_code == 200 and len(download.content.decode("utf-8-sig").splitlines()) > 5


def test_an_unsent_response_is_closed_by_the_clock_not_by_publish_scheduled(client, invited):
    invitation, _token, url = invited
    fill_until_review(client, url)
    review = client.get(url + "review/")
    assert review.status_code == 200 and "current_step" in review.content.decode()
    expire(invitation.survey)
    closed = client.get(url + "review/")
    assert closed.status_code == 410 and "current_step" not in closed.content.decode()
    prefix = f"survey_{invitation.survey.translation_key.hex}"
    sent = client.post(url + "review/", {f"{prefix}-current_step": "review", "review-submitted_by": "Myöhässä"})
    assert sent.status_code == 410
    response = SurveyResponse.objects.get(invitation=invitation)
    assert response.status == ResponseStatus.IN_PROGRESS and response.draft.get("step_data")  # kept, not sent


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_the_csv_never_carries_a_live_formula(client, invited_and_sent, start):
    """OWASP's rule, one character at a time: a text answer starting like a formula is written as text."""
    import csv
    import io

    _survey, invitation, url = invited_and_sent
    typed = f'{start}HYPERLINK("https://evil.example/","Klikkaa")'
    invitation.response.answers.filter(question="respondent_role").update(text=typed)
    rows = dict(csv.reader(io.StringIO(client.get(url + "download/").content.decode("utf-8-sig"))))
    cell = rows["Vastaajan tai vastaajien tehtävänimikkeet"]
    assert cell == "'" + typed  # shown as typed, never run


def test_a_negative_number_stays_a_number_in_the_csv(client, invited_and_sent):
    import csv
    import io

    _survey, invitation, url = invited_and_sent
    invitation.response.answers.filter(question="places_agreed").update(number=-2)
    invitation.response.answers.filter(question="refugees_received").update(number="12.5")
    rows = dict(csv.reader(io.StringIO(client.get(url + "download/").content.decode("utf-8-sig"))))
    numbers = [value for value in rows.values() if value in ("-2", "12.5")]
    assert sorted(numbers) == ["-2", "12.5"]


def test_no_cache_on_the_way_keeps_a_links_pages(client, invited_and_sent, participant_survey):
    """Pages that depend on a token or a session tell every cache between (a CDN, a proxy) not to keep them."""
    _survey, _invitation, url = invited_and_sent
    for response in (
        client.get(url),
        client.get(url + "download/"),
        client.get(participant_survey.url + "answer/", follow=True),
    ):
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
