"""Each kind of question, described once: how it is read from the survey builder's blocks, its form fields, how
its answer is stored in the narrow answer table and read back, its variables and value labels (the codebook),
how it is shown to people, and how results treat it. No other module switches on a question's kind: they ask
`KINDS[question.kind]`.

Answer rows are dicts of the answer table's fields (question, choice, number, text, date). A question stores
its answer under its own code, except a statement group, whose every statement is a variable of its own."""

import datetime
import random
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from reference.choices import municipality_choices

from .fields import Choices, FlatSelect, MunicipalityField

OTHER = "other"
MAX_TEXT = 5000
MAX_SHORT_TEXT = 255
# What the answer table holds (14 digits, 4 of them decimals): a number question without bounds still has these.
LARGEST_NUMBER = 10**10 - 1
# The agreement scale: codes, labels and the numeric values results count with ("can't say" is apart: none).
AGREEMENT_SCALE = [
    ("strongly_disagree", _("Strongly disagree"), 1),
    ("disagree", _("Disagree"), 2),
    ("neutral", _("Neither agree nor disagree"), 3),
    ("agree", _("Agree"), 4),
    ("strongly_agree", _("Strongly agree"), 5),
    ("cant_say", _("Can't say"), None),
]
SCALE = [(code, label) for code, label, _value in AGREEMENT_SCALE]
SCALE_VALUES = {code: value for code, _label, value in AGREEMENT_SCALE}
# In files: "can't say" is 9, which statistics programs are told is a missing value (surveys.codebook).
CANT_SAY_NUMBER = 9
SCALE_NUMBERS = {code: CANT_SAY_NUMBER if value is None else value for code, value in SCALE_VALUES.items()}
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class Kind:
    """A kind of question. `measure` is its level of measurement (nominal, ordinal, scale, date, text), and
    `results` how results treat it: "choice" (counts and shares of one answer), "choices" (several answers: shares
    of respondents), "scale" (an ordered choice with a numeric value, mean and median, "can't say" apart),
    "number" (distribution, mean and median), "date" (by month) or "text" (a list of open answers)."""

    name = ""
    measure = "nominal"
    results = "choice"
    # Its answer names a place (a municipality): results show it summed by area, never cross-tabulated or compared
    # one by one, and a participants' survey's area filters go through it.
    names_place = False
    # Its variables (a statement group's statements) are shown together, as one chart.
    grouped = False

    def parse(self, question, value):
        """Set the kind's own attributes of `question` from its block's `value`."""

    # The codebook

    def variables(self, question, year=None):
        """[(variable, label, [(value code, value label)] or None)]: what this question stores an answer under."""
        return [(question.code, question.label, self.value_labels(question, year))]

    def value_labels(self, question, year=None):
        """[(code, label)] of the answers to choose from; None for an open answer."""
        return None

    def choice_codes(self, question):
        """The codes a condition on this question may name."""
        return {code for code, _label in self.value_labels(question) or []}

    def numbers(self, question, year=None):
        """{value code: number} where the kind numbers its values itself; None where the codebook gives each
        choice a number of its own (surveys.models.ValueCode)."""
        return None

    # The form

    def form_fields(self, question, year):
        """{field name: form field} asking this question."""
        raise NotImplementedError

    def common(self, question):
        return {"label": question.label, "help_text": question.help_text, "required": question.required}

    def decode(self, question, value):
        """A cleaned value kept in JSON (the session or a draft), back in the type the form cleans it to."""
        return value

    def problems(self, question, cleaned):
        """[(field name, message)] of what a step's cleaned data lacks for this question."""
        return []

    # Storing and showing

    def answer_rows(self, question, data):
        """The answer rows of this question from a step's cleaned data; none when it was left unanswered."""
        value = data.get(question.code)
        if value in (None, "", []):
            return []
        return [{"question": question.code, **self.stored(value)}]

    def stored(self, value):
        """The answer table's fields holding one answer."""
        return {"text": value}

    def shown(self, rows, labels):
        """How the answer rows of one variable are shown to people (review, submitted answers, their CSV): the
        label of a choice, a number as a number, a date, a text; several joined by commas."""
        return ", ".join(self.show_row(row, labels) for row in rows)

    def show_row(self, row, labels):
        return row.get("text", "")

    # The demo

    def random_answer(self, question, rng, context):
        """A demo respondent's answer: {field name: cleaned value}."""
        return {question.code: rng.choice(context["texts"])}


class ChoiceKind(Kind):
    """A question answered with one code from a list."""

    def stored(self, value):
        return {"choice": value}

    def show_row(self, row, labels):
        label = str(labels.get(row["choice"], row["choice"]))
        return f"{label}: {row['text']}" if row.get("text") else label

    def choice_field(self, question, choices, widget):
        return forms.ChoiceField(choices=Choices(choices), widget=widget, **self.common(question))

    def random_answer(self, question, rng, context):
        return {question.code: rng.choice([code for code, _label in self.value_labels(question, context["year"])])}


class SingleChoice(ChoiceKind):
    name = "single_choice"

    def parse(self, question, value):
        question.choices = [(c["code"], c["label"]) for c in value["choices"]]
        question.widget = value.get("widget") or "radio"

    def value_labels(self, question, year=None):
        return list(question.choices)

    def form_fields(self, question, year):
        if question.widget == "select":
            return {question.code: self.choice_field(question, [("", "—"), *question.choices], FlatSelect)}
        return {question.code: self.choice_field(question, question.choices, forms.RadioSelect)}


class MultipleChoice(ChoiceKind):
    """Several codes from a list, and "other, please specify" if the author added it (its text is kept with the
    `other` code)."""

    name = "multiple_choice"
    results = "choices"

    def parse(self, question, value):
        question.choices = [(c["code"], c["label"]) for c in value["choices"]]
        question.allow_other = bool(value.get("allow_other"))

    def value_labels(self, question, year=None):
        return list(question.choices) + ([(OTHER, _("Other, please specify"))] if question.allow_other else [])

    def form_fields(self, question, year):
        fields = {
            question.code: forms.MultipleChoiceField(
                choices=Choices(self.value_labels(question)),
                widget=forms.CheckboxSelectMultiple,
                **self.common(question),
            )
        }
        if question.allow_other:
            fields[other_field(question)] = forms.CharField(
                label=_("Other, please specify"), required=False, max_length=MAX_SHORT_TEXT
            )
        return fields

    def problems(self, question, cleaned):
        chosen, other = cleaned.get(question.code) or [], cleaned.get(other_field(question), "")
        return (
            [(other_field(question), _("Please specify."))]
            if question.allow_other and OTHER in chosen and not other
            else []
        )

    def answer_rows(self, question, data):
        other = data.get(other_field(question), "")
        return [
            {"question": question.code, "choice": choice, "text": other if choice == OTHER else ""}
            for choice in data.get(question.code) or []
        ]

    def random_answer(self, question, rng, context):
        codes = [code for code, _label in question.choices]
        return {question.code: rng.sample(codes, k=rng.randint(1, min(3, len(codes))))}


def other_field(question):
    return f"{question.code}__{OTHER}"


class Agreement(ChoiceKind):
    """The five-point agreement scale with "can't say"; the scale's values (1–5) are stored with the code."""

    name = "agreement"
    measure = "ordinal"
    results = "scale"

    def value_labels(self, question, year=None):
        return list(SCALE)

    def numbers(self, question, year=None):
        return SCALE_NUMBERS

    def form_fields(self, question, year):
        return {question.code: self.choice_field(question, SCALE, forms.RadioSelect)}

    def stored(self, value):
        return {"choice": value, "number": SCALE_VALUES[value]}

    def random_answer(self, question, rng, context):
        return {question.code: rng.choices([code for code, _label in SCALE], weights=[1, 2, 3, 5, 4, 1])[0]}


class StatementGroup(Agreement):
    """Statements answered on the agreement scale, each a variable (and a fieldset) of its own, read with the
    group's question."""

    name = "statement_group"
    grouped = True

    def parse(self, question, value):
        question.choices = [(s["code"], s["label"]) for s in value["statements"]]

    def variables(self, question, year=None):
        return [(code, label, list(SCALE)) for code, label in question.choices]

    def choice_codes(self, question):
        return set()  # a condition names a statement's scale code through the statement, not the group

    def form_fields(self, question, year):
        return {
            code: forms.ChoiceField(
                label=label,
                required=question.required,
                choices=Choices(SCALE),
                widget=forms.RadioSelect,
                help_text=question.label,  # the group's question, read with each statement
            )
            for code, label in question.choices
        }

    def answer_rows(self, question, data):
        return [{"question": code, **self.stored(data[code])} for code, _label in question.choices if data.get(code)]

    def random_answer(self, question, rng, context):
        scale = [code for code, _label in SCALE]
        return {code: rng.choices(scale, weights=[1, 2, 3, 5, 4, 1])[0] for code, _label in question.choices}


class YesNo(ChoiceKind):
    name = "yes_no"

    def value_labels(self, question, year=None):
        return list(YES_NO)

    def numbers(self, question, year=None):
        return {"yes": 1, "no": 0}

    def form_fields(self, question, year):
        return {question.code: self.choice_field(question, YES_NO, forms.RadioSelect)}

    def random_answer(self, question, rng, context):
        return {question.code: rng.choice(["yes", "yes", "no"])}


class MunicipalityKind(ChoiceKind):
    """A municipality of the survey's year, by its code."""

    name = "municipality"
    names_place = True

    def value_labels(self, question, year=None):
        return municipality_choices(year) if year else []

    def numbers(self, question, year=None):
        return {code: int(code) for code, _name in self.value_labels(question, year)}

    def form_fields(self, question, year):
        return {question.code: MunicipalityField(year=year, **self.common(question))}

    def random_answer(self, question, rng, context):
        return {question.code: rng.choice(context["municipalities"])}


class Number(Kind):
    """A whole or a decimal number, within the author's bounds and always within what the table holds."""

    name = "number"
    measure = "scale"
    results = "number"

    def parse(self, question, value):
        question.decimal = bool(value.get("decimal"))
        question.min_value, question.max_value = value.get("min_value"), value.get("max_value")

    def form_fields(self, question, year):
        field_class = forms.DecimalField if question.decimal else forms.IntegerField
        extra = {"max_digits": 14, "decimal_places": 4} if question.decimal else {}
        bounds = {
            "min_value": -LARGEST_NUMBER if question.min_value is None else question.min_value,
            "max_value": LARGEST_NUMBER if question.max_value is None else question.max_value,
        }
        return {question.code: field_class(**bounds, **extra, **self.common(question))}

    def decode(self, question, value):
        return Decimal(value) if value is not None and question.decimal else value

    def stored(self, value):
        return {"number": Decimal(value)}

    def shown(self, rows, labels):
        """A single number stays a number (files keep it one); whole numbers without decimals."""
        if len(rows) == 1:
            return number(rows[0]["number"])
        return ", ".join(str(number(row["number"])) for row in rows)

    def random_answer(self, question, rng, context):
        low = int(question.min_value or 0)
        high = int(question.max_value) if question.max_value is not None else low + 200
        return {question.code: Decimal(rng.randint(low, high))}


def number(value):
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else value.normalize()


class Text(Kind):
    name = "short_text"
    measure = "text"
    results = "text"
    limit = MAX_SHORT_TEXT
    widget = None

    def parse(self, question, value):
        question.max_length = value.get("max_length")

    def form_fields(self, question, year):
        widget = {"widget": self.widget} if self.widget else {}
        limit = min(question.max_length or self.limit, self.limit)
        return {question.code: forms.CharField(max_length=limit, **widget, **self.common(question))}

    def random_answer(self, question, rng, context):
        if question.required or rng.random() < 0.2:
            return {question.code: rng.choice(context["texts"])}
        return {}


class LongText(Text):
    name = "long_text"
    limit = MAX_TEXT
    widget = forms.Textarea(attrs={"rows": 5})


class Date(Kind):
    name = "date"
    measure = "date"
    results = "date"

    def form_fields(self, question, year):
        widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        return {question.code: forms.DateField(widget=widget, **self.common(question))}

    def decode(self, question, value):
        return datetime.date.fromisoformat(value) if value is not None else value

    def stored(self, value):
        return {"date": value}

    def show_row(self, row, labels):
        return row["date"].isoformat()

    def random_answer(self, question, rng, context):
        return {question.code: datetime.date(context["year"], 1, 1) + datetime.timedelta(days=rng.randint(0, 300))}


KINDS = {
    kind.name: kind
    for kind in (
        SingleChoice(),
        MultipleChoice(),
        Agreement(),
        StatementGroup(),
        Number(),
        Text(),
        LongText(),
        YesNo(),
        Date(),
        MunicipalityKind(),
    )
}


def kind_of(question):
    return KINDS[question.kind]


def own_choices():
    """{kind: [(code, label)]} of the kinds whose choices a condition may name without the author listing them
    (yes / no, the agreement scale): what the survey editor's condition picker offers for a question of that kind
    as soon as it is added."""
    from .structure import Question

    blank = {name: Question(kind=name, code="", label="") for name in KINDS}
    return {
        name: [(code, str(label)) for code, label in kind.value_labels(blank[name])]
        for name, kind in KINDS.items()
        if kind.choice_codes(blank[name])
    }


def demo_answers(questions_shown, rng=None, year=2025, municipalities=(), texts=("",)):
    """A demo respondent's cleaned answers: `questions_shown(answers)` yields the questions the answers so far
    show (surveys.structure.shown_questions), and each is answered by its kind; optional ones are skipped now
    and then."""
    rng = rng or random.Random()
    context = {"year": year, "municipalities": list(municipalities), "texts": list(texts)}
    answers = {}
    for question in questions_shown(answers):
        if not question.required and rng.random() < 0.15:
            continue
        answers.update(kind_of(question).random_answer(question, rng, context))
    return answers
