"""A programme participant answers the anonymous feedback survey through the wizard."""

import re
import uuid
from decimal import Decimal

import pytest

from surveys.limits import SUBMISSIONS
from surveys.models import Answer, ResponseStatus, SurveyResponse

from .helpers import answer_survey, current_step, error_links_to, fill_until_review, post_step

pytestmark = pytest.mark.django_db


def answer_url(survey):
    return survey.url + survey.reverse_subpage("answer")


def new_responses(before):
    return SurveyResponse.objects.exclude(pk__in=before)


def test_whole_flow_stores_one_anonymous_response_keyed_by_codes(client, participant_survey):
    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    final = answer_survey(client, participant_survey, answer_url(participant_survey))
    assert final.status_code == 200
    assert participant_survey.thank_you[:20].split(">")[-1][:10] in final.content.decode()

    response = new_responses(before).get()
    assert response.status == ResponseStatus.SUBMITTED
    assert response.survey_id == participant_survey.pk and response.language == "fi"
    assert response.revision_id == participant_survey.live_revision_id
    # Anonymous: no invitation, no person, no time of day; only the date.
    assert response.invitation_id is None and response.submitted_by == "" and response.submitted_at is None
    assert response.submitted_on is not None
    codes = {q.code for s in participant_survey.structure() for q in s.questions}
    statement_codes = {c for s in participant_survey.structure() for q in s.questions for c in q.codes}
    assert set(response.answers.values_list("question", flat=True)) <= codes | statement_codes
    assert response.answers.count() > 5


def test_progress_errors_and_back_without_losing_answers(client, participant_survey):
    response = client.get(answer_url(participant_survey), follow=True)
    html = response.content.decode()
    count = len(participant_survey.structure()) + 1
    assert f"Vaihe 1 / {count}" in html or f"Step 1 of {count}" in html
    prefix, step = current_step(html)
    url = response.redirect_chain[-1][0]
    # Step 1 is optional background: go on to step 2 and send it empty to see the errors.
    response = post_step(client, url, prefix, step, {})
    response = client.get(response.url)
    prefix, step2 = current_step(response.content.decode())
    url2 = participant_survey.url + participant_survey.reverse_subpage("answer", kwargs={"step": step2})
    errors = post_step(client, url2, prefix, step2, {})
    html = errors.content.decode()
    assert errors.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    first_required = next(q for q in participant_survey.structure()[int(step2)].questions if q.required)
    assert error_links_to(html, f"{step2}-{first_required.codes[0]}")
    assert f'id="q-{step2}-{first_required.codes[0]}"' in html


def test_double_submit_or_reopening_the_done_address_stores_exactly_one_response(client, participant_survey):
    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    review_url, prefix, _ = fill_until_review(client, answer_url(participant_survey))
    send = {f"{prefix}-current_step": "review"}
    assert client.post(review_url, send).url.endswith("/thanks/")
    client.post(review_url, send)  # the second click, or the browser's "send again" on refresh
    client.get(answer_url(participant_survey) + "done/")  # formtools' done step never sends anything
    assert new_responses(before).count() == 1


def test_honeypot_filled_by_a_bot_stores_nothing(client, participant_survey):
    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    final = answer_survey(client, participant_survey, answer_url(participant_survey), review={"review-website": "spam"})
    assert final.status_code == 200
    assert new_responses(before).count() == 0


def test_answers_sent_past_the_limit_from_one_address_are_refused_and_kept(participant_survey):
    """Scripted spam from one address is refused after SUBMISSIONS.limit answers in the window (a class behind
    one school network stays well under it); the refused respondent's answers stay, and others answer on."""
    from django.test import Client, RequestFactory

    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    same_address = RequestFactory().post("/", REMOTE_ADDR="192.0.2.10")
    for _ in range(SUBMISSIONS.limit):
        SUBMISSIONS.record(same_address)
    refused = Client(REMOTE_ADDR="192.0.2.10")
    review_url, prefix, _ = fill_until_review(refused, answer_url(participant_survey))
    response = refused.post(review_url, {f"{prefix}-current_step": "review"})
    assert response.status_code == 429 and "liian monta vastausta" in response.content.decode()
    assert new_responses(before).count() == 0
    kept = refused.session[f"wizard_{prefix}"]["step_data"]  # the answers are kept, every step of them
    assert set(kept) == {s.step for s in participant_survey.structure()} | {"review"}
    assert current_step(refused.get(review_url).content.decode())[1] == "review"

    other = Client(REMOTE_ADDR="192.0.2.11")
    assert answer_survey(other, participant_survey, answer_url(participant_survey)).status_code == 200
    assert new_responses(before).count() == 1


def test_tampered_management_form_is_a_400(client, participant_survey):
    response = client.get(answer_url(participant_survey), follow=True)
    url = response.redirect_chain[-1][0]
    assert client.post(url, {"junk": "1"}).status_code == 400


def test_arabic_survey_is_right_to_left_and_answers_count_together(client, participant_survey, translation):
    arabic = translation(participant_survey, "ar")
    response = client.get(answer_url(arabic), follow=True)
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    answer_survey(client, arabic, answer_url(arabic))
    response = new_responses(before).get()
    assert response.language == "ar"
    assert response.survey_id == participant_survey.pk  # the Finnish survey: Arabic and Finnish count together
    assert Answer.objects.filter(response=response).exists()


def test_language_can_change_mid_survey_without_losing_answers(client, participant_survey, translation):
    ukrainian = translation(participant_survey, "uk")
    response = client.get(answer_url(ukrainian), follow=True)
    prefix, step = current_step(response.content.decode())
    form = response.context["wizard"]["form"]
    age_field = next(name for name, f in form.fields.items() if getattr(f, "choices", None))
    age_choice = [v for v, _ in form.fields[age_field].choices if v][-1]
    response = post_step(client, response.redirect_chain[-1][0], prefix, step, {age_field: age_choice})
    # Switch to English on the same step of the survey: the earlier step's answer is still there.
    english = translation(participant_survey, "en")
    back = client.get(english.url + english.reverse_subpage("answer", kwargs={"step": step}))
    html = back.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert f'value="{age_choice}" selected' in html or f'value="{age_choice}" checked' in html


def question(kind, code, **value):
    common = {"code": code, "label": code, "help_text": "", "required": True, "goal": "", "indicator": ""}
    return {"type": kind, "id": str(uuid.uuid4()), "value": {**common, "show_if": {}, **value}}


def choices(*codes):
    return [{"code": code, "label": code.capitalize()} for code in codes]


def test_a_drop_down_other_please_specify_and_a_decimal_are_stored_as_answered(client, participant_survey):
    """Question types the demo surveys do not use, in a section added at the end, answered through the wizard:
    the drop-down's code, each chosen code with the "other" text beside its own, the number with its decimals."""
    raw = list(participant_survey.sections.raw_data)
    questions = [
        question("single_choice", "area", choices=choices("north", "south"), widget="select"),
        question("multiple_choice", "needs", choices=choices("language", "work"), allow_other=True),
        question("number", "hours", decimal=True, min_value="0", max_value="100"),
    ]
    section = {"title": "Lisäkysymykset", "intro": "", "show_if": {}, "questions": questions}
    raw.append({"type": "section", "id": str(uuid.uuid4()), "value": section})
    participant_survey.sections = raw
    participant_survey.save_revision().publish()

    before = list(SurveyResponse.objects.values_list("pk", flat=True))
    answers = {"area": "south", "needs": ["work", "other"], "needs__other": "Ajokortti", "hours": "2.75"}
    review_url, prefix, review = fill_until_review(client, answer_url(participant_survey), answers)
    html = review.content.decode()
    shown = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", html[html.index("Lisäkysymykset") :])[:3]
    # Labels, not codes, the text given with "other" beside it (as the answer is stored), and the number as
    # Finnish writes it.
    assert shown == [("area", "South"), ("needs", "Work, Muu, mikä?: Ajokortti"), ("hours", "2,75")]
    client.post(review_url, {f"{prefix}-current_step": "review"})
    stored = new_responses(before).get().answers.filter(question__in=["area", "needs", "hours"])
    assert sorted(stored.values_list("question", "choice", "text", "number")) == [
        ("area", "south", "", None),
        ("hours", "", "", Decimal("2.75")),
        ("needs", "other", "Ajokortti", None),
        ("needs", "work", "", None),
    ]
