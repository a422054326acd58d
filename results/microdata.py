"""A round's answers as a table for files: a row per respondent, a column per codebook variable, streamed from the
database in response order (two server-side cursors merged, never the whole round in memory). A multiple choice
has a column per choice (1 chosen, 0 not, empty where the question was not answered); "other, please specify"
has a text column of its own. Values are written as codes, as labels in one language, or as the numbers the
codebook keeps for them (statistics programs)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from surveys.codebook import Value
from surveys.kinds import OTHER
from surveys.models import Answer, Audience

CODES, LABELS, NUMBERS = "codes", "labels", "numbers"


@dataclass(frozen=True)
class Column:
    """A column of the table: its name (a valid SPSS variable name), labels by language, and what it holds:
    "value" (a code from `values`), "dummy" (1 if `choice` was chosen), "number", "date" or "text"."""

    name: str
    holds: str
    labels: dict = field(compare=False)
    variable: str = ""  # the codebook variable
    choice: str = ""
    values: tuple = ()
    measure: str = "nominal"
    missing: tuple = ()  # numbers statistics programs should treat as missing ("can't say")

    def label(self, language):
        return self.labels.get(language) or next(iter(self.labels.values()), "")


def _labels(text, book):
    """A fixed column's label in every language of the codebook."""
    from django.utils import translation

    labels = {}
    for language in book.languages:
        with translation.override(language):
            labels[language] = str(text)
    return labels


def columns(survey, book, variables):
    """The columns of `survey`'s table for the codebook `book`, its variables limited to `variables`."""
    from surveys.kinds import CANT_SAY_NUMBER

    cols = [Column("response", "number", _labels(_("Response"), book), measure="nominal")]
    cols.append(Column("language", "text", _labels(_("Survey language"), book)))
    if survey.audience == Audience.MUNICIPALITIES:
        cols.append(Column("municipality", "text", _labels(_("Municipality code"), book)))
        cols.append(Column("submitted", "date", _labels(_("Submitted"), book), measure="scale"))
    for variable in variables:
        labels = variable.labels
        if variable.results == "choices":
            for value in variable.values:
                dummy = {
                    language: f"{variable.labels.get(language, '')}: {value.labels.get(language, '')}"
                    for language in variable.labels
                }
                cols.append(Column(f"{variable.name}_{value.code}", "dummy", dummy, variable.name, value.code))
        elif variable.results in ("choice", "scale"):
            missing = (CANT_SAY_NUMBER,) if any(v.code == "cant_say" for v in variable.values) else ()
            cols.append(
                Column(
                    variable.name,
                    "value",
                    labels,
                    variable.name,
                    values=variable.values,
                    measure=variable.measure,
                    missing=missing,
                )
            )
        else:
            holds = {"number": "number", "date": "date"}.get(variable.results, "text")
            measure = "scale" if holds == "number" else "nominal"
            cols.append(Column(variable.name, holds, labels, variable.name, measure=measure))
        if variable.value(OTHER):
            other = {language: f"{label}: {_('other, please specify')}" for language, label in labels.items()}
            cols.append(Column(f"{variable.name}_{OTHER}_text", "text", other, variable.name, OTHER))
    return _unique(cols)


def _unique(cols):
    """Column names unique and at most 64 characters (SPSS), shortened with a number where needed."""
    seen, unique = set(), []
    for column in cols:
        name, n = column.name[:64], 1
        while name in seen:
            n += 1
            name = f"{column.name[: 64 - len(str(n)) - 1]}_{n}"
        seen.add(name)
        unique.append(Column(**{**column.__dict__, "name": name}))
    return unique


def rows(survey, respondents, cols, values=CODES, language=None):
    """The rows of the respondents (a queryset of responses) under `cols`, values as CODES, LABELS in
    `language` or NUMBERS; one row per response, in id order."""
    index = {column.name: i for i, column in enumerate(cols)}
    by_variable, dummies, others = {}, {}, {}
    for i, column in enumerate(cols):
        if column.holds == "dummy":
            dummies.setdefault(column.variable, {})[column.choice] = i
        elif column.choice == OTHER:
            others[column.variable] = i
        elif column.variable:
            by_variable[column.variable] = (i, column)
    shown = {i: _value_map(column, values, language) for i, column in enumerate(cols) if column.holds == "value"}
    meta = respondents.order_by("pk").values_list("pk", "language", "submitted_on", "invitation__municipality__code")
    answers = (
        Answer.objects.filter(response__in=respondents.values("pk"))
        .order_by("response_id")
        .values_list("response_id", "question", "choice", "number", "text", "date")
    )
    answer_rows = answers.iterator(chunk_size=5000)
    pending = next(answer_rows, None)
    municipalities = "municipality" in index
    for pk, language_code, submitted, municipality in meta.iterator(chunk_size=5000):
        row = [None] * len(cols)
        row[0], row[1] = pk, language_code
        if municipalities:
            row[index["municipality"]], row[index["submitted"]] = municipality, submitted
        while pending is not None and pending[0] < pk:
            pending = next(answer_rows, None)
        while pending is not None and pending[0] == pk:
            _fill(row, pending, by_variable, dummies, others, shown)
            pending = next(answer_rows, None)
        yield row


def _fill(row, answer, by_variable, dummies, others, shown):
    _pk, question, choice, number, text, date = answer
    if question in dummies:
        for code, i in dummies[question].items():
            row[i] = 1 if code == choice or row[i] == 1 else 0
    elif question in by_variable:
        i, column = by_variable[question]
        if column.holds == "value":
            row[i] = shown[i].get(choice, choice)
        elif column.holds == "number":
            row[i] = _number(number)
        elif column.holds == "date":
            row[i] = date
        else:
            row[i] = text
    if text and choice == OTHER and question in others:
        row[others[question]] = text


def _value_map(column, values, language):
    if values == NUMBERS:
        return {value.code: value.number for value in column.values}
    if values == LABELS:
        return {value.code: _label(value, language) for value in column.values}
    return {}


def _number(number):
    if number is None:
        return None
    return int(number) if number == number.to_integral_value() else float(number)


def value_labels(column, language):
    """{number: label} of a value column in `language` (for statistics programs)."""
    return {value.number: _label(value, language) for value in column.values if value.number is not None}


def _label(value: Value, language):
    return value.labels.get(language) or next(iter(value.labels.values()), value.code)
