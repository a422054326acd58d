"""Who sees which results: thematic working groups (translatable snippets) with their members and the surveys
or questions assigned to them. Programme staff, evaluators and the steering group are Django groups made by a
migration, with the permissions declared here (results.access reads them)."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin

from surveys.blocks import CODE_ERRORS, CODE_REGEX


class WorkingGroup(TranslatableMixin, ClusterableModel):
    """A thematic working group. Its members see the results of the survey series (or only the questions)
    assigned to it, and nothing else; members and assignments are read from the default language's version."""

    name = models.CharField(_("name"), max_length=200)
    theme = models.CharField(_("theme"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    members = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="working_groups", verbose_name=_("members")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("theme"),
        FieldPanel("description"),
        FieldPanel("members"),
        InlinePanel("assignments", label=_("surveys assigned")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        permissions = [
            ("view_all_results", _("Can see every result, open answers included (programme staff)")),
            ("view_aggregates", _("Can see every aggregate result and municipality-level figures (evaluators)")),
        ]

    def __str__(self):
        return self.name


class Assignment(Orderable):
    """A survey series assigned to a working group: every round of it, all its questions or the ones listed."""

    group = ParentalKey(WorkingGroup, on_delete=models.CASCADE, related_name="assignments")
    series = models.CharField(
        _("survey series"),
        max_length=64,
        validators=[RegexValidator(CODE_REGEX, CODE_ERRORS["invalid"])],
        help_text=_("The series code of the survey (its settings): every round of it."),
    )
    questions = models.TextField(
        _("question codes"),
        blank=True,
        help_text=_("Only these questions (codes separated by spaces or lines); empty for every question."),
    )

    panels = [FieldPanel("series"), FieldPanel("questions")]

    class Meta(Orderable.Meta):
        verbose_name = _("assignment")

    @property
    def question_codes(self):
        return set(self.questions.split())
