"""The results block of a results page: an editor picks a survey round, a question (or a cross-tabulation with a
second question, or the question across rounds) and filters; publishing freezes its figures (results.snapshots),
and the page shows the frozen figures, never live ones."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from surveys.blocks import CODE_REGEX

SHOW = [
    ("question", _("A question")),
    ("crosstab", _("A cross-tabulation of two questions")),
    ("trend", _("A question across rounds")),
]


class PickedBlock(blocks.RegexBlock):
    """A value the editor picks from those the block's survey round offers (static/js/result_block_picker.js,
    from results.block_options); stored as the code it is, and checked on save (snapshots.definition_problems)."""

    def __init__(self, picked, regex=CODE_REGEX, **kwargs):
        super().__init__(regex=regex, **kwargs)
        self.field.widget.attrs["data-result-pick"] = picked


class ResultBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False, help_text=_("Defaults to the question."))
    survey = blocks.PageChooserBlock(label=_("Survey round"), page_type="surveys.SurveyPage")
    show = blocks.ChoiceBlock(label=_("Show"), choices=SHOW, default="question")
    question = PickedBlock("question", label=_("Question"))
    column_question = PickedBlock(
        "column_question", label=_("Column question"), required=False, help_text=_("For a cross-tabulation.")
    )
    # Regex blocks, like the codes: wagtail-localize keeps them as the source has them (never offered to translate).
    area = PickedBlock("area", label=_("Area"), regex=r"^[a-z_]+:[0-9A-Za-z]+$", required=False)
    language = PickedBlock("language", label=_("Survey language"), regex=r"^[a-z]{2,3}$", required=False)

    class Meta:
        icon = "table"
        label = _("Survey results")

    def clean(self, value):
        from .snapshots import definition_problems

        value = super().clean(value)
        problems = definition_problems(value)
        if problems:
            raise blocks.StructBlockValidationError(
                block_errors={name: ValidationError(message) for name, message in problems.items()}
            )
        return value
