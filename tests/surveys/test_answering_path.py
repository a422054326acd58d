"""The answering steps are served from the cached live survey (surveys.live): a step touches only the session,
the page tree still decides for a restricted survey, and a publish shows at once."""

import copy
import csv
import datetime
import re
import uuid
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.sessions.backends.cache import KEY_PREFIX
from django.core.cache import cache, caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from core import page_cache
from reference.choices import municipality_choices
from reference.importer import DATA_DIR, import_municipalities
from surveys.kinds import SCALE_VALUES
from surveys.models import SurveyResponse
from tests import redis
from tests.redis import needs_redis

from .helpers import DATA_STATEMENT, current_step, fill_until_review, post_step, statements, valid_data

pytestmark = pytest.mark.django_db


def answer_url(survey, step=None):
    return survey.url + survey.reverse_subpage("answer", kwargs={"step": step} if step else None)


def publish(survey, raw_sections):
    survey.sections = list(raw_sections)
    survey.save_revision().publish()


def first_step(client, survey):
    response = client.get(answer_url(survey), follow=True)
    prefix, step = current_step(response.content.decode())
    return response, prefix, step


def test_a_step_post_touches_no_table(client, participant_survey):
    """The answers wait in the session, which is in the sessions cache: not in the database until sent."""
    response, prefix, step = first_step(client, participant_survey)
    answers = valid_data(response.context["wizard"]["form"])
    url = answer_url(participant_survey, step)
    post_step(client, url, prefix, step, answers)
    for _ in range(2):  # the same on every post: nothing grows with the survey, the page tree or the answers
        with CaptureQueriesContext(connection) as captured:
            assert post_step(client, url, prefix, step, answers).status_code == 302
        assert statements(captured) == []
    assert client.session[f"wizard_survey_{participant_survey.translation_key.hex}"]["step_data"][step]


@needs_redis
def test_unsent_answers_wait_in_redis_as_in_production(client, participant_survey):
    with override_settings(CACHES=redis.CACHES):
        caches["sessions"].clear()
        try:
            response, prefix, step = first_step(client, participant_survey)
            answers = valid_data(response.context["wizard"]["form"])
            post_step(client, answer_url(participant_survey, step), prefix, step, answers)
            assert caches["sessions"].has_key(KEY_PREFIX + client.cookies[settings.SESSION_COOKIE_NAME].value)
            again = client.get(answer_url(participant_survey, step))
            assert again.context["wizard"]["form"].data  # the step comes back filled in
        finally:
            caches["sessions"].clear()


def test_a_submit_stores_the_response_and_its_answers_both_or_neither(client, participant_survey):
    review_url, prefix, _ = fill_until_review(client, answer_url(participant_survey))
    with CaptureQueriesContext(connection) as captured:
        assert client.post(review_url, {f"{prefix}-current_step": "review"}).url.endswith("/thanks/")
    data = statements(captured)
    if connection.vendor == "postgresql":  # one statement, atomic by itself: one round trip to the server
        assert len(data) == 1
        assert data[0].startswith('WITH response AS (INSERT INTO "surveys_surveyresponse"')
        assert ') INSERT INTO "surveys_answer"' in data[0]
    else:  # the response, then every answer with one compiled statement, inside one transaction
        assert [re.sub(r"^\d+ times: ", "", sql).split()[0:3] for sql in data] == [
            ["INSERT", "INTO", '"surveys_surveyresponse"'],
            ["INSERT", "INTO", '"surveys_answer"'],
        ]
        # The test runs in a transaction, so the submit's own becomes a savepoint: both happen inside it.
        sql = [query["sql"] for query in captured.captured_queries]
        first = next(line for line in sql if line.startswith("SAVEPOINT")).split()[1]
        inside = sql[sql.index(f"SAVEPOINT {first}") : sql.index(f"RELEASE SAVEPOINT {first}")]
        assert data == [line for line in inside if DATA_STATEMENT.match(line)]
    stored = SurveyResponse.objects.latest("pk")
    assert stored.answers.count() > 10 and stored.submission_key and stored.draft == {}
    scaled = [(answer.choice, answer.number) for answer in stored.answers.all() if SCALE_VALUES.get(answer.choice)]
    assert scaled and all(number == SCALE_VALUES[choice] for choice, number in scaled)  # stored as numbers
    wizards = [value for key, value in client.session.items() if key.startswith("wizard_")]
    assert wizards and all(not wizard["step_data"] for wizard in wizards)  # no answer is left in the session


def test_answers_are_stored_as_written_with_one_statement_for_any_number_of_them(participant_survey):
    texts = ["NULL", "null", "", ' "lainaus" \\ {aaltosulkeet}, pilkku', "rivi\nrivi", "äö ☃ مرحبا"]
    rows = [{"question": f"q{number}", "text": text} for number, text in enumerate(texts)]
    rows += [{"question": "n", "number": Decimal("12.25")}, {"question": "s", "number": 4}]  # a scale's, an int
    rows += [{"question": "d", "date": datetime.date(2026, 12, 6)}]
    statements_sent = []

    def sent(execute, sql, params, many, context):
        if DATA_STATEMENT.match(sql):
            statements_sent.append(sql)  # as written, before the values are put in
        return execute(sql, params, many, context)

    for answers in (rows, rows[:2]):
        with connection.execute_wrapper(sent):
            response_id = SurveyResponse.objects.insert(
                answers, survey_id=participant_survey.pk, revision_id=participant_survey.live_revision_id
            )
        stored = SurveyResponse.objects.get(pk=response_id).answers.order_by("pk")
        assert [(a.question, a.choice, a.number, a.text, a.date) for a in stored] == [
            (row["question"], "", row.get("number"), row.get("text", ""), row.get("date")) for row in answers
        ]
    if connection.vendor == "postgresql":
        assert len(statements_sent) == 2 and statements_sent[0] == statements_sent[1]


def test_a_published_change_is_asked_at_once(client, participant_survey):
    first_step(client, participant_survey)
    raw = participant_survey.sections.raw_data
    raw[0]["value"]["questions"][0]["value"]["label"] = "Uusi kysymysteksti"
    publish(participant_survey, raw)
    response, _prefix, _step = first_step(client, participant_survey)
    assert "Uusi kysymysteksti" in response.content.decode()


def test_an_unpublished_survey_cannot_be_answered(client, participant_survey):
    response, prefix, step = first_step(client, participant_survey)
    participant_survey.unpublish()
    answers = valid_data(response.context["wizard"]["form"])
    assert post_step(client, answer_url(participant_survey, step), prefix, step, answers).status_code == 404


def test_a_restricted_survey_asks_for_its_password_first(client, participant_survey):
    PageViewRestriction.objects.create(
        page=participant_survey, restriction_type=PageViewRestriction.PASSWORD, password="luokka"
    )
    response = client.get(answer_url(participant_survey), follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and 'name="password"' in html and "current_step" not in html


def test_answer_addresses_of_other_pages_and_other_methods_are_refused(client, participant_survey):
    assert client.get("/fi/uutiset/answer/").status_code == 404
    assert client.put(answer_url(participant_survey)).status_code == 405


def test_renamed_municipalities_show_once_the_import_commits(tmp_path, django_capture_on_commit_callbacks):
    assert ("091", "Helsinki") in municipality_choices(2025)
    rows = list(csv.DictReader((DATA_DIR / "municipalities_2025.csv").open(encoding="utf-8")))
    for row in rows:
        if row["code"] == "091":
            row["name_fi"] = "Helsinki (uusi nimi)"
    path = tmp_path / "municipalities_2025.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=rows[0].keys())
        writer.writeheader()
        writer.writerows(rows)
    with django_capture_on_commit_callbacks(execute=True):
        import_municipalities([path])
    assert ("091", "Helsinki (uusi nimi)") in municipality_choices(2025)


def test_municipalities_are_kept_in_the_process_until_something_is_published(monkeypatch):
    """A step with the municipality drop-down (300 names) asks the shared cache nothing for them once the
    process has them; a publish (an import of reference data publishes too: the test above) reads them again."""
    assert ("091", "Helsinki") in municipality_choices(2025)
    asked = []
    get = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *args, **kwargs: asked.append(key) or get(key, *args, **kwargs))
    assert ("091", "Helsinki") in municipality_choices(2025)
    assert not [key for key in asked if "municipalities" in key]
    page_cache.invalidate()
    assert ("091", "Helsinki") in municipality_choices(2025)
    assert [key for key in asked if "municipalities" in key]


def test_no_response_is_stored_by_the_page_tree_route_either(client, participant_survey):
    """The survey page's own `answer` route (used when the page tree decides) sends the same way."""
    before = SurveyResponse.objects.count()
    PageViewRestriction.objects.create(page=participant_survey, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(answer_url(participant_survey)).status_code == 302  # to the login page
    assert SurveyResponse.objects.count() == before


def test_with_one_site_a_step_post_does_not_look_up_the_site(client, participant_survey):
    """A worker that has not found its site yet (one started while PostgreSQL is out of reach, say) still takes
    a step without the database: with one site, the address alone says which survey it is."""
    response, prefix, step = first_step(client, participant_survey)
    answers = valid_data(response.context["wizard"]["form"])
    url = answer_url(participant_survey, step)
    assert post_step(client, url, prefix, step, answers).status_code == 302
    page_cache._sites = {"version": None, "sites": {}}  # no site found yet in this process
    with CaptureQueriesContext(connection) as captured:
        assert post_step(client, url, prefix, step, answers).status_code == 302
    assert statements(captured) == []


def test_a_step_shown_again_reads_no_table_until_something_is_published(client, participant_survey):
    """The page around a step's form (the survey page, its site, its addresses in the other languages, the
    breadcrumb) is read once a process until something is published; a publish shows at once."""
    response, prefix, step = first_step(client, participant_survey)
    url = answer_url(participant_survey, step)
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        again = client.get(url)
    assert again.status_code == 200 and statements(captured) == []
    # The links to the step in the other languages stay on the step.
    assert re.search(f'hreflang="fi" href="http[^"]*{url}"', again.content.decode())
    participant_survey.title = "Uusi otsikko"
    participant_survey.save_revision().publish()
    html = client.get(url).content.decode()
    breadcrumb = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert "Uusi otsikko" in breadcrumb and re.search(r"<title>[^<]* – Uusi otsikko – ", html)


def test_with_several_sites_each_site_still_answers_its_surveys_without_the_page_tree(client, participant_survey):
    """A second site (another service of the same ministry) changes nothing for the first site's surveys: a step
    post still touches no table, not even to find the site, and the survey's address on the other site's host is
    not the survey, which is not under that site's root."""
    other = Page.get_first_root_node().add_child(instance=Page(title="Toinen sivusto", slug="toinen-sivusto"))
    Site.objects.create(hostname="127.0.0.1", root_page=other, port=80)
    response, prefix, step = first_step(client, participant_survey)
    assert response.status_code == 200 and step
    answers = valid_data(response.context["wizard"]["form"])
    url = answer_url(participant_survey, step)
    assert post_step(client, url, prefix, step, answers).status_code == 302
    with CaptureQueriesContext(connection) as captured:
        assert post_step(client, url, prefix, step, answers).status_code == 302
    assert statements(captured) == []
    assert client.get(urlsplit(answer_url(participant_survey)).path, HTTP_HOST="127.0.0.1").status_code == 404


def add_a_required_question(raw):
    """Adds a required text question to the first section with an unconditional one; returns its index."""
    index, question = next(
        (index, question)
        for index, section in enumerate(raw)
        for question in section["value"]["questions"]
        if question["type"] in ("short_text", "long_text")
        and not (question["value"].get("show_if") or {}).get("question")
    )
    added = copy.deepcopy(question)
    added["id"] = str(uuid.uuid4())
    added["value"].update(code="added_question", label="Lisätty kysymys", required=True)
    raw[index]["value"]["questions"].append(added)
    return index


def remove_the_choice_given(raw):
    """Removes the first choice of the first single-choice question (the helpers' answer); returns its index."""
    index, question = next(
        (index, question)
        for index, section in enumerate(raw)
        for question in section["value"]["questions"]
        if question["type"] == "single_choice"
    )
    del question["value"]["choices"][0]
    return index


@pytest.mark.parametrize(
    "edit, message",
    [(add_a_required_question, "Vastaa tähän kysymykseen."), (remove_the_choice_given, "Valitse yksi vaihtoehdoista.")],
)
def test_a_step_that_a_published_change_no_longer_accepts_is_asked_again(client, participant_survey, edit, message):
    """Answered up to the review, then the survey is published with a change to a step already answered: a new
    required question, or the choice given removed (the same questions: only the revision tells). Sending leads
    back to that step with the message, and stores nothing."""
    review_url, prefix, _ = fill_until_review(client, answer_url(participant_survey))
    before = SurveyResponse.objects.count()
    raw = participant_survey.sections.raw_data
    index = edit(raw)
    publish(participant_survey, raw)

    html = client.post(review_url, {f"{prefix}-current_step": "review"}, follow=True).content.decode()
    assert current_step(html)[1] == str(index) and message in html
    assert SurveyResponse.objects.count() == before


def test_an_emptied_cache_never_brings_back_an_earlier_survey(client, participant_survey):
    """As after a Redis restart: the version starts again, but never at one that an earlier survey was kept
    under, in the cache or in a process's memory."""
    first_step(client, participant_survey)
    raw = participant_survey.sections.raw_data
    raw[0]["value"]["questions"][0]["value"]["label"] = "Uusi kysymysteksti"
    publish(participant_survey, raw)
    cache.clear()
    response, _prefix, _step = first_step(client, participant_survey)
    assert "Uusi kysymysteksti" in response.content.decode()


class RoundTrips:
    """The commands each round trip to Redis carried, the page memory's subscription apart: a pipeline is one."""

    def __init__(self, monkeypatch):
        import redis as redis_py

        self.trips = []
        single, pipeline = redis_py.Redis.execute_command, redis_py.client.Pipeline.execute

        def execute_command(client, *args, **options):
            if not isinstance(client, redis_py.client.Pipeline):
                self.trips.append([args[0]])
            return single(client, *args, **options)

        def execute(client, *args, **kwargs):
            self.trips.append([command[0][0] for command in client.command_stack])
            return pipeline(client, *args, **kwargs)

        monkeypatch.setattr(redis_py.Redis, "execute_command", execute_command)
        monkeypatch.setattr(redis_py.client.Pipeline, "execute", execute)


@needs_redis
def test_a_step_and_a_submit_make_no_round_trip_to_redis_they_do_not_need(client, participant_survey, monkeypatch):
    """A step reads the session and writes it back, and nothing else, even one that asks for a municipality (the
    process keeps their list); a submit counts the connection's submissions too. The survey's version is known
    from the announcements (core.page_memory), here trusted for the whole test."""
    from core import page_memory

    monkeypatch.setattr(page_memory, "LEASE_SECONDS", 3600)
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        caches["sessions"].clear()
        try:
            other = Client()
            response, prefix, step = first_step(other, participant_survey)
            answers = valid_data(response.context["wizard"]["form"])
            post_step(other, answer_url(participant_survey, step), prefix, step, answers)
            trips = RoundTrips(monkeypatch)
            post_step(other, answer_url(participant_survey, step), prefix, step, answers)
            # The session read, then written only if still there.
            assert trips.trips == [["GET"], ["SET"]]
            review_url, prefix, _ = fill_until_review(client, answer_url(participant_survey))
            trips.trips.clear()
            assert client.post(review_url, {f"{prefix}-current_step": "review"}).url.endswith("/thanks/")
            assert trips.trips == [["GET"], ["SET", "INCRBY"], ["SET"]]
        finally:
            caches["default"].clear()
            caches["sessions"].clear()


@needs_redis
def test_a_session_deleted_meanwhile_is_not_brought_back_by_a_save():
    """As Django's cache sessions do with their read before the write: here SET XX (core.sessions)."""
    from django.contrib.sessions.backends.base import UpdateError

    from core.sessions import SessionStore

    with override_settings(CACHES=redis.CACHES):
        try:
            session = SessionStore()
            session["answers"] = "kept"
            session.create()
            assert SessionStore(session.session_key)["answers"] == "kept"
            session["answers"] = "changed"
            session.save()
            assert SessionStore(session.session_key)["answers"] == "changed"
            caches["sessions"].delete(KEY_PREFIX + session.session_key)  # signed out elsewhere, or expired
            session["answers"] = "again"
            with pytest.raises(UpdateError):
                session.save()
            assert not caches["sessions"].has_key(KEY_PREFIX + session.session_key)
        finally:
            caches["sessions"].clear()


@needs_redis
def test_a_limit_counts_in_a_window_that_its_first_count_starts():
    from core.ratelimit import Limit

    limit = Limit("round-trips", limit=2, window_seconds=90)
    with override_settings(CACHES=redis.CACHES):
        caches["default"].clear()
        try:
            request = type("Request", (), {"META": {"REMOTE_ADDR": "192.0.2.1"}})()
            assert [limit.over(request) for _ in range(3)] == [False, False, True]
            key = caches["default"].make_key(limit._key(request))
            assert 85 <= caches["default"].client().ttl(key) <= 90
            assert caches["default"].get(limit._key(request)) == 3
            assert limit.exceeded(request)
        finally:
            caches["default"].clear()
