"""Results at scale: 100,000 participants' responses with 10 answers each (1,000,000 answer rows), generated in
the database, then a round's dashboard and a cross-tabulation, each timed against the raw SQL GROUP BY queries
that compute the same figures. PostgreSQL only (the figures of a 1,000,000-row table on SQLite say little)."""

import json
import time
from statistics import median

from django.db import connection
from django.test import Client

RESPONSES = 100_000
ROUNDS = 5
CHOICES = ["a", "b", "c", "d", "e"]
SCALE = ["strongly_disagree", "disagree", "neutral", "agree", "strongly_agree", "cant_say"]


def _question(kind, code, **extra):
    value = {"code": code, "label": code, "required": True, "show_if": {"question": "", "choice": ""}, **extra}
    return {"type": kind, "value": value}


def _choices(codes):
    return [{"type": "item", "value": {"code": c, "label": c.upper()}, "id": f"{c}-id"} for c in codes]


def make_survey():
    """A participants' survey of 10 questions (4 single choices, 2 agreement scales, yes/no, a number, a multiple
    choice of which each respondent picks one, a municipality), and its responses, written by SQL."""
    from surveys.models import SurveyIndexPage, SurveyPage

    questions = [_question("single_choice", f"choice{i}", choices=_choices(CHOICES)) for i in range(1, 5)]
    questions += [_question("agreement", f"scale{i}") for i in (1, 2)]
    questions += [_question("yes_no", "yes_no"), _question("number", "hours", min_value=0, max_value=100)]
    questions += [_question("multiple_choice", "needs", choices=_choices(CHOICES))]
    questions += [_question("municipality", "home")]
    sections = [{"type": "section", "value": {"title": "Kysely", "show_if": {}, "questions": questions}}]
    index = SurveyIndexPage.objects.get(locale__language_code="fi")
    survey = index.add_child(
        instance=SurveyPage(
            title="Bench",
            slug="bench-results",
            audience="participants",
            series="bench",
            round_year=2025,
            intro="<p>x</p>",
            privacy_notice="<p>x</p>",
            thank_you="<p>x</p>",
            sections=json.dumps(sections),
        )
    )
    survey.save_revision().publish()
    survey.refresh_from_db()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO surveys_surveyresponse (survey_id, revision_id, language, status, draft, step_versions, "
            "submitted_on, submitted_by) SELECT %s, %s, 'fi', 'submitted', '{}', '{}', DATE '2025-03-01', '' "
            "FROM generate_series(1, %s)",
            [survey.pk, survey.live_revision_id, RESPONSES],
        )
        answers = []
        for i in range(1, 5):
            answers.append((f"choice{i}", f"(array{CHOICES})[1 + floor(random() * 5)::int]", "NULL"))
        for i in (1, 2):
            answers.append((f"scale{i}", f"(array{SCALE})[1 + floor(random() * 6)::int]", None))
        answers.append(("yes_no", "(array['yes', 'no'])[1 + floor(random() * 2)::int]", "NULL"))
        answers.append(("hours", "''", "floor(random() * 100)"))
        answers.append(("needs", f"(array{CHOICES})[1 + floor(random() * 5)::int]", "NULL"))
        answers.append(("home", "(array['091', '049', '837', '564', '853'])[1 + floor(random() * 5)::int]", "NULL"))
        for code, choice, number in answers:
            cursor.execute(
                "INSERT INTO surveys_answer (response_id, question, choice, number, text) "
                f"SELECT id, %s, {choice}, {number or 'NULL'}, '' FROM surveys_surveyresponse WHERE survey_id = %s",
                [code, survey.pk],
            )
        # The scale's value travels with its code; "can't say" has none.
        cursor.execute(
            "UPDATE surveys_answer SET number = CASE choice WHEN 'strongly_disagree' THEN 1 WHEN 'disagree' THEN 2 "
            "WHEN 'neutral' THEN 3 WHEN 'agree' THEN 4 WHEN 'strongly_agree' THEN 5 END "
            "WHERE question IN ('scale1', 'scale2')"
        )
        cursor.execute("ANALYZE surveys_answer")
        cursor.execute("ANALYZE surveys_surveyresponse")
    return survey


RAW_DASHBOARD = [
    # The respondents, and who answered each question.
    "SELECT count(*) FROM surveys_surveyresponse WHERE survey_id = %(survey)s AND status = 'submitted'",
    "SELECT a.question, count(DISTINCT a.response_id) FROM surveys_answer a JOIN surveys_surveyresponse r "
    "ON r.id = a.response_id WHERE r.survey_id = %(survey)s AND r.status = 'submitted' GROUP BY a.question",
    # Each choice's count.
    "SELECT a.question, a.choice, count(*) FROM surveys_answer a JOIN surveys_surveyresponse r ON r.id = "
    "a.response_id WHERE r.survey_id = %(survey)s AND r.status = 'submitted' AND a.choice <> '' "
    "AND a.question IN ('choice1', 'choice2', 'choice3', 'choice4', 'scale1', 'scale2', 'yes_no', 'needs', 'home') "
    "GROUP BY a.question, a.choice",
    # Means and medians of the scales and the number.
    "SELECT a.question, count(*), avg(a.number), min(a.number), max(a.number), "
    "percentile_cont(0.5) WITHIN GROUP (ORDER BY a.number) FROM surveys_answer a JOIN surveys_surveyresponse r "
    "ON r.id = a.response_id WHERE r.survey_id = %(survey)s AND r.status = 'submitted' AND a.number IS NOT NULL "
    "AND a.question IN ('scale1', 'scale2', 'hours') GROUP BY a.question",
    # The number's distribution.
    "SELECT floor((a.number - 0) / 20), count(*) FROM surveys_answer a JOIN surveys_surveyresponse r ON r.id = "
    "a.response_id WHERE r.survey_id = %(survey)s AND r.status = 'submitted' AND a.question = 'hours' "
    "AND a.number IS NOT NULL GROUP BY 1",
]
# By region: every region's counts, as a protected survey's filtered view needs them (the region of the municipality
# each respondent named, in the survey's year), beside the whole's.
_BY_REGION = (
    "FROM surveys_answer a JOIN surveys_surveyresponse r ON r.id = a.response_id LEFT JOIN surveys_answer h "
    "ON h.response_id = a.response_id AND h.question = 'home' LEFT JOIN reference_municipality m ON m.code = h.choice "
    "LEFT JOIN reference_municipalityyear y ON y.municipality_id = m.id AND y.year = 2025 LEFT JOIN reference_area g "
    "ON g.id = y.region_id WHERE r.survey_id = %(survey)s AND r.status = 'submitted' "
)
RAW_BY_REGION = RAW_DASHBOARD + [
    f"SELECT a.question, g.code, count(DISTINCT a.response_id) {_BY_REGION} GROUP BY a.question, g.code",
    f"SELECT a.question, a.choice, g.code, count(*) {_BY_REGION} AND a.choice <> '' GROUP BY 1, 2, 3",
    "SELECT a.question, g.code, count(*), avg(a.number), min(a.number), max(a.number), percentile_cont(0.5) WITHIN "
    f"GROUP (ORDER BY a.number) {_BY_REGION} AND a.number IS NOT NULL AND a.question IN ('scale1', 'scale2', 'hours') "
    "GROUP BY 1, 2",
    f"SELECT floor((a.number - 0) / 20), g.code, count(*) {_BY_REGION} AND a.question = 'hours' GROUP BY 1, 2",
]
RAW_CROSSTAB = [
    "SELECT a.choice, b.choice, count(DISTINCT a.response_id) FROM surveys_answer a JOIN surveys_surveyresponse r "
    "ON r.id = a.response_id JOIN surveys_answer b ON b.response_id = a.response_id WHERE r.survey_id = "
    "%(survey)s AND r.status = 'submitted' AND a.question = 'choice1' AND a.choice <> '' AND b.question = "
    "'scale1' AND b.choice > '' GROUP BY a.choice, b.choice",
    # Its totals are the two questions' own figures (protected as the dashboard shows them).
    "SELECT count(*) FROM surveys_surveyresponse WHERE survey_id = %(survey)s AND status = 'submitted'",
    "SELECT a.question, a.choice, count(*) FROM surveys_answer a JOIN surveys_surveyresponse r ON r.id = "
    "a.response_id WHERE r.survey_id = %(survey)s AND r.status = 'submitted' AND a.choice <> '' "
    "AND a.question IN ('choice1', 'scale1') GROUP BY a.question, a.choice",
]


def _raw(statements, survey):
    start = time.perf_counter()
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql, {"survey": survey.pk})
            cursor.fetchall()
    return time.perf_counter() - start


def _view(client, url):
    start = time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return time.perf_counter() - start


def results_benchmarks(report):
    """The dashboard and a cross-tabulation against their raw SQL, median of ROUNDS, as ratios (target: at most
    2), and the dashboard's number of queries."""
    from django.contrib.auth import get_user_model
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        report("\nresults benchmark: skipped, it needs PostgreSQL (DATABASE_URL=postgres://…)")
        return
    started = time.perf_counter()
    survey = make_survey()
    answers = survey.responses.values("answers").count()
    report(
        f"\nresults benchmark: {RESPONSES:,} responses, {answers:,} answers generated in "
        f"{time.perf_counter() - started:.0f} s"
    )
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("bench", "b@example.fi", "pw"))
    pages = {
        "dashboard": (f"/admin/results/{survey.pk}/", RAW_DASHBOARD),
        "dashboard, a region": (f"/admin/results/{survey.pk}/?area=region:01", RAW_BY_REGION),
        "cross-tabulation": (f"/admin/results/{survey.pk}/crosstab/?row=choice1&column=scale1", RAW_CROSSTAB),
    }
    report(f"{'view':<20} {'view ms':>9} {'raw SQL ms':>11} {'ratio':>7}  (target <= 2, median of {ROUNDS} rounds)")
    for label, (url, raw) in pages.items():
        _view(client, url)  # the codebook, the session: once
        views, raws = [], []
        for _ in range(ROUNDS):
            views.append(_view(client, url))
            raws.append(_raw(raw, survey))
        ratio = median(v / r for v, r in zip(views, raws, strict=True))
        report(f"{label:<20} {median(views) * 1000:>9.0f} {median(raws) * 1000:>11.0f} {ratio:>7.2f}")
    with CaptureQueriesContext(connection) as queries:
        client.get(pages["dashboard"][0])
    report(f"dashboard queries: {len(queries)} (constant in the number of responses: tests/results)")
    return survey, client
