"""The admin's daily work in a real browser: a survey's definition downloaded and brought back as a new draft
round whose conditions are then picked in its editor, reminders scheduled on a municipality survey's board, and
an editor's translation of a page sent to the moderators."""

import datetime
import json
import re

from playwright.sync_api import expect

CREATE = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
User = get_user_model()
user = User.objects.filter(username="kyselyvastaava").first()
if user is None:
    user = User.objects.create_user("kyselyvastaava", "kv@example.fi", "pw", is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=["Survey managers", "Editors"]))
profile = UserProfile.get_for_user(user)
profile.preferred_language = "fi"
profile.save()
from surveys.models import SurveyPage
print(SurveyPage.objects.get(audience="municipalities", round_year=2026, locale__language_code="fi").pk)
"""


def sign_in(page, server):
    survey = server.manage("shell", "-c", CREATE).strip().splitlines()[-1]
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "kyselyvastaava")
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("button[type=submit]")
    return survey


def test_a_survey_definition_goes_out_and_comes_back_as_a_new_draft_round(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    survey = sign_in(page, server)
    page.goto(server.url + "/admin/survey-status/")
    with page.expect_download() as download:
        page.locator(f"a[href='/admin/survey-status/{survey}/definition/']").click()
    path = tmp_path / "kuntakysely.json"
    download.value.save_as(path)
    definition = json.loads(path.read_text(encoding="utf-8"))
    assert definition["round_year"] == 2026 and {"fi", "sv", "en"} <= set(definition["languages"])
    definition["round_year"] = 2027
    definition["title"] = {language: title.replace("2026", "2027") for language, title in definition["title"].items()}
    path.write_text(json.dumps(definition, ensure_ascii=False, indent=2), encoding="utf-8")
    page.get_by_role("link", name="Tuo kyselyn määrittely").click()
    page.set_input_files("#id_file", str(path))
    with page.expect_navigation():
        page.get_by_role("button", name="Tuo").click()
    assert "/admin/pages/" in page.url and page.url.endswith("/edit/")
    assert page.locator("#id_title").input_value() == definition["title"]["fi"]
    assert "luotiin luonnoksena" in page.content()
    # The new round's conditions are picked in its editor, not typed, and saved with its draft.
    new_round = page.url.rstrip("/").split("/")[-2]
    question, choice = "#sections-3-value-show_if-question", "#sections-3-value-show_if-choice"
    page.evaluate(OPEN_PANELS, question)
    assert page.locator(question).evaluate("e => e.tagName") == "SELECT"
    page.select_option(question, "received_refugees")
    expect(page.locator(f"{choice} option")).to_have_count(3)
    page.select_option(choice, "no")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    saved = server.manage("shell", "-c", SECTION_CONDITION.format(survey=new_round)).strip().splitlines()[-1]
    assert saved == "{'question': 'received_refugees', 'choice': 'no'}"
    context.close()


def test_reminders_are_scheduled_and_cancelled_on_the_board(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    survey = sign_in(page, server)
    page.goto(f"{server.url}/admin/survey-status/{survey}/")
    when = (datetime.datetime.now() + datetime.timedelta(days=2)).replace(hour=9, minute=0)
    page.fill("#id_send_at", when.strftime("%Y-%m-%dT%H:%M"))
    with page.expect_navigation():
        page.get_by_role("button", name="Ajasta muistutukset").click()
    scheduled = page.locator("h2#scheduled + table")
    assert "Odottaa" in scheduled.inner_text() and f"{when.day}.{when.month}.{when.year} 9.00" in scheduled.inner_text()
    with page.expect_navigation():
        scheduled.get_by_role("button", name="Peru").click()
    assert page.locator("h2#scheduled + table").count() == 0
    assert "peruttiin" in page.content()
    context.close()


EDITOR = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
from pages.models import NewsIndexPage, NewsPage
User = get_user_model()
user = User.objects.filter(username="toimittaja-e2e").first()
if user is None:
    user = User.objects.create_user("toimittaja-e2e", "t@example.fi", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
profile = UserProfile.get_for_user(user)
profile.preferred_language = "fi"
profile.save()
index = NewsIndexPage.objects.get(locale__language_code="fi")
body = '[{"type": "paragraph", "value": "<p>Teksti.</p>"}]'
news = NewsPage(title="Käännettävä uutinen", slug="kaannettava-uutinen", date="2026-12-01", lead="Uutinen.", body=body)
index.add_child(instance=news)
news.save_revision().publish()
print(news.pk)
"""


SWEDISH_STATE = """
from pages.models import NewsPage
finnish = NewsPage.objects.get(pk={news})
swedish = NewsPage.objects.get(translation_key=finnish.translation_key, locale__language_code="sv")
print(swedish.live, swedish.workflow_in_progress, swedish.get_latest_revision_as_object().title)
"""


def test_an_editor_translates_a_page_and_sends_it_to_the_moderators(server, browser):
    news = server.manage("shell", "-c", EDITOR).strip().splitlines()[-1]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server.url + "/admin/login/")
    page.fill("#id_username", "toimittaja-e2e")
    page.fill("#id_password", "pw")
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.goto(f"{server.url}/admin/localize/submit/page/{news}/")
    labels = page.locator("input[name=locales]").evaluate_all("inputs => inputs.map(i => i.labels[0].innerText.trim())")
    assert sorted(labels) == ["English", "Svenska"]  # not the survey languages, whose sites hold no news
    page.get_by_label("Svenska").check()
    with page.expect_navigation():
        page.locator("form[method=POST] input[type=submit]").click()
    assert "/admin/pages/" in page.url and page.url.endswith("/edit/")  # Wagtail's own editor, on the draft
    page.fill("#id_title", "Nyhet att översätta")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    with page.expect_navigation():
        page.locator("button[name='action-submit']").click()
    content = page.content()
    context.close()
    state = server.manage("shell", "-c", SWEDISH_STATE.format(news=news)).strip().splitlines()[-1]
    errors = re.findall(r"class=\"[^\"]*(?:error|help-critical)[^\"]*\"[^>]*>(.*?)<", content)
    assert state == "False True Nyhet att översätta", (state, errors[:5])


OPEN_PANELS = """(selector) => {
  // The editor's collapsed blocks around `selector`, opened outermost first, as an author clicks them open.
  const panels = [];
  for (let e = document.querySelector(selector); e; e = e.parentElement) {
    if (e.matches('section[data-panel]')) panels.unshift(e);
  }
  for (const panel of panels) {
    const toggle = panel.querySelector('[data-panel-toggle]');
    if (toggle && toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  }
}"""

SECTION_CONDITION = """
from surveys.models import SurveyPage
draft = SurveyPage.objects.get(pk={survey}).get_latest_revision_as_object()
print(dict(draft.sections[3].value["show_if"]))
"""


def test_a_condition_is_picked_from_the_survey_as_edited_not_typed(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    survey = sign_in(page, server)
    page.goto(f"{server.url}/admin/pages/{survey}/edit/")
    question, choice = "#sections-3-value-show_if-question", "#sections-3-value-show_if-choice"
    page.evaluate(OPEN_PANELS, question)
    assert page.locator(question).evaluate("e => e.tagName") == "SELECT"  # a list, not a field to type in
    offered = page.locator(f"{question} option").evaluate_all("options => options.map(o => o.value)")
    assert offered[0] == "" and "received_refugees" in offered and "housing_ready" in offered
    page.select_option(question, "received_refugees")
    expect(page.locator(f"{choice} option")).to_have_count(3)  # refilled on the next frame
    choices = page.locator(f"{choice} option").evaluate_all("options => options.map(o => o.value)")
    assert choices == ["", "yes", "no"]  # a yes / no question's own choices
    page.select_option(choice, "yes")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    saved = server.manage("shell", "-c", SECTION_CONDITION.format(survey=survey)).strip().splitlines()[-1]
    assert saved == "{'question': 'received_refugees', 'choice': 'yes'}"

    # An unsaved edit: a question's code changed in an earlier section is offered at once, the old one marked.
    page.evaluate(OPEN_PANELS, "#sections-0-value-questions-2-value-code")
    page.fill("#sections-0-value-questions-2-value-code", "refugees_received")
    page.evaluate(OPEN_PANELS, question)
    expect(page.locator(f"{question} option", has_text="received_refugees ⚠")).to_have_count(1)
    texts = page.locator(f"{question} option").all_text_contents()
    assert any(text.startswith("refugees_received · ") for text in texts)
    assert "received_refugees ⚠" in texts and page.locator(question).input_value() == "received_refugees"
    context.close()


PARTICIPANT_SURVEY = """
from surveys.models import SurveyPage
print(SurveyPage.objects.get(audience="participants", round_year=2026, locale__language_code="fi").pk)
"""


def test_a_survey_manager_tries_the_arabic_version_out(server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, server)
    survey = server.manage("shell", "-c", PARTICIPANT_SURVEY).strip().splitlines()[-1]
    page.goto(f"{server.url}/admin/survey-status/{survey}/translations/")
    with page.expect_navigation():
        page.locator("tr:has(th[lang=ar]) a", has_text="Kokeile").click()
    arabic = page.url.split("/try/")[1].split("/")[0]
    assert page.locator("html").get_attribute("lang") == "ar" and page.locator("html").get_attribute("dir") == "rtl"
    notice = page.locator(".notice--trial")
    assert notice.get_attribute("lang") == "fi" and "Testitila" in notice.inner_text()
    assert page.locator("form.survey-form fieldset, form.survey-form input").count() > 0
    page.screenshot(path=str(tmp_path / "trial-ar.png"), full_page=True)
    with page.expect_navigation():
        page.locator("form.survey-form button[type=submit]").last.click()
    assert page.url.endswith(f"/admin/survey-status/try/{arabic}/1/")  # the next step, still in Arabic
    assert page.locator("html").get_attribute("dir") == "rtl" and page.locator(".notice--trial").count() == 1
    context.close()


SWEDISH_INVITATION = """
from django.core import mail
from django.test.utils import override_settings
from django_tasks_db.models import DBTaskResult
from surveys.invitations import send_link
queued = DBTaskResult.objects.filter(task_path__endswith="send_link").order_by("-enqueued_at").first()
with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
    send_link.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])  # what the e-mail worker does
message = mail.outbox[0]
links = [word for word in message.body.split() if "/i/" in word]
print(repr((message.to, message.subject, [link.split("/")[3] for link in links])))
"""


def test_an_invitation_to_a_swedish_speaking_municipality_is_in_swedish(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    survey = sign_in(page, server)
    page.goto(f"{server.url}/admin/survey-status/{survey}/")
    page.get_by_label("Kunnat").select_option("selection")
    page.get_by_label("Yhteyshenkilöiden sähköpostiosoitteet").fill(
        "287: registrator@kristinestad.example.fi"
    )  # Kristinestad: Swedish first
    with page.expect_navigation():
        page.get_by_role("button", name="Kutsu", exact=True).click()
    assert "Kutsuttu: 1." in page.content()
    context.close()
    to, subject, link_languages = eval(server.manage("shell", "-c", SWEDISH_INVITATION).strip().splitlines()[-1])
    assert to == ["registrator@kristinestad.example.fi"] and link_languages == ["sv", "fi"]  # each letter its link
    assert subject.startswith("Enkät för ") and " / Kysely: " in subject  # the Swedish letter first, then the Finnish


RESULTS_PAGE = """
from results.models import ResultsPage
from surveys.models import SurveyPage
page = ResultsPage.objects.get(locale__language_code="fi")
municipal = SurveyPage.objects.get(audience="municipalities", round_year=2025, locale__language_code="fi")
print(page.pk, municipal.pk)
"""

RESULT_BLOCK = """
from results.models import ResultsPage
draft = ResultsPage.objects.get(pk={page}).get_latest_revision_as_object()
value = draft.body[0].value
print(value["survey"].pk, value["question"], value["area"], value["language"])
"""

CHOOSE_ROUND = """([selector, id]) => {
  // What the page chooser does when a page is chosen (Wagtail's ChooserWidget.renderState).
  const input = document.querySelector(selector);
  input.setAttribute('value', id);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}"""


def test_a_results_block_s_question_and_area_are_picked_from_the_round(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, server)  # an Editor too
    results_page, municipal = server.manage("shell", "-c", RESULTS_PAGE).strip().splitlines()[-1].split()
    page.goto(f"{server.url}/admin/pages/{results_page}/edit/")
    question, area, language = (f"#body-0-value-{name}" for name in ("question", "area", "language"))
    page.evaluate(OPEN_PANELS, question)
    expect(page.locator(f"{question} option[value=info_clear]")).to_have_count(1)  # fetched for the round
    assert page.locator(question).evaluate("e => e.tagName") == "SELECT"
    assert page.locator(question).get_attribute("required") is not None  # as the code field it stands for
    assert page.locator(question).input_value() == "activity_helpful"  # as saved
    offered = page.locator(f"{question} option").evaluate_all("options => options.map(o => o.value)")
    assert "anything_else" not in offered  # an open answer is never published
    assert page.locator(f"{area} optgroup").evaluate_all("groups => groups.map(g => g.label)") == ["Maakunta"]
    page.select_option(question, "info_clear")
    page.select_option(area, "region:01")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    saved = server.manage("shell", "-c", RESULT_BLOCK.format(page=results_page)).strip().splitlines()[-1]
    assert saved.split()[1:] == ["info_clear", "region:01"]

    # Another round chosen: its own questions are offered, and the old question is marked as not in it.
    page.evaluate(OPEN_PANELS, question)
    page.evaluate(CHOOSE_ROUND, ["[name='body-0-value-survey']", municipal])
    expect(page.locator(f"{question} option[value=received_refugees]")).to_have_count(1)
    expect(page.locator(f"{question} option", has_text="info_clear (ei tällä kierroksella)")).to_have_count(1)
    assert page.locator(f"{language} option").count() == 1  # a municipality survey: no language to filter by
    context.close()
