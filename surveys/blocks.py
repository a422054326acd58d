"""The survey builder's blocks: sections holding questions of each type.

Codes (question, choice, statement, indicator) are RegexBlocks on purpose: wagtail-localize translates CharBlock
and TextBlock text but synchronises other field blocks from the source page, so a code is the same in every
language version and only labels are translated.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from reference.models import Goal

CODE_REGEX = r"^[a-z][a-z0-9_]{0,62}$"
CODE_HELP = _(
    "Stable variable name: lowercase letters, digits and _, starting with a letter. Kept in every language and round."
)
CODE_ERRORS = {"invalid": _("Use lowercase letters, digits and _, starting with a letter.")}


CODE_LABEL = _("Code")


def code_block(label=CODE_LABEL, required=True):
    """A code field. Its help (CODE_HELP) is said once, above the survey's sections, not under every code."""
    return blocks.RegexBlock(regex=CODE_REGEX, label=label, error_messages=CODE_ERRORS, required=required)


# The lists a condition's fields offer (templates/surveys/admin/condition_choices.html, filled from the survey).
QUESTIONS_LIST, CHOICES_LIST = "survey-condition-questions", "survey-condition-choices"


class PickedCodeBlock(blocks.RegexBlock):
    """A code field that offers the codes of the survey's own questions or choices as the editor types (an
    input with a list: picked, not remembered); the survey still refuses a code that points at nothing."""

    def __init__(self, options, **kwargs):
        super().__init__(regex=CODE_REGEX, error_messages=CODE_ERRORS, **kwargs)
        self.options = options
        self.field.widget.attrs["list"] = options


class ConditionBlock(blocks.StructBlock):
    """Show only when an earlier section's question was answered with this choice."""

    question = PickedCodeBlock(QUESTIONS_LIST, label=_("Question code"), required=False)
    choice = PickedCodeBlock(CHOICES_LIST, label=_("Choice code"), required=False)

    class Meta:
        label = _("Show only if")
        form_classname = "struct-block condition-block"


class ChoiceItemBlock(blocks.StructBlock):
    code = code_block()
    label = blocks.CharBlock(label=_("Text of the choice"))

    class Meta:
        label_format = "{code} · {label}"
        form_classname = "struct-block choice-item"  # code and text on one row (static/css/survey_editor.css)


class QuestionBlock(blocks.StructBlock):
    code = code_block()
    label = blocks.CharBlock(label=_("Question"))
    help_text = blocks.TextBlock(label=_("Help text"), required=False)
    required = blocks.BooleanBlock(label=_("Required"), required=False, default=True)
    goal = blocks.ChoiceBlock(label=_("Programme goal"), choices=Goal.choices, required=False)
    indicator = code_block(_("Indicator"), required=False)
    show_if = ConditionBlock()
    comparable = blocks.BooleanBlock(
        label=_("Comparable with earlier rounds"),
        required=False,
        help_text=_(
            "Tick if the wording or choices changed since the last round but the answers can still be compared: "
            "trends then show no break in series."
        ),
    )

    class Meta:
        # Collapsed, a question is one line: its kind (the block's label), its code and its text.
        label_format = "{code} · {label}"


class SingleChoiceBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceItemBlock(), label=_("Choices"))
    widget = blocks.ChoiceBlock(
        label=_("Shown as"), choices=[("radio", _("Radio buttons")), ("select", _("Drop-down list"))], default="radio"
    )


class MultipleChoiceBlock(QuestionBlock):
    choices = blocks.ListBlock(ChoiceItemBlock(), label=_("Choices"))
    allow_other = blocks.BooleanBlock(label=_("Add “other, please specify”"), required=False)


class StatementGroupBlock(QuestionBlock):
    """Statements answered on the agreement scale, each a fieldset of its own (no grid)."""

    statements = blocks.ListBlock(ChoiceItemBlock(), label=_("Statements"))


class NumberBlock(QuestionBlock):
    decimal = blocks.BooleanBlock(label=_("Decimals allowed"), required=False)
    min_value = blocks.DecimalBlock(label=_("Smallest allowed"), required=False)
    max_value = blocks.DecimalBlock(label=_("Largest allowed"), required=False)


class TextQuestionBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(label=_("Maximum length"), required=False, min_value=1, max_value=10000)


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock(label=_("Single choice"))
    multiple_choice = MultipleChoiceBlock(label=_("Multiple choice"))
    agreement = QuestionBlock(label=_("Agreement scale (5 points + can't say)"))
    statement_group = StatementGroupBlock(label=_("Statements on the agreement scale"))
    number = NumberBlock(label=_("Number"))
    short_text = TextQuestionBlock(label=_("Short text"))
    long_text = TextQuestionBlock(label=_("Long text"))
    yes_no = QuestionBlock(label=_("Yes / no"))
    date = QuestionBlock(label=_("Date"))
    municipality = QuestionBlock(label=_("Municipality"))

    class Meta:
        collapsed = True  # each question one line until opened


class SectionBlock(blocks.StructBlock):
    """One step of the form."""

    title = blocks.CharBlock(label=_("Title"))
    intro = blocks.RichTextBlock(label=_("Introduction"), required=False, features=["bold", "italic", "link", "ul"])
    show_if = ConditionBlock()
    questions = QuestionStreamBlock(label=_("Questions"))

    class Meta:
        icon = "form"
        label = _("Section")
        label_format = "{title}"
