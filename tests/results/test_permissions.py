"""Every results view, with a filter, an assigned and an unassigned question, by every role: the status decided
for each. A new results view (any admin URL named results_…) fails here until its row is written."""

import pytest
from django.test import Client
from django.urls import get_resolver
from wagtail.models import Locale

from results.models import Assignment, WorkingGroup
from tests.factories import ExportFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "Editors",
    "Survey managers",
    "Steering group",
    "member elsewhere",  # a working group assigned the municipal survey
    "member",  # a working group assigned two questions of the participants' survey
    "Evaluators",
    "Programme staff",
    "superuser",
]
# (URL name, path after /admin/results/{pk}/, statuses in the order of ROLES). 302: to the sign-in; 403: no
# results at all; 404: a survey or question the role may not see (as if it did not exist); 400: a bad filter.
MATRIX = [
    ("results_index", "", "302 403 403 403 200 200 200 200 200"),
    ("results_survey", "{pk}/", "302 403 403 403 404 200 200 200 200"),
    # What a results block can show, for those who edit pages: the questions and areas, never a figure.
    ("results_block_options", "block-options/{pk}/", "302 200 403 403 403 403 403 403 200"),
    # A participant's area is their answer to the home municipality question, which the member is not assigned:
    # no area filter for them (stepping through the regions would show that question's figures).
    ("results_survey", "{pk}/?area=region:01", "302 403 403 403 404 400 200 200 200"),
    ("results_survey", "{pk}/?language=ar", "302 403 403 403 404 200 200 200 200"),
    ("results_survey", "{pk}/?area=region:99", "302 403 403 403 404 400 400 400 400"),
    (
        "results_crosstab",
        "{pk}/crosstab/?row=activity_helpful&column=feel_welcome",
        "302 403 403 403 404 200 200 200 200",
    ),
    ("results_crosstab", "{pk}/crosstab/?row=activity_helpful&column=age_group", "302 403 403 403 404 404 200 200 200"),
    ("results_trend", "{pk}/trend/activity_helpful/", "302 403 403 403 404 200 200 200 200"),
    (
        "results_crosstab",
        "{pk}/crosstab/?row=activity_helpful&column=feel_welcome&language=ar",
        "302 403 403 403 404 400 400 400 400",
    ),
    ("results_trend", "{pk}/trend/age_group/", "302 403 403 403 404 404 200 200 200"),
    ("results_trend", "{pk}/trend/activity_helpful/?area=region:01", "302 403 403 403 404 400 200 200 200"),
    ("results_exports", "{pk}/export/?area=region:01", "302 403 403 403 404 400 200 200 200"),
    ("results_texts", "{pk}/texts/anything_else/", "302 403 403 403 404 404 404 200 200"),
    ("results_texts", "{pk}/texts/anything_else/?language=ar", "302 403 403 403 404 404 404 200 200"),
    # The response rate by area (?by=) is shown to evaluators and staff; a member's dashboard has none to group.
    ("results_survey", "{mpk}/?by=wellbeing_county", "302 403 403 403 200 404 200 200 200"),
    ("results_survey", "{mpk}/?by=nonsense", "302 403 403 403 200 404 400 400 400"),
    ("results_exports", "{pk}/export/?language=ar", "302 403 403 403 404 200 200 200 200"),
    ("results_figures_csv", "{pk}/export/figures.csv?language=ar", "302 403 403 403 404 200 200 200 200"),
    # Individual answers: a participants' survey's to programme staff, a municipality survey's to evaluators too.
    ("results_answers_csv", "{pk}/export/answers.csv", "302 403 403 403 404 404 404 200 200"),
    ("results_answers_csv", "{mpk}/export/answers.csv", "302 403 403 403 404 404 200 200 200"),
    ("results_answers_csv", "{mpk}/export/answers.csv?values=neither", "302 403 403 403 404 404 400 400 400"),
    ("results_codebook_csv", "{pk}/export/codebook.csv", "302 403 403 403 404 404 404 200 200"),
    ("results_codebook_csv", "{mpk}/export/codebook.csv", "302 403 403 403 404 404 200 200 200"),
    ("results_start_export", "{pk}/export/start/", "302 405 405 405 405 405 405 405 405"),
    ("results_export_log", "exports/", "302 403 403 403 404 404 404 200 200"),
    ("results_evaluation", "evaluation/", "302 403 403 403 404 404 200 200 200"),
    ("results_evaluation", "evaluation/?region=01", "302 403 403 403 404 404 200 200 200"),
    ("results_evaluation", "evaluation/?by_region=2026", "302 403 403 403 404 404 200 200 200"),
    # The superuser's export: its page to its maker and programme staff, its file to its maker only.
    ("results_export", "exports/{export}/", "302 403 403 403 404 404 404 200 200"),
    ("results_export_download", "exports/{export}/download/", "302 403 403 403 404 404 404 404 200"),
    ("results_export_retry", "exports/{export}/retry/", "302 405 405 405 405 405 405 405 405"),
]


# What changes something, posted: (URL name, path, data, statuses). 302 for those allowed: to what was made.
POSTED = [
    ("results_start_export", "{pk}/export/start/", {"format": "xlsx"}, "302 403 403 403 404 404 404 302 302"),
    ("results_start_export", "{mpk}/export/start/", {"format": "sav"}, "302 403 403 403 404 404 302 302 302"),
    ("results_start_export", "{mpk}/export/start/", {"format": "exe"}, "302 403 403 403 404 404 400 400 400"),
    # The superuser's failed export: tried again by its maker only.
    ("results_export_retry", "exports/{failed}/retry/", {}, "302 403 403 403 404 404 404 404 302"),
]


def member(series, questions=""):
    user = UserFactory(groups=["Working group members"])
    group = WorkingGroup.objects.create(name=f"Ryhmä {series}", locale=Locale.get_default())
    group.members.add(user)
    group.save()
    Assignment.objects.create(group=group, series=series, questions=questions)
    return user


@pytest.mark.parametrize("role", ROLES)
def test_every_results_view_gives_every_role_the_status_decided_for_it(role, participant_survey, municipality_survey):
    """One role at a time (the roles run side by side on pytest's workers)."""
    users = {
        "member elsewhere": member(municipality_survey.series),
        "member": member(participant_survey.series, "activity_helpful feel_welcome"),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }
    export = ExportFactory(user=users["superuser"], survey=participant_survey)
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(users.get(role) or UserFactory(groups=[role]))
    column = ROLES.index(role)
    wrong = []
    for _name, path, statuses in MATRIX:
        url = "/admin/results/" + path.format(pk=participant_survey.pk, mpk=municipality_survey.pk, export=export.pk)
        expected, actual = statuses.split()[column], str(client.get(url).status_code)
        if actual != expected:
            wrong.append(f"{url}: expected {expected}, got {actual}")
    assert wrong == [], f"as {role}"


def test_every_results_action_gives_every_role_the_status_decided_for_it(participant_survey, municipality_survey):
    users = {
        "member elsewhere": member(municipality_survey.series),
        "member": member(participant_survey.series, "activity_helpful feel_welcome"),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }
    wrong = []
    for _name, path, data, expected in POSTED:
        statuses = []
        for role in ROLES:
            client = Client(raise_request_exception=False)
            if role != "anonymous":
                client.force_login(users.get(role) or UserFactory(groups=[role]))
            failed = ExportFactory(user=users["superuser"], survey=participant_survey, state="failed")
            url = "/admin/results/" + path.format(
                pk=participant_survey.pk, mpk=municipality_survey.pk, failed=failed.pk
            )
            statuses.append(str(client.post(url, data).status_code))
        if " ".join(statuses) != expected:
            wrong.append(f"{path} {data}: expected {expected}, got {' '.join(statuses)}")
    assert wrong == []


def test_every_results_view_is_in_the_matrix():
    names = {
        pattern.name
        for pattern in _patterns(get_resolver().url_patterns)
        if (pattern.name or "").startswith("results_")
    }
    assert names == {name for name, _path, _statuses in MATRIX}


def _patterns(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _patterns(pattern.url_patterns)
        else:
            yield pattern


def signed_in(role, participant_survey, municipality_survey):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        users = {
            "member elsewhere": lambda: member(municipality_survey.series),
            "member": lambda: member(participant_survey.series, "activity_helpful feel_welcome"),
            "superuser": lambda: UserFactory(is_superuser=True, is_staff=True),
        }
        client.force_login(users.get(role, lambda: UserFactory(groups=[role]))())
    return client


@pytest.mark.parametrize("role", ROLES)
def test_the_public_results_and_a_municipality_s_comparison_are_the_same_for_every_role(
    role, participant_survey, municipality_survey, invited_and_sent
):
    """Published results (the page, the pages API, the CSV) are public and the comparison is the invitation's:
    no role sees more or less there, and a signed-in role opens no draft's figures nor another token's
    comparison."""
    import json

    from pages.models import HomePage
    from results.models import ResultsPage
    from surveys.models import SurveyPage

    closed = SurveyPage.objects.get(series=participant_survey.series, round_year=2025, locale__language_code="fi")
    value = {"caption": "", "survey": closed.pk, "show": "question", "question": "feel_welcome"}
    value |= {"column_question": "", "area": "", "language": ""}
    body = json.dumps([{"type": "result", "id": "b", "value": value}])
    home = HomePage.objects.get(locale__language_code="fi")
    live = home.add_child(instance=ResultsPage(title="Tuloksia", slug="tuloksia-matriisi", body=body))
    live.save_revision().publish()
    draft = home.add_child(instance=ResultsPage(title="Luonnos", slug="luonnos-matriisi", body=body, live=False))
    _survey, _invitation, comparison = invited_and_sent
    client = signed_in(role, participant_survey, municipality_survey)
    api = client.get(f"/api/v2/pages/{live.pk}/?fields=published_results")
    [published] = api.json()["published_results"]
    csv = client.get(f"/api/v2/results/{published['id']}/csv/")
    statuses = {
        "page": client.get(live.url).status_code,
        "api": api.status_code,
        "csv": csv.status_code,
        "draft in the api": client.get(f"/api/v2/pages/{draft.pk}/").status_code,
        "comparison": client.get(comparison + "comparison/").status_code,
        "another token's comparison": client.get(comparison.replace("/i/", "/i/x") + "comparison/").status_code,
    }
    assert statuses == {
        "page": 200,
        "api": 200,
        "csv": 200,
        "draft in the api": 404,
        "comparison": 200,
        "another token's comparison": 404,
    }
    assert csv.content == Client().get(f"/api/v2/results/{published['id']}/csv/").content  # the anonymous one's
