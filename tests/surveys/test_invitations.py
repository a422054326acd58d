"""Inviting municipalities, reminding them, and the status board's counts."""

import re

import pytest
from django.core import mail
from django.test import Client
from django_tasks_db.models import DBTaskResult

from surveys.invitations import invite, municipalities_for, remind, status_by_area
from surveys.models import Invitation, ResponseStatus
from tests.factories import UserFactory

from .helpers import current_step, post_step, valid_data
from .tasks import run_email_tasks

pytestmark = pytest.mark.django_db


def test_municipalities_of_a_region_and_of_an_elinvoimakeskus_by_the_surveys_year(municipality_survey):
    uusimaa = municipalities_for(municipality_survey, "region", "01")
    assert "091" in {m.code for m in uusimaa} and len(uusimaa) == 26
    assert len(municipalities_for(municipality_survey, "all")) == 308  # round 2025
    ely_2025 = municipalities_for(municipality_survey, "regional_centre", "01")  # Uudenmaan ELY-keskus in 2025
    assert "091" in {m.code for m in ely_2025}


def test_invitations_are_e_mailed_by_the_worker_after_commit(municipality_survey, django_capture_on_commit_callbacks):
    Invitation.objects.filter(survey=municipality_survey, municipality__code__in=["020", "005"]).delete()
    municipalities = municipalities_for(municipality_survey, "selection", codes=["020", "005"])
    with django_capture_on_commit_callbacks() as on_commit:
        invited, skipped, missing = invite(
            municipality_survey, municipalities, {"020": ["kirjaamo@akaa.example.fi"]}, {"fi": "https://x/i/"}
        )
    assert [i.municipality.code for i in invited] == ["020"]
    assert [m.code for m in missing] == ["005"] and skipped == []
    assert not DBTaskResult.objects.exists()  # nothing queued before the invitations are committed
    for callback in on_commit:
        callback()
    assert mail.outbox == []  # queued, not sent in the request
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    run_email_tasks()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kirjaamo@akaa.example.fi"] and "https://x/i/" in message.body
    token = message.body.split("https://x/i/")[1].split("/")[0]
    assert Invitation.for_token(token) == invited[0]
    # The link is in the e-mail only: not in the queue's table (arguments, result), nor anywhere else stored.
    assert token not in str(list(DBTaskResult.objects.values()))
    assert not Invitation.objects.filter(token_hash=token).exists()


# The language status of each in 2026, from Statistics Finland's classification: 00 Finnish, 01 bilingual with a
# Finnish majority, 02 Swedish, 03 bilingual with a Swedish majority.
WRITTEN_TO = {
    "020": [("fi", "Akaa")],
    "478": [("sv", "Mariehamn")],
    "091": [("fi", "Helsinki"), ("sv", "Helsingfors")],
    "545": [("sv", "Närpes"), ("fi", "Närpiö")],
}
SUBJECTS = {"fi": "Kysely: {survey} ({municipality})", "sv": "Enkät för {municipality}: {survey}"}


@pytest.mark.parametrize("code", WRITTEN_TO)
def test_a_municipality_is_written_to_in_its_own_languages_with_each_languages_link(
    municipality_survey, translation, django_capture_on_commit_callbacks, code
):
    Invitation.objects.filter(survey=municipality_survey, municipality__code=code).delete()
    prefixes = {lang: f"https://x{translation(municipality_survey, lang).url}i/" for lang in ("fi", "sv", "en")}
    with django_capture_on_commit_callbacks(execute=True):
        invite(municipality_survey, municipalities_for(municipality_survey, "selection", codes=[code]),
               {code: ["kirjaamo@kunta.example.fi"]}, prefixes)  # fmt: skip
    run_email_tasks()
    (message,) = mail.outbox
    letters = WRITTEN_TO[code]
    titles = {lang: translation(municipality_survey, lang).title for lang, _name in letters}
    subjects = [SUBJECTS[lang].format(survey=titles[lang], municipality=name) for lang, name in letters]
    assert message.subject == " / ".join(subjects)
    parts = message.body.split("— — —")
    assert len(parts) == len(letters)
    tokens = set()
    for part, (lang, name) in zip(parts, letters, strict=True):
        survey = translation(municipality_survey, lang)
        assert name in part and f"“{survey.title}”" in part
        assert part.strip().startswith("Hej," if lang == "sv" else "Hei,")
        link = re.search(r"https://x(\S+)i/([\w-]+)/", part)
        assert link.group(1) == survey.url  # the survey in the letter's language
        tokens.add(link.group(2))
    assert len(tokens) == 1 and Invitation.for_token(tokens.pop()).municipality.code == code


def test_reminders_go_to_those_who_have_not_submitted(municipality_survey, django_capture_on_commit_callbacks):
    pending = Invitation.objects.filter(survey=municipality_survey).exclude(response__status=ResponseStatus.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        count = remind(municipality_survey, {"fi": "https://x/i/"})
    assert count == pending.count() > 0
    run_email_tasks()
    assert len(mail.outbox) == count


def test_status_board_counts_by_region(municipality_survey, django_assert_num_queries):
    with django_assert_num_queries(1):
        rows = list(status_by_area(municipality_survey))
    invitations = Invitation.objects.filter(survey=municipality_survey)
    assert sum(r["invited"] for r in rows) == invitations.count()
    assert sum(r["submitted"] for r in rows) == invitations.filter(response__status=ResponseStatus.SUBMITTED).count()
    assert all(r["submitted"] <= r["invited"] for r in rows)


def test_the_board_counts_an_invitation_opened_then_started(client, invited, municipality_survey):
    _invitation, _token, url = invited  # Helsinki, in Uusimaa

    def uusimaa():
        return next(r for r in status_by_area(municipality_survey) if r["code"] == "01")

    before = uusimaa()
    opened = client.get(url, follow=True)
    assert uusimaa() == {**before, "opened": before["opened"] + 1}
    prefix, step = current_step(opened.content.decode())
    post_step(client, opened.redirect_chain[-1][0], prefix, step, valid_data(opened.context["wizard"]["form"]))
    assert uusimaa() == {**before, "opened": before["opened"] + 1, "in_progress": before["in_progress"] + 1}


def test_status_board_in_the_admin(client, django_user_model, municipality_survey, django_capture_on_commit_callbacks):
    moderator = UserFactory(username="mod", groups=["Survey managers"])
    client.force_login(moderator)
    url = f"/admin/survey-status/{municipality_survey.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert "Uusimaa" in response.content.decode()

    Invitation.objects.filter(survey=municipality_survey, municipality__code="046").delete()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            url, {"action": "invite", "scope": "selection", "code": "", "emails": "46: kunta@enonkoski.example.fi"}
        )
    assert done.status_code == 302
    assert Invitation.objects.filter(survey=municipality_survey, municipality__code="046").exists()
    run_email_tasks()
    link = next(word for word in mail.outbox[-1].body.split() if word.startswith("http://testserver/"))
    assert "Enonkoski" in Client().get(link, follow=True).content.decode()  # the e-mailed link opens the survey
    before = Invitation.objects.count()
    bad = client.post(url, {"action": "invite", "scope": "selection", "code": "", "emails": "049: not-an-address"})
    assert bad.status_code == 200 and "emails" in bad.context["form"].errors
    assert Invitation.objects.count() == before


def test_staff_reopen_a_submitted_response_with_its_answers_in_place(client, django_user_model, invited_and_sent):
    survey, invitation, url = invited_and_sent
    moderator = UserFactory(username="mod2", groups=["Survey managers"])
    client.force_login(moderator)
    response = invitation.response
    board = client.get(f"/admin/survey-status/{survey.pk}/")
    assert f'name="response" value="{response.pk}"' in board.content.decode()
    client.post(f"/admin/survey-status/{survey.pk}/", {"action": "reopen", "response": response.pk})
    response.refresh_from_db()
    assert response.status == ResponseStatus.IN_PROGRESS
    # The municipality's link opens the form again, with the answers given before.
    client.logout()
    page = client.get(url, follow=True)
    assert (
        page.status_code == 200
        and 'name="wizard_goto_step"' in page.content.decode()
        or "current_step" in page.content.decode()
    )
    assert response.draft.get("step_data")


def test_contact_addresses_from_a_spreadsheets_csv_file(
    client, django_user_model, municipality_survey, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    moderator = UserFactory(username="mod3", groups=["Survey managers"])
    client.force_login(moderator)
    url = f"/admin/survey-status/{municipality_survey.pk}/"
    Invitation.objects.filter(survey=municipality_survey, municipality__code__in=["046", "049"]).delete()
    before = Invitation.objects.count()

    # As Excel saves it in Finland: semicolons, Windows-1252, a header row; one line has two mistakes.
    bad = "Kunta;Osoitteet\r\n46;kunta@enonkoski.example.fi\r\n999;a@example.fi\r\n49;ei-osoite, b@espoo.example.fi\r\n"
    upload = SimpleUploadedFile("yhteystiedot.csv", bad.encode("cp1252"), content_type="text/csv")
    refused = client.post(url, {"action": "invite", "scope": "selection", "emails_file": upload})
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "999" in html and "ei-osoite" in html  # every mistake, by line
    assert Invitation.objects.count() == before  # nothing sent from a file with mistakes

    good = (
        "kunta,osoite,osoite\n"
        "46,kunta@enonkoski.example.fi,\n"
        "049,kirjaamo@espoo.example.fi,maahanmuutto@espoo.example.fi\n"
    )
    upload = SimpleUploadedFile("yhteystiedot.csv", ("\ufeff" + good).encode("utf-8"), content_type="text/csv")
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url, {"action": "invite", "scope": "selection", "emails_file": upload})
    assert done.status_code == 302
    espoo = Invitation.objects.get(survey=municipality_survey, municipality__code="049")
    assert espoo.emails.split() == ["kirjaamo@espoo.example.fi", "maahanmuutto@espoo.example.fi"]
    assert Invitation.objects.count() == before + 2


@pytest.mark.parametrize(
    "content",
    [
        "205;kirjaamo@kajaani.example.fi;maahanmuutto@kajaani.example.fi\n091;kirjaamo@hel.example.fi\n",
        "Kunta;Osoite;Osoite\n205;kirjaamo@kajaani.example.fi;maahanmuutto@kajaani.example.fi\n91;kirjaamo@hel.example.fi\n",
        "205,kirjaamo@kajaani.example.fi,maahanmuutto@kajaani.example.fi\n091,kirjaamo@hel.example.fi\n",
        "205\tkirjaamo@kajaani.example.fi\tmaahanmuutto@kajaani.example.fi\n091\tkirjaamo@hel.example.fi\n",
        "205;kirjaamo@kajaani.example.fi, maahanmuutto@kajaani.example.fi\n091;kirjaamo@hel.example.fi\n",
    ],
    ids=["semicolons", "header", "commas", "tabs", "commas-in-a-cell"],
)
def test_a_contact_file_with_rows_of_different_lengths_is_read(content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from surveys.contacts import addresses_by_code, rows_from_file

    upload = SimpleUploadedFile("osoitteet.csv", content.encode("utf-8"), content_type="text/csv")
    assert addresses_by_code(list(rows_from_file(upload)), 2025) == {
        "205": ["kirjaamo@kajaani.example.fi", "maahanmuutto@kajaani.example.fi"],
        "091": ["kirjaamo@hel.example.fi"],
    }
