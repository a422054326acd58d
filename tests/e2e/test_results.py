"""Results in a real browser: a dashboard and a cross-tabulation audited by axe in Finnish and in Arabic (right
to left), readable without scripts; the evaluator's workbook. A municipality's comparison of its answers is
audited where it submits them (test_survey_flows)."""

import json
import urllib.request

import pytest

from .test_accessibility import axe_violations
from .test_site_layout import SCREENSHOTS

CREATE = """
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
User = get_user_model()
user = User.objects.filter(username="results-{lang}").first()
user = user or User.objects.create_superuser("results-{lang}", "r@example.fi", "pw")
profile = UserProfile.get_for_user(user)
profile.preferred_language = "{lang}"
profile.save()
from surveys.models import SurveyPage
print(SurveyPage.objects.get(series="palaute", round_year=2025, locale__language_code="fi").pk)
"""


def sign_in(page, server, lang):
    survey = server.manage("shell", "-c", CREATE.format(lang=lang)).strip().splitlines()[-1]
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", f"results-{lang}")
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("button[type=submit]")
    return survey


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_a_dashboard_and_a_crosstab_pass_axe(server, browser, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    survey = sign_in(page, server, lang)
    page.goto(f"{server.url}/admin/results/{survey}/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("figure.figures").count() > 5
    dashboard = axe_violations(page)
    page.goto(f"{server.url}/admin/results/{survey}/crosstab/?row=age_group&column=activity_helpful&language=")
    assert page.locator("table.crosstab").count() == 1
    crosstab = axe_violations(page)
    page.goto(f"{server.url}/admin/results/{survey}/trend/feel_welcome/")
    trend = axe_violations(page)
    context.close()
    assert dashboard == [] and crosstab == [] and trend == []


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_the_evaluation_by_round_and_by_region_passes_axe(server, browser, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, server, lang)  # a superuser: programme staff see the evaluation
    page.goto(f"{server.url}/admin/results/evaluation/")
    by_round = axe_violations(page)
    page.select_option("#id_by_region", "2025")
    with page.expect_navigation():
        page.click("form.results-filters button[type=submit]")
    assert "by_region=2025" in page.url
    tables = page.locator("table.figures__table caption")
    assert tables.count() == 3  # a table by region for each of the programme's three goals
    rows = page.locator("table.figures__table").last.locator("tbody tr")
    assert rows.count() == 20  # the whole country and the 19 regions of 2025
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"evaluation-by-region-{lang}.png", full_page=True)
    by_region = axe_violations(page)
    context.close()
    assert by_round == [] and by_region == []


def test_a_dashboard_reads_without_scripts(server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    survey = sign_in(page, server, "fi")
    page.goto(f"{server.url}/admin/results/{survey}/?language=ar")
    tables = page.locator("table.figures__table")
    assert tables.count() > 5 and "%" in tables.first.inner_text()
    context.close()


def test_the_arabic_dashboard_shows_the_questions_in_arabic(server, browser):
    context = browser.new_context()
    page = context.new_page()
    survey = sign_in(page, server, "ar")
    page.goto(f"{server.url}/admin/results/{survey}/")
    with urllib.request.urlopen(f"{server.url}/api/v2/pages/?type=surveys.SurveyPage&locale=ar&fields=intro") as api:
        assert json.load(api)["items"]  # the survey has an Arabic version, whose labels the dashboard shows
    assert "أشعر" in page.content()  # feel_welcome, as the Arabic version words it
    context.close()


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_an_evaluator_makes_and_downloads_a_workbook(server, browser, lang, tmp_path):
    """The download page passes axe; an XLSX asked for there waits for the worker (here `db_worker --batch`),
    the waiting page offering it by itself once written; it downloads, and opens with openpyxl with a sheet of
    answers and the codebook."""
    import openpyxl

    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    survey = sign_in(page, server, lang)
    page.goto(f"{server.url}/admin/results/{survey}/")
    with page.expect_navigation():
        page.click(f"a[href^='/admin/results/{survey}/export/']")
    assert page.locator("form select[name=format]").count() == 1, page.content()[-3000:]
    download_page = axe_violations(page)
    page.select_option("select[name=format]", "xlsx")
    with page.expect_navigation():
        page.click("form[action*='/export/start/'] button[type=submit]")
    waiting = axe_violations(page)
    assert page.locator("progress").count() == 1
    server.manage("db_worker", "--backend", "exports", "--batch", "--no-startup-delay")
    # The waiting page asks for its status again by itself, and offers the file once it is written.
    page.wait_for_selector("#export-status a[href$='/download/']", timeout=15_000)
    assert page.locator("progress").count() == 0
    with page.expect_download() as download:
        page.click("a[href$='/download/']")
    path = tmp_path / "vienti.xlsx"
    download.value.save_as(path)
    context.close()
    assert download_page == [] and waiting == []
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[0] == "2025" and len(workbook.sheetnames) == 2
    assert workbook["2025"].max_row == 151  # the demo's 150 responses of 2025, under a header
