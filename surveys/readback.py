"""Answers shown back to people with the labels of the codebook of the revision they answered
(surveys.codebook), each kind of answer as its kind shows it (surveys.kinds): on the review step before
sending, and with a municipality's submitted response (its page and its CSV)."""

from .codebook import codebook
from .kinds import KINDS


def shown_rows(book, variables, rows, unanswered=False):
    """[(variable label, shown answer)] of answer `rows` (dicts of the answer table's fields) for `variables` of
    the codebook `book`, in their order; with `unanswered`, a variable without an answer is listed with None."""
    by_variable = {}
    for row in rows:
        by_variable.setdefault(row["question"], []).append(row)
    shown = []
    for variable in variables:
        answers = by_variable.get(variable.name)
        if answers:
            shown.append((book.label(variable), KINDS[variable.kind].shown(answers, book.value_labels(variable))))
        elif unanswered:
            shown.append((book.label(variable), None))
    return shown


def response_rows(response):
    """[(question label, shown answer)] of a stored response, in the order of the revision it answered. A number
    question's answer is the number itself, so that files keep it a number."""
    book = codebook(response.revision_id)
    rows = response.answers.values("question", "choice", "number", "text", "date")
    return shown_rows(book, book.variables, rows)
