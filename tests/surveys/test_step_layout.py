"""A survey step as a respondent meets it: a simplified header that keeps the languages, every question laid out
alike and marked required or optional, "Previous" before "Next", the error summary focused after a failed post
and punctuated right in every language, a step count that stays put, and no errors for a step not yet posted."""

import json
import re

import pytest
from django.utils import translation

from core.templatetags.label_tags import colon
from tests.factories import SurveyPageFactory, question, section, translate

from .helpers import current_step

pytestmark = pytest.mark.django_db
YES_NO = [("yes", "Kyllä"), ("no", "Ei")]


@pytest.fixture
def survey():
    """Three sections, the second shown only to those who answer "yes"; the third asks a required number."""
    worked = question("single_choice", "worked", "Oletko ollut töissä?", required=False, choices=YES_NO)
    return SurveyPageFactory(
        sections=json.dumps(
            [
                section("Alku", worked),
                section("Työ", question("text", "job", "Mikä työ", required=False), show_if=("worked", "yes")),
                section("Luvut", question("number", "hours", "Tunteja viikossa", required=True)),
            ]
        )
    )


def start(client, survey):
    response = client.get(survey.url + "answer/", follow=True)
    return response.redirect_chain[-1][0], response.content.decode()


def post(client, url, html, data, follow=True):
    prefix, step = current_step(html)
    posted = {f"{prefix}-current_step": step, **{f"{step}-{name}": value for name, value in data.items()}}
    response = client.post(url, posted, follow=follow)
    return (response.redirect_chain[-1][0] if follow and response.redirect_chain else url), response.content.decode()


def main(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_a_step_has_the_languages_but_not_the_menu_or_the_search(client, survey):
    _url, html = start(client, survey)
    assert 'class="language-switcher"' in html
    assert 'class="main-nav"' not in html and 'role="search"' not in html


def test_a_step_has_a_breadcrumb_back_to_its_survey(client, survey):
    _url, html = start(client, survey)
    crumbs = re.search(r'<nav class="breadcrumbs container".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', crumbs)
    assert links[-1] == (survey.url, survey.title)  # the survey, above its steps
    assert re.search(r'<span aria-current="page">Alku</span>', crumbs)


def test_every_question_is_marked_required_or_optional(client, survey):
    url, html = start(client, survey)
    assert re.search(r"Oletko ollut töissä\? <span class=\"question__need\">\(valinnainen\)</span>", html)
    url, html = post(client, url, html, {"worked": "no"})  # the conditional step is skipped
    assert re.search(r"Tunteja viikossa <span class=\"question__need\">\(pakollinen\)</span>", html)


def test_the_step_count_stays_when_a_conditional_step_is_skipped_or_shown(client, survey):
    url, html = start(client, survey)
    first = re.search(r'<p class="progress">(.*?)</p>', html).group(1)
    url, html = post(client, url, html, {"worked": "yes"})
    second = re.search(r'<p class="progress">(.*?)</p>', html).group(1)
    assert re.findall(r"\d+", first) == ["1", "4"] and re.findall(r"\d+", second) == ["2", "4"]


def test_previous_comes_before_next_and_enter_still_goes_forward(client, survey):
    url, html = start(client, survey)
    url, html = post(client, url, html, {"worked": "yes"})
    buttons = re.search(r'<div class="survey-form__buttons">(.*?)</div>', html, re.S).group(1)
    submits = re.findall(r"<button([^>]*)>([^<]*)</button>", buttons)
    visible = [text for attrs, text in submits if "survey-form__default" not in attrs]
    assert visible == ["Edellinen", "Seuraava"]
    default_attrs, default_text = submits[0]  # the first submit button is what Enter presses
    assert "wizard_goto_step" not in default_attrs and default_text == "Seuraava"
    assert 'tabindex="-1"' in default_attrs


def test_a_failed_post_focuses_the_error_summary(client, survey):
    url, html = start(client, survey)
    url, html = post(client, url, html, {"worked": "no"})
    _url, html = post(client, url, html, {"hours": ""}, follow=False)
    summary = re.search(r'<div class="error-summary"[^>]*>', html).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    assert "Tunteja viikossa: " in main(html)  # a label without closing mark takes the colon


def test_going_back_from_an_unanswered_step_shows_no_errors_until_it_is_posted(client, survey):
    url, html = start(client, survey)
    step_one_url = url
    url, html = post(client, url, html, {"worked": "no"})
    prefix, step = current_step(html)
    back = client.post(url, {f"{prefix}-current_step": step, f"{step}-hours": "", "wizard_goto_step": "0"}, follow=True)
    assert back.redirect_chain[-1][0] == step_one_url
    url, html = post(client, step_one_url, back.content.decode(), {"worked": "no"})
    assert "Tunteja viikossa" in html
    assert 'class="error-summary"' not in html and 'class="errorlist' not in html
    _url, html = post(client, url, html, {"hours": ""}, follow=False)
    assert 'class="error-summary"' in html


@pytest.mark.parametrize(
    "lang, label, shown",
    [
        ("fi", "Kotikunta", "Kotikunta:"),
        ("en", "How old are you?", "How old are you?"),
        ("ar", "كم عمرك؟", "كم عمرك؟"),
        ("ar", "البلدية", "البلدية:"),
        ("ti", "ዕድመኹም ክንደይ እዩ፧", "ዕድመኹም ክንደይ እዩ፧"),
        ("fi", "Kerro lisää.", "Kerro lisää."),
        ("fr", "Commune", "Commune\u00a0:"),  # a no-break space before the colon, as French writes it
    ],
)
def test_label_punctuation_is_right_in_every_language(lang, label, shown):
    with translation.override(lang):
        assert colon(label) == shown


def test_an_arabic_error_summary_never_reads_question_mark_colon(client, survey):
    arabic = translate(survey, "ar", title="استطلاع")
    sections = json.loads(json.dumps(list(arabic.sections.raw_data)))
    sections[2]["value"]["questions"][0]["value"]["label"] = "كم ساعة في الأسبوع؟"
    arabic.sections = json.dumps(sections)
    arabic.save_revision().publish()
    url, html = start(client, arabic)
    url, html = post(client, url, html, {"worked": "no"})
    _url, html = post(client, url, html, {"hours": ""}, follow=False)
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    assert "كم ساعة في الأسبوع؟ " in summary and "؟:" not in summary and ".:" not in summary
