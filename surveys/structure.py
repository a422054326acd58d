"""A survey's structure as plain data, read from the StreamField of a page or of the revision a response
answered: forms, conditions, review pages and aggregation all work from this, keyed by codes."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

AGREEMENT_SCALE = [
    ("strongly_disagree", _("Strongly disagree"), 1),
    ("disagree", _("Disagree"), 2),
    ("neutral", _("Neither agree nor disagree"), 3),
    ("agree", _("Agree"), 4),
    ("strongly_agree", _("Strongly agree"), 5),
    ("cant_say", _("Can't say"), None),
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
OTHER = "other"


@dataclass(frozen=True)
class Condition:
    question: str
    choice: str

    def holds(self, answers):
        value = answers.get(self.question)
        return self.choice in value if isinstance(value, list) else value == self.choice


@dataclass
class Question:
    kind: str
    code: str
    label: str
    help_text: str = ""
    required: bool = True
    goal: str = ""
    indicator: str = ""
    condition: Condition | None = None
    choices: list = field(default_factory=list)  # [(code, label)]; statements for a statement group
    widget: str = "radio"
    allow_other: bool = False
    decimal: bool = False
    min_value: object = None
    max_value: object = None
    max_length: int | None = None

    @property
    def codes(self):
        """The answer codes this question stores: its own, or one per statement of a group."""
        return [code for code, _ in self.choices] if self.kind == "statement_group" else [self.code]


@dataclass(eq=False)  # compared and hashed by identity: used as a key when grouping the review
class Section:
    index: int
    title: str
    intro: str
    condition: Condition | None
    questions: list

    @property
    def step(self):
        return str(self.index)


def _condition(value):
    if value and value.get("question") and value.get("choice"):
        return Condition(value["question"], value["choice"])
    return None


def _question(kind, value):
    question = Question(
        kind=kind,
        code=value["code"],
        label=value["label"],
        help_text=value.get("help_text") or "",
        required=bool(value.get("required")),
        goal=value.get("goal") or "",
        indicator=value.get("indicator") or "",
        condition=_condition(value.get("show_if")),
    )
    if kind in ("single_choice", "multiple_choice"):
        question.choices = [(c["code"], c["label"]) for c in value["choices"]]
        question.widget = value.get("widget") or "radio"
        question.allow_other = bool(value.get("allow_other"))
    elif kind == "statement_group":
        question.choices = [(s["code"], s["label"]) for s in value["statements"]]
    elif kind == "number":
        question.decimal = bool(value.get("decimal"))
        question.min_value, question.max_value = value.get("min_value"), value.get("max_value")
    elif kind in ("short_text", "long_text"):
        question.max_length = value.get("max_length")
    return question


def sections_of(stream_value):
    """The sections of a `sections` StreamField value."""
    return [
        Section(
            index=index,
            title=block.value["title"],
            intro=str(block.value.get("intro") or ""),
            condition=_condition(block.value.get("show_if")),
            questions=[_question(q.block_type, q.value) for q in block.value["questions"]],
        )
        for index, block in enumerate(stream_value)
    ]


def all_questions(sections):
    return [q for section in sections for q in section.questions]
