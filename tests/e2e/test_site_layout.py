"""The header, menu and footer as a visitor sees them in a real browser: one line of menu on a desktop, a menu
button on a phone that works without scripts, the footer at the bottom of a short page, and screenshots of the
home, a project and a survey step at three widths in Finnish and Arabic, kept as build artefacts."""

import os
from pathlib import Path

import pytest

from .pages import page_path
from .test_accessibility import violations_at

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR", Path(__file__).resolve().parents[2] / ".artefacts" / "screenshots"))


@pytest.mark.parametrize("width", [1024, 1280, 1366, 1440])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_main_menu_fits_on_one_line_at_common_widths(server, browser, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(server.url + page_path(server, "projects.ProjectPage", lang))  # a page deep in a section
    links = page.locator(".main-nav a")
    assert links.count() >= 5
    tops = {round(box["y"]) for box in (links.nth(i).bounding_box() for i in range(links.count()))}
    assert len(tops) == 1, f"the menu wraps onto {len(tops)} lines"
    last = links.nth(links.count() - 1).bounding_box()
    assert last["x"] + last["width"] <= width, "the menu runs out of the window"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("scripts", [True, False])
def test_on_a_phone_the_menu_is_behind_a_button_that_works_without_scripts(server, browser, scripts):
    context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=scripts)
    page = context.new_page()
    page.goto(f"{server.url}/fi/")
    menu = page.get_by_role("navigation", name="Päävalikko")
    assert not menu.is_visible()
    assert not page.get_by_role("search").is_visible()
    title = page.locator("main h1").bounding_box()
    assert title["y"] < 812 / 2, "the page's title should be in the upper half of a phone's screen"
    page.get_by_text("Valikko", exact=True).click()
    assert menu.is_visible()
    assert page.get_by_role("search").is_visible()
    menu.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert page.url != f"{server.url}/fi/"
    context.close()


def test_on_a_desktop_the_menu_and_search_need_no_button(server, browser, tmp_path):
    for scripts in (True, False):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=scripts)
        page = context.new_page()
        page.goto(f"{server.url}/fi/")
        assert page.get_by_role("navigation", name="Päävalikko").is_visible()
        assert page.get_by_role("search").is_visible()
        assert not page.get_by_text("Valikko", exact=True).is_visible()
        context.close()


@pytest.mark.parametrize("width", [320, 1280])
def test_the_footer_touches_the_bottom_of_the_window_on_a_short_page(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 1400})
    page = context.new_page()
    page.goto(f"{server.url}/fi/search/")  # no query: a short page
    bottom = page.evaluate("document.querySelector('.site-footer').getBoundingClientRect().bottom")
    context.close()
    assert bottom == pytest.approx(1400, abs=1)


@pytest.mark.parametrize("lang", ["fi", "ar"])
@pytest.mark.parametrize("width", [320, 768, 1280])
def test_screenshots_of_the_home_a_project_and_a_survey_step(server, browser, lang, width):
    """Kept under .artefacts/screenshots (SCREENSHOT_DIR) for a person to look at; the test asserts only that
    each page rendered in its language without a horizontal scroll bar."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pages = {
        "home": f"/{lang}/",
        # Projects are described in the site's languages; an Arabic reader's link leads to the English one.
        "project": page_path(server, "projects.ProjectPage", "en" if lang == "ar" else lang),
        "survey-step": page_path(server, "surveys.SurveyPage&audience=participants&round_year=2026", lang) + "answer/",
    }
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for name, path in pages.items():
        page.goto(server.url + path)
        page.screenshot(path=SCREENSHOTS / f"{name}-{lang}-{width}.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls sideways"
    context.close()


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", ["/ar/", "/fa/", "/so/", "/uk/search/?q=kotoutuminen", "/fi/kyselyt/"])
def test_the_homes_in_survey_languages_and_the_survey_index_pass_axe(server, browser, path, width):
    assert violations_at(browser, server.url + path, width) == []


def test_the_language_menu_opens_and_leads_to_a_survey_languages_home(server, browser_page):
    browser_page.goto(f"{server.url}/fi/")
    switcher = browser_page.get_by_role("navigation", name="Kieli")
    switcher.get_by_text("Muut kielet").click()
    switcher.get_by_role("link", name="Soomaali").click()
    browser_page.wait_for_load_state()
    assert browser_page.url == f"{server.url}/so/"
    assert browser_page.locator("html").get_attribute("lang") == "so"


def test_a_printed_project_page_keeps_the_funding_statement_and_drops_the_menus(server, browser_page):
    browser_page.goto(server.url + page_path(server, "projects.ProjectPage", "fi"))
    browser_page.emulate_media(media="print")
    assert browser_page.locator(".eu-funding").is_visible()
    assert browser_page.locator("main h1").is_visible()
    for chrome in (".main-nav", ".site-search", ".language-switcher", ".breadcrumbs"):
        assert not browser_page.locator(chrome).first.is_visible(), chrome


# Each shown image: the widths its srcset offers, the one the browser fetched, and the width it is shown at.
IMAGES = """() => [...document.querySelectorAll('img.page-image')].filter(img => img.currentSrc).map(img => {
    const source = img.closest('picture') && img.closest('picture').querySelector('source[type="image/webp"]');
    const offered = (source ? source.srcset : img.srcset).split(',').map(c => c.trim().split(/\\s+/));
    const fetched = offered.find(([url]) => img.currentSrc.endsWith(url));
    return {offered: offered.map(([, w]) => parseInt(w)), fetched: fetched ? parseInt(fetched[1]) : null,
            shown: img.getBoundingClientRect().width};
})"""


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_images_are_fetched_at_the_size_they_are_shown(server, browser, width):
    """The smallest image that fills its place on the screen: `sizes` agrees with the style sheet."""
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    images = []
    for path in (page_path(server, "projects.ProjectPage", "fi"), page_path(server, "pages.NewsIndexPage", "fi")):
        page.goto(server.url + path)
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # the lazy ones too
        page.wait_for_load_state("networkidle")
        images += page.evaluate(IMAGES)
    context.close()
    assert len(images) >= 2
    for image in images:
        big_enough = [offered for offered in image["offered"] if offered >= image["shown"]]
        assert image["fetched"] == min(big_enough or [max(image["offered"])]), image
