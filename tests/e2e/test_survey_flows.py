"""Survey flows in a real browser: every step of both demo surveys audited by axe in a left-to-right and a
right-to-left language (the municipality survey in Arabic is a translation made here, the demo has none); every
step of the participant survey without horizontal scrolling at 360 and 320 px; the Arabic participant survey by
keyboard alone (Tab, Shift+Tab, Space, arrow keys, Enter); the Finnish one with JavaScript turned off; a
municipality filled by two colleagues; a paper access code entered, wrongly and rightly, and used up."""

import json
import urllib.request
from urllib.parse import urlparse

import pytest

from .test_accessibility import axe_violations


def survey_path(server, audience_slug_part, lang, year=2026):
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
    """Go through every step to the confirmation; return the axe violations seen on the way."""
    seen = []
    for _ in range(10):
        if audit:
            seen += [f"{page.url}: {v}" for v in axe_violations(page)]
        if on_each_step:
            on_each_step(page)
        if "review" in page.url:
            name = page.locator("input[name='review-submitted_by']")
            if name.count():  # a municipality's: the name typed, and Enter sends (not "Change answers")
                name.fill("Maija Meikäläinen")
                with page.expect_navigation():
                    name.press("Enter")
            else:  # the button that goes on: the last, after "Previous"
                page.locator(".survey-form__buttons button[type=submit]").last.click()
            page.wait_for_load_state()
            if audit:
                seen += [f"{page.url}: {v}" for v in axe_violations(page)]
            return seen
        answer_visible_step(page)
        page.locator(".survey-form__buttons button[type=submit]").last.click()
        page.wait_for_load_state()
    raise AssertionError("the survey did not end")


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_participant_survey_steps_have_no_axe_violations(server, browser_page, lang):
    browser_page.goto(server.url + survey_path(server, "participants", lang) + "answer/")
    assert browser_page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert walk(browser_page) == []
    assert browser_page.locator("[role=status]").count() == 1  # the thank-you text


# The 2025 municipality survey translated into Arabic (its texts stay Finnish) and published, so that its steps
# can be audited in a right-to-left language.
ARABIC_MUNICIPALITY_SURVEY = """
from wagtail.models import Locale
from surveys.models import Audience, SurveyPage
survey = SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2026, locale__language_code="fi")
survey.copy_for_translation(Locale.objects.get(language_code="ar")).save_revision().publish()
"""


@pytest.fixture(scope="module")
def arabic_municipality_survey(server):
    server.manage("shell", "-c", ARABIC_MUNICIPALITY_SURVEY)


@pytest.mark.parametrize("lang, code", [("fi", "049"), ("en", "092"), ("ar", "091")])
def test_municipality_survey_steps_have_no_axe_violations(server, browser_page, arabic_municipality_survey, lang, code):
    token = server.manage("shell", "-c", INVITE.format(code=code)).strip().splitlines()[-1]
    browser_page.goto(server.url + survey_path(server, "municipalities", lang) + f"i/{token}/")
    assert browser_page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert walk(browser_page) == []
    assert "Maija Meikäläinen" in browser_page.content()  # submitted: the read-only response names its sender
    # its comparison with its region and the country, in the language of its address
    with browser_page.expect_navigation():
        browser_page.click("a[href$='/comparison/']")
    assert browser_page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert browser_page.locator("table").count() > 0
    assert axe_violations(browser_page) == []


@pytest.mark.parametrize("lang, width", [("ar", 360), ("ar", 320), ("fi", 320)])
def test_participant_survey_steps_fit_a_narrow_phone(server, browser, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + survey_path(server, "participants", lang) + "answer/")

    def fits(p):
        scroll_width = p.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{p.url} scrolls sideways: {scroll_width} px wide"

    assert walk(page, on_each_step=fits) == []  # axe on every step at this width too
    fits(page)
    assert page.locator("[role=status]").count() == 1
    context.close()


def focused(page):
    """What has the keyboard focus, as far as answering goes."""
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            return {
                control: e.closest("form.survey-form") !== null && e.matches("input, select, textarea"),
                type: e.type, name: e.name, checked: e.checked, value: e.value,
                send: e.matches(".survey-form__buttons > button:last-child"),
            };
        }"""
    )


def answer_step_by_keyboard(page):
    """Tab through the step from the top of the page, answering each control as it gets focus: Space on the first
    radio button of a group and then the down arrow to the next one, Space on the first checkbox of a group, the
    down arrow on a drop-down, a word typed into a text field; then Shift+Tab back and Tab again to the button that
    goes on, and Enter on it."""
    answered = set()
    for _ in range(200):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["send"]:
            page.keyboard.press("Shift+Tab")
            assert not focused(page)["send"], "Shift+Tab did not leave the button"
            page.keyboard.press("Tab")
            assert focused(page)["send"], "Tab did not come back to the button"
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
        if not now["control"] or now["name"] in answered or now["name"].endswith("__other"):
            continue
        answered.add(now["name"])
        if now["type"] in ("radio", "checkbox"):
            page.keyboard.press("Space")
            assert focused(page)["checked"], f"Space did not check {now['name']}"
            if now["type"] == "radio":
                page.keyboard.press("ArrowDown")
                after = focused(page)
                assert after["checked"] and after["value"] != now["value"], f"ArrowDown did not move in {now['name']}"
        elif now["type"] == "select-one":
            page.keyboard.press("ArrowDown")
            assert focused(page)["value"], f"ArrowDown chose nothing in {now['name']}"
        else:
            page.keyboard.type("جيد")
    raise AssertionError(f"200 presses of Tab did not reach the button that goes on from {page.url}")


def test_arabic_survey_by_keyboard_alone(server, browser_page):
    page = browser_page
    page.goto(server.url + survey_path(server, "participants", "ar") + "answer/")
    for _ in range(10):
        if "thanks" in page.url:
            break
        answer_step_by_keyboard(page)
    assert "thanks" in page.url, f"the keyboard walk ended at {page.url}"
    assert page.locator("[role=status]").count() == 1


def test_finnish_survey_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + survey_path(server, "participants", "fi") + "answer/")
    walk(page, audit=False)
    assert "thanks" in page.url, f"the walk ended at {page.url}"
    assert page.locator("[role=status]").count() == 1
    context.close()


# Round 2024's participant survey, reopened, asks for paper codes (no other browser test answers it, so the
# server has not cached it without them). Prints two unused codes.
PAPER_CODES = """
from surveys import access_codes
from surveys.models import SurveyPage
pages = SurveyPage.objects.filter(audience="participants", round_year=2024)
for page in pages:
    page.access_codes = True
    page.closes_at = None
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
        with page.expect_navigation():  # the page the post answers, not the one it was sent from
            page.locator(".survey-form__buttons button[type=submit]").click()

    page.goto(url)
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert axe_violations(page) == []
    enter("AAAA-BBBB")
    assert page.evaluate("document.activeElement.id") == "error-summary"  # focused after the failed post
    page.locator(".error-summary a").click()  # the message takes the keyboard to the field
    assert page.evaluate("document.activeElement.name") == "access_code"
    assert axe_violations(page) == []
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
    first.locator(".survey-form__buttons button[type=submit]").last.click()
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
survey = SurveyPage.objects.get(audience=Audience.MUNICIPALITIES, round_year=2026, locale__language_code="fi")
municipality = Municipality.objects.get(code="{code}")
Invitation.objects.filter(survey=survey, municipality=municipality).delete()
print(Invitation.create(survey, municipality, "kirjaamo@example.fi")[1])
"""
