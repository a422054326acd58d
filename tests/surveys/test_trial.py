"""Trying a survey out (issue 14): a survey manager walks a language version's latest draft step by step, in that
language, with its conditions applied; what is sent is stored as a test, which results and the status board never
count, and which the survey manager can delete."""

import json
import re

import pytest
from django.test import Client

from results.aggregates import respondents
from surveys.models import ResponseStatus, SurveyResponse
from tests.factories import SurveyPageFactory, UserFactory, question, respond, section, translate

from .helpers import current_step

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client):
    client.force_login(UserFactory(groups=["Survey managers"]))
    return client


@pytest.fixture
def survey():
    """Finnish and Arabic, live; the Arabic one's draft has a question the published version lacks."""
    helped = question("single_choice", "helped", "Auttoiko?", choices=[("yes", "Kyllä"), ("no", "Ei")])
    sections = [
        section("Alku", helped),
        section("Miten", question("short_text", "how", "Miten?"), show_if=("helped", "yes")),
        section("Loppu", question("short_text", "other", "Muuta?", required=False)),
    ]
    page = SurveyPageFactory(title="Kokeilu", sections=json.dumps(sections))
    arabic = translate(page, "ar", title="تجربة")
    raw = arabic.sections.raw_data
    raw[0]["value"]["questions"][0]["value"]["label"] = "هل ساعد ذلك؟"
    raw[2]["value"]["questions"].append(question("short_text", "draft_only", "سؤال جديد", required=False))
    arabic.save_revision()  # a draft: not published
    return page, arabic


def start(client, page):
    response = client.get(f"/admin/survey-status/try/{page.pk}/", follow=True)
    assert response.status_code == 200
    return response


def post_step(client, response, data):
    prefix, step = current_step(response.content.decode())
    return client.post(
        response.redirect_chain[-1][0] if response.redirect_chain else response.request["PATH_INFO"],
        {f"{prefix}-current_step": step, **{f"{step}-{name}": value for name, value in data.items()}},
        follow=True,
    )


def test_a_survey_manager_tries_out_the_arabic_draft_with_its_conditions(manager, survey):
    page, arabic = survey
    first = start(manager, arabic)
    html = first.content.decode()
    assert re.search(r'<html lang="ar" dir="rtl">', html)
    assert "هل ساعد ذلك؟" in html  # the Arabic label, from the draft
    assert "notice--trial" in html and 'lang="fi"' in html  # the notice in the survey manager's language
    # "No" hides the section "Miten": the next step is the last section, with the draft's new question.
    last = post_step(manager, first, {"helped": "no"})
    assert current_step(last.content.decode())[1] == "2"
    assert "سؤال جديد" in last.content.decode()
    review = post_step(manager, last, {"other": "", "draft_only": "Kokeilu"})
    assert current_step(review.content.decode())[1] == "review"
    sent = post_step(manager, review, {"website": ""})
    assert sent.redirect_chain[-1][0] == f"/admin/survey-status/try/{arabic.pk}/sent/"
    assert "notice--trial" in sent.content.decode()

    stored = SurveyResponse.objects.get(survey=page)
    assert stored.status == ResponseStatus.TEST and stored.language == "ar"
    assert stored.survey_id == page.pk and stored.revision_id == arabic.latest_revision_id
    assert dict(stored.answers.values_list("question", "choice")) == {"helped": "no", "draft_only": ""}
    assert stored.answers.get(question="draft_only").text == "Kokeilu"


def test_a_test_is_never_counted_and_can_be_deleted(manager, survey):
    page, _arabic = survey
    respond(page, {"helped": "yes", "how": "Hyvin"})
    first = start(manager, page)
    review = post_step(manager, post_step(manager, post_step(manager, first, {"helped": "yes"}), {"how": "x"}), {})
    post_step(manager, review, {"website": ""})
    assert SurveyResponse.objects.filter(survey=page, status=ResponseStatus.TEST).count() == 1

    assert respondents(page).count() == 1  # results, exports and indicators start from this
    index = manager.get("/admin/survey-status/").content.decode()
    row = next(r for r in re.findall(r"<tr>.*?</tr>", index, re.S) if "Kokeilu" in r)
    assert re.findall(r"<td>(\d+)</td>", row)[-1] == "1"  # submitted: the real response only

    overview = manager.get(f"/admin/survey-status/{page.pk}/translations/").content.decode()
    assert "1 testivastaus tallennettu." in overview
    manager.post(f"/admin/survey-status/{page.pk}/translations/", {"delete_tests": ""})
    assert not SurveyResponse.objects.filter(survey=page, status=ResponseStatus.TEST).exists()
    assert SurveyResponse.objects.filter(survey=page, status=ResponseStatus.SUBMITTED).count() == 1


def test_a_municipality_survey_is_tried_out_without_an_invitation(manager):
    page = SurveyPageFactory(audience="municipalities", title="Kuntakysely")
    first = start(manager, page)
    review = post_step(manager, first, {"helped": "yes"})
    assert "review-submitted_by" in review.content.decode()
    manager.post(
        review.redirect_chain[-1][0],
        {f"trial_{page.pk}-current_step": "review", "review-submitted_by": "Kokeilija", "review-website": ""},
    )
    stored = SurveyResponse.objects.get(survey=page)
    assert stored.status == ResponseStatus.TEST and stored.invitation is None and stored.submitted_by == "Kokeilija"


def test_only_survey_managers_try_surveys_out(client, survey):
    page, _arabic = survey
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get(f"/admin/survey-status/try/{page.pk}/").status_code == 403
    assert not SurveyResponse.objects.filter(survey=page).exists()


def test_a_drafts_title_tried_out_is_never_shown_to_respondents(manager, survey):
    """The step's breadcrumb is kept in the process (surveys/wizard.html): a draft tried out must not leave its
    title there for respondents, nor find the live one there."""
    page, _arabic = survey
    draft = page.get_latest_revision_as_object()
    draft.title = "Luonnoksen otsikko"
    draft.save_revision()
    respondent = Client()

    def breadcrumb(response):
        return re.search(r'<nav class="breadcrumbs.*?</nav>', response.content.decode(), re.S).group(0)

    live = respondent.get(page.url + page.reverse_subpage("answer"), follow=True)
    assert "Kokeilu" in breadcrumb(live)
    tried = start(manager, page)
    assert "Luonnoksen otsikko" in breadcrumb(tried) and "Kokeilu" not in breadcrumb(tried)
    live = respondent.get(page.url + page.reverse_subpage("answer"), follow=True)
    assert "Kokeilu" in breadcrumb(live) and "Luonnoksen otsikko" not in breadcrumb(live)
