"""axe-core on every page type in Finnish and English, and what axe cannot see: keyboard, reflow, language."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pages import PAGE_TYPES, page_path


def axe_violations(page):
    """Every violation axe-core finds on the page, of any impact (minor and moderate included): the site is meant
    to be axe-clean, not only free of the serious ones."""
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_axe_violations(server, browser, page_type, lang, width):
    """On a desktop and on the narrowest phone (320 CSS pixels, also a 1280-pixel window at 400 % zoom), where
    wide content scrolls and must stay reachable by keyboard."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(server.url + page_path(server, page_type, lang))
    assert page.locator("html").get_attribute("lang") == lang
    violations = axe_violations(page)
    context.close()
    assert violations == []


@pytest.mark.parametrize("width", [320, 640])
def test_the_steering_group_table_scrolls_by_keyboard_on_a_narrow_screen(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(server.url + page_path(server, "pages.ProgrammePage", "fi"))
    region = page.get_by_role("region", name="Ohjausryhmän jäsenet ja varajäsenet")
    region.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"
    assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the table should be wider than the phone"
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)
    assert region.evaluate("el => el.scrollLeft") > 0
    context.close()


def violations_at(browser, url, width):
    """The axe violations of `url` in a window `width` CSS pixels wide."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(url)
    violations = axe_violations(page)
    context.close()
    return violations


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("path", ["/fi/search/?q=kotoutuminen", "/en/no-such-page/", "/en/projects/?goal=bad"])
def test_search_404_and_filter_errors_are_accessible(server, browser, path, width):
    assert violations_at(browser, server.url + path, width) == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(server, browser_page):
    browser_page.goto(server.url + "/fi/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = browser_page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0, "the focused skip link must be visible"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_focus_is_visible(server, browser_page):
    browser_page.goto(server.url + "/en/")
    for _ in range(3):
        browser_page.keyboard.press("Tab")
    outline = browser_page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


@pytest.mark.parametrize("width", [320, 640])  # 640 CSS pixels is a 1280-pixel window at 200% zoom
@pytest.mark.parametrize(
    "page_type", ["pages.HomePage", "pages.ProgrammePage", "projects.ProjectIndexPage", "results.ResultsPage"]
)
def test_reflows_without_horizontal_scrolling(server, browser, page_type, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(server.url + page_path(server, page_type, "fi"))
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert scroll_width <= width


def test_language_switcher_goes_to_the_same_page(server, browser_page):
    browser_page.goto(server.url + page_path(server, "pages.ProgrammePage", "fi"))
    browser_page.get_by_role("navigation", name="Kieli").get_by_role("link", name="English").click()
    browser_page.wait_for_load_state()
    assert browser_page.url == server.url + page_path(server, "pages.ProgrammePage", "en")
    assert browser_page.locator("html").get_attribute("lang") == "en"


def test_project_filters_work_by_keyboard(server, browser_page):
    browser_page.goto(server.url + page_path(server, "projects.ProjectIndexPage", "en"))
    browser_page.locator("#id_goal").focus()
    browser_page.keyboard.press("ArrowDown")  # from "---------" to the first goal
    assert browser_page.locator("#id_goal").input_value() == "placement"
    browser_page.get_by_role("button", name="Show projects").focus()
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "goal=placement" in browser_page.url
    assert browser_page.locator("article.card").count() >= 1
