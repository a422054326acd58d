"""A survey's structure as plain data, read from the StreamField of a page or of the revision a response
answered: forms, conditions, review pages and aggregation all work from this, keyed by codes. What each kind of
question adds is in surveys.kinds."""

from dataclasses import dataclass, field

from .kinds import KINDS, kind_of


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
    comparable: bool = False  # the author's word that a changed question still compares with earlier rounds
    choices: list = field(default_factory=list)  # [(code, label)]; statements for a statement group
    widget: str = "radio"
    allow_other: bool = False
    decimal: bool = False
    min_value: object = None
    max_value: object = None
    max_length: int | None = None

    @property
    def codes(self):
        """The answer codes (variables) this question stores: its own, or one per statement of a group."""
        return [variable for variable, _label, _values in kind_of(self).variables(self)]

    def shown(self, answers):
        """Whether someone who answered `answers` is asked this question."""
        return not self.condition or self.condition.holds(answers)


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

    def shown(self, answers):
        return not self.condition or self.condition.holds(answers)


def shown_questions(sections, answers):
    """(section, question) pairs shown to someone who answered `answers`, in order: the one walk through the
    conditions. Conditions look back only, so `answers` may grow while this is iterated (the demo's respondents
    answer as they go)."""
    for section in sections:
        if section.shown(answers):
            for question in section.questions:
                if question.shown(answers):
                    yield section, question


def answer_rows(sections, answers):
    """The answer rows of every question shown, from the cleaned answers of every step: what is stored, so that
    answers to questions that ended up hidden never are."""
    rows = []
    for _section, question in shown_questions(sections, answers):
        rows += kind_of(question).answer_rows(question, answers)
    return rows


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
        comparable=bool(value.get("comparable")),
    )
    KINDS[kind].parse(question, value)
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
