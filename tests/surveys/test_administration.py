"""Survey administration (invitations, reminders, new links, reopening, access codes, contact addresses) is a
permission of its own, held by the "Survey managers" group: editing pages does not give it."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from reference.models import Municipality
from surveys.invitations import send_due_reminders
from surveys.models import (
    AccessCodeBatch,
    Invitation,
    InvitationEvent,
    ResponseStatus,
    ScheduledReminder,
    SurveyPage,
)
from tests.factories import SurveyPageFactory, UserFactory, respond

from .helpers import current_step, post_step, valid_data
from .tasks import run_email_tasks

pytestmark = pytest.mark.django_db


def actions(municipality_survey, participant_survey, invitation):
    """Every survey administration view and action: (method, URL, data)."""
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    batch = AccessCodeBatch.objects.create(survey=participant_survey, label="Ryhmä")
    return [
        ("get", "/admin/survey-status/", {}),
        ("get", board, {}),
        ("get", board, {"export": "pending"}),  # contact addresses: survey managers only
        ("post", board, {"action": "reopen", "response": invitation.response.pk}),
        ("post", board, {"action": "remind"}),
        ("post", board, {"action": "new_link", "invitation": invitation.pk}),
        ("post", board, {"action": "invite", "scope": "selection", "emails": "046: hyokkaaja@example.com"}),
        (
            "post",
            board,
            {"action": "schedule_reminder", "send_at": local_input(timezone.now() + datetime.timedelta(days=1))},
        ),
        ("get", f"/admin/survey-status/{participant_survey.pk}/access-codes/", {}),
        ("post", f"/admin/survey-status/{participant_survey.pk}/access-codes/", {"label": "Luokka", "count": "5"}),
        ("get", f"/admin/survey-status/access-codes/{batch.pk}/print/", {}),
    ]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_cannot_administer_surveys(
    client, group, municipality_survey, participant_survey, invited_and_sent, django_capture_on_commit_callbacks
):
    _survey, invitation, _url = invited_and_sent
    client.force_login(UserFactory(groups=[group]))
    before = (Invitation.objects.count(), AccessCodeBatch.objects.count(), InvitationEvent.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        for method, url, data in actions(municipality_survey, participant_survey, invitation):
            assert getattr(client, method)(url, data).status_code == 403, (method, url, data)
    invitation.response.refresh_from_db()
    assert invitation.response.status == ResponseStatus.SUBMITTED
    assert (Invitation.objects.count(), AccessCodeBatch.objects.count() - 1, InvitationEvent.objects.count()) == before
    assert not DBTaskResult.objects.exists()
    assert "survey-status" not in client.get("/admin/").content.decode()  # not in the menu either


def test_survey_managers_administer_surveys(client, municipality_survey, participant_survey, invited_and_sent):
    _survey, invitation, _url = invited_and_sent
    client.force_login(UserFactory(groups=["Survey managers"]))
    assert "survey-status" in client.get("/admin/").content.decode()
    for method, url, data in actions(municipality_survey, participant_survey, invitation):
        assert getattr(client, method)(url, data).status_code in (200, 302), (method, url, data)
    invitation.response.refresh_from_db()
    assert invitation.response.status == ResponseStatus.IN_PROGRESS
    kinds = set(InvitationEvent.objects.filter(invitation=invitation).values_list("kind", flat=True))
    assert {"reopened", "new_link"} <= kinds


def test_a_reminder_reaches_a_municipality_at_most_once_a_day_with_a_new_link(
    client, invited, municipality_survey, django_capture_on_commit_callbacks
):
    invitation, old_token, old_link = invited
    Invitation.objects.filter(survey=municipality_survey).exclude(pk=invitation.pk).update(contacted_at=None)
    manager = UserFactory(groups=["Survey managers"])
    client.force_login(manager)
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(board, {"action": "remind"}).status_code == 302
        assert client.post(board, {"action": "remind"}).status_code == 302  # pressed again: nobody twice
    run_email_tasks()
    to_helsinki = [m for m in mail.outbox if m.to == ["kirjaamo@hel.example.fi"]]
    assert len(to_helsinki) == 1
    assert (
        len(mail.outbox)
        == Invitation.objects.filter(survey=municipality_survey)
        .exclude(response__status=ResponseStatus.SUBMITTED)
        .count()
    )
    link = next(word for word in to_helsinki[0].body.split() if word.startswith("http://testserver/"))
    assert Client().get(link, follow=True).status_code == 200
    assert Client().get(old_link, follow=True).status_code == 404  # the earlier link no longer works
    event = InvitationEvent.objects.get(invitation=invitation)
    assert event.kind == "reminded" and event.user == manager


def test_a_new_link_replaces_a_lost_one_and_is_recorded(
    client, invited, municipality_survey, django_capture_on_commit_callbacks
):
    invitation, _token, old_link = invited
    manager = UserFactory(groups=["Survey managers"])
    client.force_login(manager)
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    assert f'name="invitation" value="{invitation.pk}"' in client.get(board).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(board, {"action": "new_link", "invitation": invitation.pk}).status_code == 302
    run_email_tasks()
    [message] = mail.outbox
    link = next(word for word in message.body.split() if word.startswith("http://testserver/"))
    assert Client().get(link, follow=True).status_code == 200
    assert Client().get(old_link, follow=True).status_code == 404
    assert InvitationEvent.objects.filter(invitation=invitation, kind="new_link", user=manager).exists()
    assert manager.username in client.get(board).content.decode()  # the record shows who


@pytest.mark.parametrize(
    "data",
    [
        {"action": "reopen", "response": "abc"},
        {"action": "reopen", "response": "99999999"},
        {"action": "reopen"},
        {"action": "new_link", "invitation": "1e9"},
        {"action": "unknown"},
    ],
)
def test_a_tampered_action_gets_a_message_and_a_400(client, municipality_survey, invited_and_sent, data):
    _survey, invitation, _url = invited_and_sent
    client.force_login(UserFactory(groups=["Survey managers"]))
    response = client.post(f"/admin/survey-status/{municipality_survey.pk}/", data)
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    invitation.response.refresh_from_db()
    assert invitation.response.status == ResponseStatus.SUBMITTED


def test_a_municipality_that_submitted_and_lost_its_link_gets_a_new_one_to_read_its_answers(
    client, municipality_survey, invited_and_sent, django_capture_on_commit_callbacks
):
    _survey, invitation, _old = invited_and_sent
    client.force_login(UserFactory(groups=["Survey managers"]))
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(board, {"action": "new_link", "invitation": invitation.pk}).status_code == 302
    run_email_tasks()
    link = next(word for word in mail.outbox[-1].body.split() if word.startswith("http://testserver/"))
    assert "Testi" in Client().get(link, follow=True).content.decode()  # the submitted answers, with who sent them


def test_a_response_of_a_closed_survey_is_not_reopened(client, municipality_survey, invited_and_sent):
    import datetime

    from django.utils import timezone

    from surveys.models import SurveyPage

    _survey, invitation, url = invited_and_sent
    SurveyPage.objects.filter(pk=municipality_survey.pk).update(closes_at=timezone.now() - datetime.timedelta(days=1))
    client.force_login(UserFactory(groups=["Survey managers"]))
    refused = client.post(
        f"/admin/survey-status/{municipality_survey.pk}/", {"action": "reopen", "response": invitation.response.pk}
    )
    assert refused.status_code == 400 and 'role="alert"' in refused.content.decode()
    invitation.response.refresh_from_db()
    assert invitation.response.status == ResponseStatus.SUBMITTED
    assert "Testi" in Client().get(url).content.decode()  # still readable through its link


def cells(html, title):
    """The text of each cell of the status index's row of the survey `title`."""
    row = next(row for row in re.findall(r"<tr>(.*?)</tr>", html, re.S) if f">{title}</a>" in row)
    return [
        " ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
    ]


def test_the_status_index_lists_every_round_with_its_state_dates_and_counts(client):
    now = timezone.now()
    week = datetime.timedelta(days=7)
    open_round = SurveyPageFactory(title="Avoin kierros", round_year=2031, opens_at=now - week, closes_at=now + week)
    SurveyPageFactory(title="Päättynyt kierros", round_year=2030, closed=True)
    SurveyPageFactory(title="Luonnoskierros", round_year=2033, live=False, publish=False)
    SurveyPageFactory(title="Ajastettu kierros", round_year=2032, live=False, publish=False, go_live_at=now + week)
    respond(open_round, {"helped": True})
    respond(open_round, {"helped": False})
    client.force_login(UserFactory(groups=["Survey managers"]))
    response = client.get("/admin/survey-status/")
    html = response.content.decode()
    assert cells(html, "Avoin kierros")[:8] == [
        "Avoin kierros", "Toimintaohjelman osallistujat, nimettömästi", "2031", "Avoinna",
        f"{short_date(now - week)}–{short_date(now + week)}", "–", "–", "2",
    ]  # fmt: skip
    assert cells(html, "Päättynyt kierros")[3] == "Suljettu"
    assert cells(html, "Luonnoskierros")[3] == "Luonnos"
    assert cells(html, "Ajastettu kierros")[3] == "Ajastettu"
    titles = re.findall(r'<th scope="row"><a [^>]+>([^<]+)</a>', html)
    assert titles[:4] == ["Luonnoskierros", "Ajastettu kierros", "Avoin kierros", "Päättynyt kierros"]  # newest first
    municipality_round = SurveyPage.objects.get(audience="municipalities", round_year=2026, locale__language_code="fi")
    invitations = Invitation.objects.filter(survey=municipality_round)
    started, submitted = invitations.filter(response__isnull=False), invitations.filter(response__status="submitted")
    expected = [str(invitations.count()), str(started.count()), str(submitted.count())]
    assert cells(html, municipality_round.title)[5:8] == expected and started.count() > submitted.count() > 0


def test_the_status_index_costs_the_same_queries_for_any_number_of_rounds(client):
    client.force_login(UserFactory(groups=["Survey managers"]))
    client.get("/admin/survey-status/")  # the admin's own first-request queries
    with CaptureQueriesContext(connection) as before:
        client.get("/admin/survey-status/")
    for year in (2040, 2041, 2042):
        respond(SurveyPageFactory(round_year=year), {"helped": True})
    with CaptureQueriesContext(connection) as after:
        client.get("/admin/survey-status/")
    assert len(after) == len(before)


def short_date(moment):
    with translation.override("fi"):
        return formats.date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT")


def test_the_board_shows_when_a_municipality_opened_and_last_saved_and_finds_it(client, invited, municipality_survey):
    invitation, _token, url = invited  # Helsinki
    opened = client.get(url, follow=True)
    prefix, step = current_step(opened.content.decode())
    before = timezone.now()
    post_step(client, opened.redirect_chain[-1][0], prefix, step, valid_data(opened.context["wizard"]["form"]))
    invitation.refresh_from_db()
    assert before <= invitation.response.saved_at <= timezone.now()
    manager = Client()
    manager.force_login(UserFactory(groups=["Survey managers"]))
    html = manager.get(f"/admin/survey-status/{municipality_survey.pk}/?q=helsin").content.decode()
    pending = re.search(r'<h2 id="pending">(.*?)</table>', html, re.S).group(1)
    assert re.findall(r'<th scope="row">([^<]+)</th>', pending) == ["Helsinki"]
    row = re.findall(r"<td>(.*?)</td>", pending, re.S)  # Helsinki's, the only row
    assert short_datetime(invitation.opened_at) in row and short_datetime(invitation.response.saved_at) in row
    assert "(1)" in pending.split("</h2>")[0]
    by_code = manager.get(f"/admin/survey-status/{municipality_survey.pk}/?q=091").content.decode()
    assert "Helsinki" in re.search(r'<h2 id="pending">(.*?)</table>', by_code, re.S).group(1)


def test_the_board_pages_its_lists(client, municipality_survey):
    invited = Invitation.objects.filter(survey=municipality_survey).values("municipality")
    for municipality in Municipality.objects.exclude(pk__in=invited)[:30]:
        Invitation.create(municipality_survey, municipality, "kirjaamo@kunta.example.fi")
    pending = Invitation.objects.filter(survey=municipality_survey).exclude(response__status="submitted")
    names = sorted(pending.values_list("municipality__name_fi", flat=True))
    assert len(names) > 50  # more than a page
    client.force_login(UserFactory(groups=["Survey managers"]))
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    first = client.get(board).content.decode()
    second = client.get(board + "?pending_page=2").content.decode()

    def listed(html):
        part = re.search(r'<h2 id="pending">(.*?)</table>', html, re.S).group(1)
        return re.findall(r'<th scope="row">([^<]+)</th>', part)

    assert listed(first) + listed(second) == names[:100]  # fifty a page, in order, none twice
    assert 'href="?pending_page=2" rel="next"' in first
    assert listed(client.get(board + "?pending_page=999").content.decode()) == listed(
        client.get(board + f"?pending_page={(len(names) + 49) // 50}").content.decode()
    )  # past the end: the last page, not an error


def test_the_list_of_those_not_submitted_downloads_with_their_addresses(client, municipality_survey):
    client.force_login(UserFactory(groups=["Survey managers"]))
    response = client.get(f"/admin/survey-status/{municipality_survey.pk}/?export=pending")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    expected = Invitation.objects.filter(survey=municipality_survey).exclude(response__status="submitted")
    assert rows[0][:3] == ["Koodi", "Kunta", "Tila"] and len(rows) - 1 == expected.count()
    by_code = {row[0]: row for row in rows[1:]}
    for invitation in expected.select_related("municipality"):
        row = by_code[invitation.municipality.code]
        assert row[1] == invitation.municipality.name_fi
        assert row[6] == ", ".join(invitation.emails.split())
        has_response = hasattr(invitation, "response")
        assert row[2] == ("Kesken" if has_response else "Avattu" if invitation.opened_at else "Ei avattu")


def test_who_took_the_list_of_those_not_submitted_is_in_the_survey_s_history(client, municipality_survey):
    from wagtail.models import PageLogEntry

    manager = UserFactory(groups=["Survey managers"])
    client.force_login(manager)
    client.get(f"/admin/survey-status/{municipality_survey.pk}/?export=pending&q=Hel")
    [entry] = PageLogEntry.objects.filter(page=municipality_survey, action="kuntaan.surveys.pending_list")
    assert entry.user == manager and entry.data["search"] == "Hel"
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    history = client.get(f"/admin/pages/{municipality_survey.pk}/history/").content.decode()
    assert "Latasi luettelon kunnista, jotka eivät ole lähettäneet vastaustaan" in history


def short_datetime(moment):
    with translation.override("fi"):
        return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def local_input(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_a_reminder_scheduled_on_the_board_is_sent_once_when_its_time_comes(
    client, municipality_survey, django_capture_on_commit_callbacks
):
    manager = UserFactory(groups=["Survey managers"])
    client.force_login(manager)
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    send_at = (timezone.now() + datetime.timedelta(days=2)).replace(second=0, microsecond=0)
    response = client.post(board, {"action": "schedule_reminder", "send_at": local_input(send_at)})
    assert response.status_code == 302
    reminder = ScheduledReminder.objects.get(survey=municipality_survey)
    assert reminder.send_at == send_at and reminder.sent_at is None and reminder.created_by == manager
    html = client.get(board).content.decode()
    assert short_datetime(send_at) in re.search(r'<h2 id="scheduled">.*?</table>', html, re.S).group(0)
    assert "Odottaa" in html

    Invitation.objects.filter(survey=municipality_survey).update(contacted_at=None)
    pending = Invitation.objects.filter(survey=municipality_survey).exclude(response__status=ResponseStatus.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_reminders(now=send_at - datetime.timedelta(minutes=1)) == 0  # not yet
        assert send_due_reminders(now=send_at) == 1
        assert send_due_reminders(now=send_at + datetime.timedelta(minutes=5)) == 0  # once only
    run_email_tasks()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(i.emails.split()[0] for i in pending)
    reminder.refresh_from_db()
    assert reminder.sent_at == send_at and reminder.reminded == pending.count()
    reminded = InvitationEvent.objects.filter(kind="reminded", user=manager).count()
    assert reminded == pending.count()  # recorded as the manager who scheduled it


@pytest.mark.parametrize(
    "when", [datetime.timedelta(hours=-1), datetime.timedelta(days=400)], ids=["past", "after closing"]
)
def test_a_reminder_cannot_be_scheduled_in_the_past_or_after_the_survey_closes(client, municipality_survey, when):
    client.force_login(UserFactory(groups=["Survey managers"]))
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    response = client.post(board, {"action": "schedule_reminder", "send_at": local_input(timezone.now() + when)})
    assert response.status_code == 400
    assert "tulevaisuudessa" in response.content.decode() or "ennen kuin kysely sulkeutuu" in response.content.decode()
    assert not ScheduledReminder.objects.exists()


def test_a_waiting_reminder_can_be_cancelled_and_a_sent_one_cannot(client, municipality_survey):
    client.force_login(UserFactory(groups=["Survey managers"]))
    board = f"/admin/survey-status/{municipality_survey.pk}/"
    later = timezone.now() + datetime.timedelta(days=1)
    waiting = ScheduledReminder.objects.create(survey=municipality_survey, send_at=later)
    sent = ScheduledReminder.objects.create(survey=municipality_survey, send_at=later, sent_at=later, reminded=3)
    assert client.post(board, {"action": "cancel_reminder", "reminder": sent.pk}).status_code == 400
    assert client.post(board, {"action": "cancel_reminder", "reminder": waiting.pk}).status_code == 302
    assert list(ScheduledReminder.objects.all()) == [sent]


def test_a_survey_closed_before_its_reminder_reminds_no_one(municipality_survey):
    reminder = ScheduledReminder.objects.create(survey=municipality_survey, send_at=timezone.now())
    SurveyPage.objects.filter(pk=municipality_survey.pk).update(closes_at=timezone.now() - datetime.timedelta(hours=1))
    assert send_due_reminders() == 1
    reminder.refresh_from_db()
    assert reminder.reminded == 0 and not DBTaskResult.objects.exists()


def test_the_board_speaks_the_admin_users_language(client, municipality_survey):
    """Region names and the board's own words in the language the user chose for the admin (Swedish here)."""
    manager = UserFactory(groups=["Survey managers"])
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(manager)
    html = client.get(f"/admin/survey-status/{municipality_survey.pk}/").content.decode()
    regions = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    assert "Nyland" in regions and "Egentliga Finland" in regions and "Uusimaa" not in regions
    assert ">Ännu inte inskickat (" in html  # the heading of the list, in Swedish
