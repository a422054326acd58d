"""Editors and moderators: draft → review → publish through Wagtail's workflow; scheduled publishing."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Workflow

from pages.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.fi", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", "moderator@example.fi", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_editors_can_edit_but_not_publish_and_moderators_can(editor, moderator):
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    editor_perms = news.permissions_for_user(editor)
    assert editor_perms.can_edit() and not editor_perms.can_publish()
    assert news.permissions_for_user(moderator).can_publish()


def test_editors_and_moderators_manage_organisations(editor, moderator):
    assert editor.has_perm("reference.change_organisation")
    assert not editor.has_perm("reference.delete_organisation")
    assert moderator.has_perm("reference.delete_organisation")
    assert editor.has_perm("wagtail_localize.submit_translation")


def test_a_draft_goes_through_moderation_before_it_is_live(client, editor, moderator):
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    workflow = news.get_workflow()
    assert isinstance(workflow, Workflow) and workflow.active

    news.title = "Toimittajan muutos"
    revision = news.save_revision(user=editor)
    workflow.start(news, editor)
    news.refresh_from_db()
    assert news.workflow_in_progress
    assert client.get(news.url).content.decode().count("Toimittajan muutos") == 0  # not live yet

    task_state = news.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    news.refresh_from_db()
    assert news.live_revision_id == revision.pk
    assert "Toimittajan muutos" in client.get(news.url).content.decode()


def test_editor_can_log_in_to_the_admin_and_open_the_editor(client, editor):
    client.force_login(editor)
    news = NewsPage.objects.filter(locale__language_code="fi").first()
    response = client.get(f"/admin/pages/{news.pk}/edit/")
    assert response.status_code == 200
    # The editor's action is the workflow's: submit to Moderators approval, and there is no publish button.
    html = response.content.decode()
    assert "action-workflow-action" in html or 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_scheduled_publishing(client):
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    news = NewsPageFactory(parent=index, locale=index.locale, title="Ajastettu uutinen", live=False)
    news.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    news.save_revision().publish()  # with go_live_at in the future this schedules instead of publishing
    news.refresh_from_db()
    assert not news.live
    assert client.get(news.url).status_code == 404

    # An hour passes: move the scheduled time into the past rather than wait.
    revision = news.latest_revision
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    news.refresh_from_db()
    assert news.live
    assert client.get(news.url).status_code == 200
