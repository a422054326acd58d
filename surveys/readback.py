"""Answers shown back to people, as their kinds show them (surveys.kinds): on the review step before sending,
and with a municipality's submitted response (its page and its CSV)."""

from .kinds import kind_of
from .structure import all_questions, sections_of


def shown_rows(questions, rows, year, unanswered=False):
    """[(variable label, shown answer)] of answer `rows` (dicts of the answer table's fields) for `questions`, in
    their order; with `unanswered`, a variable without an answer is listed with None."""
    by_variable = {}
    for row in rows:
        by_variable.setdefault(row["question"], []).append(row)
    shown = []
    for question in questions:
        kind = kind_of(question)
        for variable, label, values in kind.variables(question, year):
            answers = by_variable.get(variable)
            if answers:
                shown.append((label, kind.shown(answers, dict(values or []))))
            elif unanswered:
                shown.append((label, None))
    return shown


def response_rows(response):
    """[(question label, shown answer)] of a stored response, in the order of the revision it answered. A number
    question's answer is the number itself, so that files keep it a number."""
    survey = response.revision.as_object()
    rows = response.answers.values("question", "choice", "number", "text", "date")
    return shown_rows(all_questions(sections_of(survey.sections)), rows, survey.round_year)
