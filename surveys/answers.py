"""From a wizard's cleaned data to the narrow answer table, keeping only what the respondent could see."""

from decimal import Decimal

from .structure import AGREEMENT_SCALE, OTHER

SCALE_VALUES = {code: value for code, _label, value in AGREEMENT_SCALE}


def visible_questions(sections, answers):
    """(section, question) pairs shown to someone who answered `answers`: conditions are evaluated on the
    server, so answers to questions that ended up hidden are never stored."""
    for section in sections:
        if section.condition and not section.condition.holds(answers):
            continue
        for question in section.questions:
            if not question.condition or question.condition.holds(answers):
                yield section, question


def answer_rows(question, data):
    """Answer field values (dicts) for one question from its cleaned form data."""
    rows = []
    if question.kind == "statement_group":
        for code in question.codes:
            if data.get(code):
                rows.append({"question": code, "choice": data[code], "number": SCALE_VALUES[data[code]]})
        return rows
    value = data.get(question.code)
    if value in (None, "", []):
        return rows
    if question.kind == "multiple_choice":
        for choice in value:
            text = data.get(f"{question.code}__{OTHER}", "") if choice == OTHER else ""
            rows.append({"question": question.code, "choice": choice, "text": text})
    elif question.kind == "agreement":
        rows.append({"question": question.code, "choice": value, "number": SCALE_VALUES[value]})
    elif question.kind in ("single_choice", "yes_no", "municipality"):
        rows.append({"question": question.code, "choice": value})
    elif question.kind == "number":
        rows.append({"question": question.code, "number": Decimal(value)})
    elif question.kind == "date":
        rows.append({"question": question.code, "date": value})
    else:
        rows.append({"question": question.code, "text": value})
    return rows
