"""Generated posts to every survey step, of both audiences, in Finnish and in Arabic (right to left): whatever is
posted, the answer is a page or a 4xx, never a server error, and a municipality's saved draft is never lost."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale

from surveys.forms import SectionForm
from surveys.models import SurveyResponse

from .helpers import current_step, valid_data

pytestmark = pytest.mark.django_db

# Values a field may be sent: blanks, NUL and control characters, right-to-left text, numbers too large or
# malformed for the answer table, impossible dates, codes that are no choice.
ODD_TEXT = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc"]), max_size=40)
VALUES = st.one_of(
    ODD_TEXT,
    st.sampled_from(["", " ", "\x00", "NaN", "1e400", "-0", "9" * 30, "2025-02-30", "other", "yes", "ابة", "../0"]),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.dates().map(str),
)
STEP_NAMES = st.one_of(st.sampled_from(["0", "1", "2", "3", "4", "review", "done", "99"]), ODD_TEXT)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def fields_of(survey):
    """{step: [field names]} of every section of `survey`, as its forms name them (prefixed by the step)."""
    return {
        section.step: [f"{section.step}-{name}" for name in SectionForm(questions=section.questions).fields]
        for section in survey.structure()
    } | {"review": ["review-website", "review-submitted_by"]}


def post_data(draw, prefix, fields):
    step = draw(STEP_NAMES)
    names = fields.get(step) or draw(st.sampled_from(list(fields.values())))
    data = {f"{prefix}-current_step": step}
    for name in draw(st.lists(st.sampled_from(names), max_size=len(names))):
        data[name] = draw(st.lists(VALUES, min_size=1, max_size=3))  # a field may come more than once
    if draw(st.booleans()):
        data["wizard_goto_step"] = draw(STEP_NAMES)
    if draw(st.booleans()):
        data["_version"] = draw(st.one_of(st.integers(-5, 5).map(str), ODD_TEXT))
    return draw(st.sampled_from([step, "0", "review"])), data


def arabic(survey):
    locale = Locale.objects.get(language_code="ar")
    translation = survey.get_translation_or_none(locale)
    if translation is None:
        translation = survey.copy_for_translation(locale)
        translation.save_revision().publish()
    return translation.specific


def post_generated(client, base, prefix, fields, after=lambda: None):
    """Post generated data to the steps under `base` (a survey's answer/ or invitation address), checking each
    answer, and `after()` each post."""

    @SETTINGS
    @given(st.data())
    def post(data):
        step, body = post_data(data.draw, prefix, fields)
        response = client.post(f"{base}{step}/", body)
        assert response.status_code < 500, (step, body)
        after()

    post()


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_posts_to_participant_steps_never_give_a_server_error(participant_survey, lang):
    survey = participant_survey if lang == "fi" else arabic(participant_survey)
    client = Client(raise_request_exception=False)
    start = client.get(survey.url + "answer/", follow=True)
    assert start.status_code == 200 and start.redirect_chain
    prefix, _step = current_step(start.content.decode())
    post_generated(client, survey.url + "answer/", prefix, fields_of(participant_survey))


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_posts_to_municipality_steps_never_give_a_server_error_or_lose_the_draft(invited, municipality_survey, lang):
    invitation, token, _url = invited
    survey = municipality_survey if lang == "fi" else arabic(municipality_survey)
    link = survey.url + f"i/{token}/"
    client = Client(raise_request_exception=False)
    opened = client.get(link, follow=True)
    prefix, step = current_step(opened.content.decode())
    first = valid_data(opened.context["wizard"]["form"])
    assert client.post(f"{link}0/", {f"{prefix}-current_step": "0", **{f"0-{k}": v for k, v in first.items()}})

    def the_first_step_is_kept():
        draft = SurveyResponse.objects.get(invitation=invitation).draft
        assert "0" in draft.get("step_data", {}), "the saved first step was lost"

    post_generated(client, link, prefix, fields_of(municipality_survey), after=the_first_step_is_kept)
