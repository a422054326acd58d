"""Survey flows in a real browser: every step of both demo surveys audited by axe in a left-to-right and a
right-to-left language; the Arabic participant survey on a 360 px phone and by keyboard alone; a municipality
filled by two colleagues; a paper access code entered, wrongly and rightly, and used up."""

import json
import urllib.request
from urllib.parse import urlparse

import pytest

from .test_accessibility import blocking_violations


def survey_path(server, audience_slug_part, lang, year=2025):
    url = f"{server.url}/api/v2/pages/?type=surveys.SurveyPage&locale={lang}&fields=audience,round_year&limit=20"
    with urllib.request.urlopen(url) as response:
        items = json.load(response)["items"]
    page = next(i for i in items if i["audience"] == audience_slug_part and i["round_year"] == year)
    return urlparse(page["meta"]["html_url"]).path


def answer_visible_step(page):
    """Answer every question on the current step with the mouse-free basics: first radio of each group, first
    checkbox, a number, a date, text."""
    for fieldset in page.locator(".question fieldset").all():
        first = fieldset.locator("input[type=radio], input[type=checkbox]").first
        if first.count():
            first.check()
    for select in page.locator(".question select").all():
        options = [o for o in select.locator("option").all() if o.get_attribute("value")]
        select.select_option(options[0].get_attribute("value"))
    for field in page.locator(".question input[type=number]").all():
        field.fill("3")
    for field in page.locator(".question input[type=date]").all():
        field.fill("2025-03-01")
    for field in page.locator(".question input[type=text]:not([name$='__other']), .question textarea").all():
        if field.is_visible():
            field.fill("Hyvä")


def walk(page, audit=True, on_each_step=None):
    """Go through every step to the confirmation; return the blocking axe violations seen on the way."""
    seen = []
    for _ in range(10):
        if audit:
            seen += [f"{page.url}: {v}" for v in blocking_violations(page)]
        if on_each_step:
            on_each_step(page)
        if "review" in page.url:
            name = page.locator("input[name='review-submitted_by']")
            if name.count():
                name.fill("Maija Meikäläinen")
            page.locator(".survey-form__buttons button[type=submit]").first.click()
            page.wait_for_load_state()
            if audit:
                seen += [f"{page.url}: {v}" for v in blocking_violations(page)]
            return seen
        answer_visible_step(page)
        page.locator(".survey-form__buttons button[type=submit]").first.click()
        page.wait_for_load_state()
    raise AssertionError("the survey did not end")


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_participant_survey_steps_have_no_serious_axe_violations(server, browser_page, lang):
    browser_page.goto(server.url + survey_path(server, "participants", lang) + "answer/")
    assert browser_page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert walk(browser_page) == []
    assert browser_page.locator("[role=status]").count() == 1  # the thank-you text


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_municipality_survey_steps_have_no_serious_axe_violations(server, browser_page, lang):
    token = server.manage("shell", "-c", INVITE.format(code="049" if lang == "fi" else "092")).strip().splitlines()[-1]
    browser_page.goto(server.url + survey_path(server, "municipalities", lang) + f"i/{token}/")
    assert walk(browser_page) == []
    assert "Maija Meikäläinen" in browser_page.content()


def test_arabic_survey_on_a_360_px_phone(server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + survey_path(server, "participants", "ar") + "answer/")

    def fits(p):
        assert p.evaluate("document.documentElement.scrollWidth") <= 360

    walk(page, audit=False, on_each_step=fits)
    assert page.locator("[role=status]").count() == 1
    context.close()


def test_arabic_survey_by_keyboard_alone(server, browser_page):
    page = browser_page
    page.goto(server.url + survey_path(server, "participants", "ar") + "answer/")
    for _ in range(10):
        if "thanks" in page.url:
            break
        if "review" in page.url:
            page.locator(".survey-form__buttons button[type=submit]").first.focus()
            with page.expect_navigation():
                page.keyboard.press("Enter")
            continue
        # Tab into each group and choose with the arrow keys / space, as a keyboard user would.
        for fieldset in page.locator(".question fieldset").all():
            first = fieldset.locator("input").first
            first.focus()
            page.keyboard.press("Space")
        for select in page.locator(".question select").all():
            select.focus()
            page.keyboard.press("ArrowDown")
        page.locator(".survey-form__buttons button[type=submit]").first.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert "thanks" in page.url
    assert page.locator("[role=status]").count() == 1


# Round 2024's participant survey asks for paper codes (no other browser test answers it, so the server has
# not cached it without them). Prints two unused codes.
PAPER_CODES = """
from surveys import access_codes
from surveys.models import SurveyPage
pages = SurveyPage.objects.filter(audience="participants", round_year=2024)
for page in pages:
    page.access_codes = True
    page.save_revision().publish()
batch = access_codes.create_batch(pages.first().canonical, "e2e", 2)
print(" ".join(access_codes.shown(code.code) for code in batch.codes.all()))
"""


@pytest.fixture(scope="module")
def paper_codes(server):
    return server.manage("shell", "-c", PAPER_CODES).split()[-2:]


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_a_paper_access_code_opens_the_survey_once(server, browser_page, paper_codes, lang):
    page = browser_page
    url = server.url + survey_path(server, "participants", lang, year=2024) + "answer/"
    code = paper_codes[["fi", "ar"].index(lang)]

    def enter(typed):
        page.locator("input[name=access_code]").fill(typed)
        page.locator(".survey-form__buttons button[type=submit]").click()
        page.wait_for_load_state()

    page.goto(url)
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert blocking_violations(page) == []
    enter("AAAA-BBBB")
    assert page.locator(".error-summary a[href='#q-access_code']").count() == 1
    assert blocking_violations(page) == []
    enter(code.lower().replace("-", " "))  # as typed from the slip, however spaced or cased
    assert page.locator(".question fieldset, .question select").count() > 0  # the first step
    assert walk(page, audit=False) == []
    assert page.locator("[role=status]").count() == 1  # thanked
    page.goto(url)  # the code was used up with the answers: the next person needs their own
    enter(code)
    assert page.locator(".error-summary").count() == 1


def test_two_colleagues_fill_one_municipality_response(server, browser):
    token = server.manage("shell", "-c", INVITE.format(code="179")).strip().splitlines()[-1]
    url = server.url + survey_path(server, "municipalities", "fi") + f"i/{token}/"
    first = browser.new_context().new_page()
    second = browser.new_context().new_page()
    first.goto(url)
    answer_visible_step(first)
    first.locator("input[type=number]").first.fill("42")
    first.locator(".survey-form__buttons button[type=submit]").first.click()
    first.wait_for_load_state()
    # The colleague, in another browser, sees the first step as saved and carries on to the end.
    second.goto(url + "0/")
    assert second.locator("input[type=number]").first.input_value() == "42"
    walk(second, audit=False)
    assert "Maija Meikäläinen" in second.content()
    # Back in the first browser the response is now read-only.
    first.goto(url)
    assert "Maija Meikäläinen" in first.content()
    assert first.locator("form.survey-form").count() == 0


INVITE = """
from reference.models import Municipality
from surveys.models import Audience, Invitation, SurveyPage
survey = SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2025, locale__language_code="fi")
municipality = Municipality.objects.get(code="{code}")
Invitation.objects.filter(survey=survey, municipality=municipality).delete()
print(Invitation.create(survey, municipality, "kirjaamo@example.fi")[1])
"""
