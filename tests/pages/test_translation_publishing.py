"""Translating pages: no translation goes live before the page it translates (a Swedish page is not published
while its Finnish original is a draft, whether from Wagtail's editor, saved as a draft instead with nothing typed
lost, or from wagtail-localize's translation editor, refused); and a page is offered for translation only into
the languages whose site holds its section."""

import json
import re

import pytest
from django.contrib.messages import get_messages
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from pages.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.factories import NewsPageFactory, StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def finnish_draft():
    home = HomePage.objects.get(locale__language_code="fi")
    page = StandardPageFactory(parent=home, title="Luonnos", slug="luonnos", live=False)
    page.save_revision()
    return page


def swedish_copy(page):
    swedish = page.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.save_revision()
    return StandardPage.objects.get(pk=swedish.pk)


def edit_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "utkast",
            "lead": "",
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def test_a_translation_is_saved_as_a_draft_while_its_original_is_not_published(admin_client, finnish_draft):
    swedish = swedish_copy(finnish_draft)
    response = admin_client.post(f"/admin/pages/{swedish.pk}/edit/", edit_form("Utkast"))
    assert response.status_code == 302
    swedish.refresh_from_db()
    assert not swedish.live
    assert swedish.get_latest_revision_as_object().title == "Utkast"  # what was typed is kept, as a draft
    assert told_why(response)


def test_once_the_original_is_live_its_translation_is_published(admin_client, finnish_draft):
    swedish = swedish_copy(finnish_draft)
    finnish_draft.get_latest_revision().publish()
    response = admin_client.post(f"/admin/pages/{swedish.pk}/edit/", edit_form("Utkast"))
    assert response.status_code == 302
    swedish.refresh_from_db()
    assert swedish.live and swedish.title == "Utkast"


def test_the_translation_editor_refuses_to_publish_before_the_original(client, finnish_draft):
    source, _created = TranslationSource.get_or_create_from_instance(finnish_draft)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="sv"))
    translation.save_target(publish=False)
    swedish = StandardPage.objects.get(translation_key=finnish_draft.translation_key, locale__language_code="sv")
    client.force_login(UserFactory(username="paatoimittaja", is_superuser=True, is_staff=True))
    response = client.post(f"/admin/pages/{swedish.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302 and response.url == f"/admin/pages/{swedish.pk}/edit/"
    swedish.refresh_from_db()
    assert not swedish.live and told_why(response)


def told_why(response):
    """The editor sees an error naming the original's language."""
    errors = [m for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    return len(errors) == 1 and "Suomi" in str(errors[0])


def offered(client, page):
    html = client.get(f"/admin/localize/submit/page/{page.pk}/").content.decode()
    ids = re.findall(r'name="locales" value="(\d+)"', html)
    return {Locale.objects.get(pk=pk).language_code for pk in ids}


def test_a_page_is_offered_for_translation_only_into_languages_whose_site_holds_its_section(admin_client):
    news_index = NewsIndexPage.objects.get(locale__language_code="fi")
    news = NewsPageFactory(parent=news_index, title="Uutinen", slug="uutinen-kaannettavaksi")
    assert offered(admin_client, news) == {"sv", "en"}  # the Arabic site has no news section to put it in
    arabic = Locale.objects.get(language_code="ar")
    refused = admin_client.post(f"/admin/localize/submit/page/{news.pk}/", {"locales": [arabic.pk]})
    assert refused.status_code == 200  # the form again, with its error
    assert not NewsPage.objects.filter(translation_key=news.translation_key, locale=arabic).exists()
    swedish = Locale.objects.get(language_code="sv")
    assert admin_client.post(f"/admin/localize/submit/page/{news.pk}/", {"locales": [swedish.pk]}).status_code == 302
    assert NewsPage.objects.filter(translation_key=news.translation_key, locale=swedish).exists()


def test_wagtail_localizes_screens_speak_finnish_where_its_own_files_do_not(admin_client):
    """Its strings missing from its Finnish files come from the project's locale_admin (see check_messages)."""
    news_index = NewsIndexPage.objects.get(locale__language_code="fi")
    children = news_index.get_descendants().count()
    html = admin_client.get(f"/admin/localize/submit/page/{news_index.pk}/").content.decode()
    assert f"Sisällytä alasivut ({children} sivua)" in html
    catalog = admin_client.get("/admin/localize/jsi18n/").content.decode()
    entries = dict(re.findall(r'^\s*"((?:[^"\\]|\\.)*)": "((?:[^"\\]|\\.)*)",?$', catalog, re.M))
    assert entries["Publish in "] == "Julkaise kieliversio "
    assert json.loads(f'"{entries["Stop Synced translation"]}"') == "Lopeta synkronoitu käännös"


def test_an_editor_translates_a_page_and_sends_it_to_moderation(client):
    """From "Translate this page" to the moderators: a draft copy in Wagtail's own editor, never live on its own."""
    news = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale__language_code="fi"), title="Uutinen", slug="uutinen"
    )
    editor = UserFactory(username="toimittaja", groups=["Editors"], is_staff=True)
    client.force_login(editor)
    swedish_locale = Locale.objects.get(language_code="sv")
    assert client.post(f"/admin/localize/submit/page/{news.pk}/", {"locales": [swedish_locale.pk]}).status_code == 302
    swedish = NewsPage.objects.get(translation_key=news.translation_key, locale=swedish_locale)
    assert not swedish.live  # the Finnish original is live, but its translation waits for its own review
    editor_page = client.get(f"/admin/pages/{swedish.pk}/edit/").content.decode()
    assert 'name="action-submit"' in editor_page  # Wagtail's editor, with "Submit to Moderators approval"
    workflow = swedish.get_workflow()
    swedish.title = "Nyhet"
    swedish.save_revision(user=editor)
    workflow.start(swedish, editor)
    swedish.refresh_from_db()
    assert swedish.workflow_in_progress and not swedish.live


def edit_form_with(title, slug, action="action-publish"):
    data = edit_form(title)
    data.pop("action-publish")
    return {**data, "slug": slug, **({action: action} if action else {})}


def test_a_translated_title_brings_its_slug_along(admin_client, finnish_draft):
    swedish = swedish_copy(finnish_draft)
    assert swedish.slug == "luonnos"  # the copy starts with the Finnish address
    response = admin_client.post(
        f"/admin/pages/{swedish.pk}/edit/", edit_form_with("Utkast om boende", "luonnos", None)
    )
    assert response.status_code == 302
    assert StandardPage.objects.get(pk=swedish.pk).get_latest_revision_as_object().slug == "utkast-om-boende"


def test_a_slug_the_translator_chose_is_kept(admin_client, finnish_draft):
    swedish = swedish_copy(finnish_draft)
    admin_client.post(f"/admin/pages/{swedish.pk}/edit/", edit_form_with("Utkast om boende", "boende", None))
    assert StandardPage.objects.get(pk=swedish.pk).get_latest_revision_as_object().slug == "boende"


def test_wagtails_own_screens_speak_finnish_where_its_files_do_not(admin_client):
    """Wagtail 8's Finnish leaves strings of the page editor in English; locale_admin has them (check_messages)."""
    news = NewsPageFactory(parent=NewsIndexPage.objects.get(locale__language_code="fi"), title="Uutinen")
    html = admin_client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    for english, finnish in [
        ("Schedule to publish", "Ajasta julkaisu"),
        ("Show keyboard shortcuts", "Näytä pikanäppäimet"),
    ]:
        assert finnish in html and english not in html
