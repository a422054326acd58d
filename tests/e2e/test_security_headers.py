"""The Content-Security-Policy in a real browser: nothing the site or Wagtail's admin needs is blocked. Every
violation the browser reports (securitypolicyviolation events) fails the test."""

import json
import urllib.request

import pytest

from .pages import page_path

LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) =>
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
"""
CREATE_ADMIN = """
from django.contrib.auth import get_user_model
User = get_user_model()
User.objects.filter(username="csp-admin").exists() or User.objects.create_superuser("csp-admin", "c@example.fi", "pw")
"""


def violations(page):
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__violations")


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(LISTEN)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("page_type", ["pages.HomePage", "pages.ProgrammePage", "surveys.SurveyPage"])
def test_public_pages_run_under_their_policy(server, watched, page_type):
    watched.goto(server.url + page_path(server, page_type, "fi"))
    assert violations(watched) == []


@pytest.fixture(scope="module")
def admin_user(server):
    server.manage("shell", "-c", CREATE_ADMIN)


def sign_in(page, server):
    page.goto(server.url + "/admin/login/")
    assert violations(page) == []  # the sign-in page runs under the strict public policy
    page.fill("#id_username", "csp-admin")
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("button[type=submit]")


def test_the_admin_works_under_its_policy(server, watched, admin_user):
    sign_in(watched, server)
    assert violations(watched) == []
    watched.goto(server.url + "/admin/pages/")
    assert violations(watched) == []
    watched.goto(server.url + "/admin/images/")
    assert violations(watched) == []
    # The page editor, with its rich-text fields and date pickers, and its preview panel.
    with urllib.request.urlopen(f"{server.url}/api/v2/pages/?type=pages.ProgrammePage&locale=fi&limit=1") as api:
        programme = json.load(api)["items"][0]["id"]
    watched.goto(f"{server.url}/admin/pages/{programme}/edit/")
    watched.wait_for_selector("form[data-edit-form]")
    assert violations(watched) == []
    watched.get_by_role("button", name="Toggle preview").click()
    watched.wait_for_timeout(1500)
    assert violations(watched) == []


def test_an_editor_sees_the_userbar_on_public_pages_under_the_public_policy(server, watched, admin_user):
    sign_in(watched, server)
    watched.goto(server.url + page_path(server, "pages.ProgrammePage", "fi"))
    watched.locator("wagtail-userbar [role=button], wagtail-userbar button").first.wait_for()  # in its shadow root
    assert violations(watched) == []
