"""StreamField blocks of the programme page: its goals and means."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from reference.models import Goal, Means


class GoalBlock(blocks.StructBlock):
    """One of the programme's goals: its stable code, a title and a description."""

    code = blocks.ChoiceBlock(choices=Goal.choices, label=_("Goal"))
    title = blocks.CharBlock(label=_("Title"))
    description = blocks.RichTextBlock(label=_("Description"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "list-ul"
        template = "components/blocks/programme_item.html"


class MeansBlock(GoalBlock):
    code = blocks.ChoiceBlock(choices=Means.choices, label=_("Means"))
