"""Paper access codes: staff print a batch for a class or an event; each code lets one respondent answer once,
and nothing ties the code to the answers."""

import re

import pytest
from django.test import Client

from surveys.access_codes import create_batch, shown
from surveys.limits import WRONG_CODES, WRONG_TOKENS
from surveys.models import AccessCode, SurveyResponse
from tests.factories import UserFactory

from .helpers import answer_survey, fill_until_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def coded_survey(participant_survey):
    participant_survey.access_codes = True
    participant_survey.save_revision().publish()
    return participant_survey


@pytest.fixture
def codes(coded_survey):
    return list(create_batch(coded_survey, "Kotoutumiskoulutus, ryhmä B", 3).codes.values_list("code", flat=True))


def start(survey):
    return survey.url + "answer/"


def enter(client, survey, code):
    return client.post(start(survey), {"access_code": code})


def test_staff_create_and_print_a_batch(client, django_user_model, participant_survey):
    moderator = UserFactory(username="mod", groups=["Survey managers"])
    client.force_login(moderator)
    url = f"/admin/survey-status/{participant_survey.pk}/access-codes/"
    assert client.post(url, {"label": "Iltaryhmä 3.12.", "count": "12"}).status_code == 302
    listing = client.get(url).content.decode()
    assert "Iltaryhmä 3.12." in listing
    # The posters' QR codes of every language version: each link gives the image.
    qr_links = re.findall(r'href="([^"]+/qr/(?:svg|png)/)"', listing)
    assert (
        participant_survey.url + "qr/svg/" in qr_links
        and len(qr_links) == 2 * participant_survey.get_translations(inclusive=True).live().count()
    )
    assert all(client.get(link).status_code == 200 for link in qr_links)
    batch = participant_survey.access_code_batches.get()
    printed = client.get(f"/admin/survey-status/access-codes/{batch.pk}/print/").content.decode()
    slips = re.findall(r'class="slip__code" dir="ltr">([A-Z0-9-]+)<', printed)
    assert sorted(slips) == sorted(shown(code) for code in batch.codes.values_list("code", flat=True))
    assert len(slips) == 12 and "<svg" in printed and participant_survey.full_url in printed
    assert client.post(url, {"label": "Liikaa", "count": "5000"}).status_code == 200  # a batch has at most 500
    assert participant_survey.access_code_batches.count() == 1


def test_slips_print_in_the_language_of_the_survey_version_chosen(client, participant_survey, translation):
    client.force_login(UserFactory(username="mod", groups=["Survey managers"]))
    batch = create_batch(participant_survey, "Arabiankielinen ryhmä", 2)
    listing = client.get(f"/admin/survey-status/{participant_survey.pk}/access-codes/").content.decode()
    print_url = f"/admin/survey-status/access-codes/{batch.pk}/print/"
    arabic_name = translation(participant_survey, "ar").locale.get_display_name()
    assert f'href="{print_url}?language=ar" lang="ar">{arabic_name}</a>' in listing
    printed = client.get(print_url + "?language=ar").content.decode()
    arabic = translation(participant_survey, "ar")
    slips = re.search(r'<div class="slips" lang="ar" dir="rtl">(.*)</div>\s*</main>', printed, re.S).group(1)
    assert slips.count(f"<strong>{arabic.title}</strong>") == 2 and slips.count(arabic.full_url) == 2
    assert slips.count("رمز لمرة واحدة. لا يُحفظ مع إجاباتك.") == 2
    assert "Tulosta" in printed  # the page around the slips stays in the admin's language
    assert client.get(print_url + "?language=xx").status_code == 404


def test_a_code_lets_one_respondent_answer_once(client, coded_survey, codes):
    page = client.get(start(coded_survey)).content.decode()
    assert 'name="access_code"' in page and "current_step" not in page
    wrong = enter(client, coded_survey, "AAAA-AAAA")
    assert wrong.status_code == 200 and 'class="error-summary" role="alert"' in wrong.content.decode()

    typed = " " + shown(codes[0]).lower() + " "  # as copied from paper
    assert enter(client, coded_survey, typed).status_code == 302
    before = SurveyResponse.objects.count()
    final = answer_survey(client, coded_survey, start(coded_survey))
    assert final.status_code == 200 and SurveyResponse.objects.count() == before + 1
    code = AccessCode.objects.get(code=codes[0])
    assert code.used
    # Only that it was used: no date or time that staff who know who got which slip could match with the
    # response's date, and nothing that refers to the response.
    stored = {field.name: field for field in AccessCode._meta.concrete_fields}
    assert set(stored) == {"id", "batch", "code", "used"}

    # The next person on the same tablet needs a code of their own, and a used code does not open the survey.
    assert 'name="access_code"' in client.get(start(coded_survey), follow=True).content.decode()
    assert enter(client, coded_survey, codes[0]).status_code == 200
    assert SurveyResponse.objects.count() == before + 1


def test_a_code_used_meanwhile_on_another_device_keeps_the_answers(coded_survey, codes):
    first, second = Client(), Client()
    for client in (first, second):
        enter(client, coded_survey, codes[1])
    review_url, prefix, _ = fill_until_review(second, start(coded_survey))
    answer_survey(first, coded_survey, start(coded_survey))
    before = SurveyResponse.objects.count()

    refused = second.post(review_url, {f"{prefix}-current_step": "review"}, follow=True)
    html = refused.content.decode()
    assert 'name="access_code"' in html and "toisella laitteella" in html
    assert SurveyResponse.objects.count() == before
    enter(second, coded_survey, codes[2])
    again = second.get(review_url)  # straight back to the review: the answers were kept
    assert again.status_code == 200 and 'value="review"' in again.content.decode()
    assert second.post(review_url, {f"{prefix}-current_step": "review"}).url.endswith("/thanks/")
    assert SurveyResponse.objects.count() == before + 1


def test_guessing_codes_is_rate_limited(client, coded_survey, codes):
    limit = WRONG_CODES.limit
    statuses = [enter(client, coded_survey, f"GUESS{n:03d}").status_code for n in range(limit + 1)]
    assert statuses[:limit] == [200] * limit and statuses[limit] == 429
    assert enter(client, coded_survey, codes[0]).status_code == 429  # even a right code waits: codes are short


def test_a_class_behind_one_address_is_not_locked_out_by_its_typing_mistakes(client, coded_survey, codes):
    """A class answers behind one school network: classmates' mistakes (more than the 20 wrong invitation links
    an address may make) do not lock out the next pupil."""
    for _ in range(WRONG_TOKENS.limit * 2):
        assert enter(Client(), coded_survey, "AAAA-AAAA").status_code == 200
    assert enter(client, coded_survey, shown(codes[1])).status_code == 302
