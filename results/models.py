"""Who sees which results: thematic working groups (translatable snippets) with their members and the surveys
or questions assigned to them. Programme staff, evaluators and the steering group are Django groups made by a
migration, with the permissions declared here (results.access reads them)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from reference.models import Goal
from surveys.blocks import CODE_ERRORS, CODE_REGEX

from .blocks import ResultBlock
from .serializers import PublishedResultsField


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

    def clean(self):
        """A mistyped series or question code would show the group nothing, without a word: both are checked
        against the series' rounds (a question asked in some rounds only is fine)."""
        from .rounds import round_codebook

        super().clean()
        if not self.series:
            return  # its own field's error says so
        rounds = series_rounds(self.series)
        if not rounds:
            raise ValidationError({"series": _("No survey has this series code.")})
        asked = {variable.question for one in rounds for variable in round_codebook(one).variables}
        unknown = sorted(self.question_codes - asked)
        if unknown:
            message = _("No round of the series asks %(unknown)s. Its questions: %(codes)s") % {
                "unknown": ", ".join(unknown),
                "codes": ", ".join(sorted(asked)),
            }
            raise ValidationError({"questions": message})


def series_rounds(series):
    """The rounds of a survey series, oldest first (their versions in the default language)."""
    from surveys.models import SurveyPage

    return list(SurveyPage.objects.filter(series=series, locale=Locale.get_default()).order_by("round_year"))


class Export(models.Model):
    """A file of results asked for by someone: what, by whom, with which filters, and how far it has got. The
    records are the exports' audit log (programme staff read it under Results → Exports); a file is kept until
    `expires`, then `remove_expired_exports` deletes it and the record stays."""

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "Excel (XLSX)"
        SAV = "sav", "SPSS (.sav)"
        BUNDLE = "zip", _("Evaluation bundle (ZIP)")
        FIGURES = "figures", _("Figures (CSV)")
        CODEBOOK = "codebook", _("Codebook (CSV)")

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Being written")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Removed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    username = models.CharField(max_length=150)  # kept when the user is removed
    survey = models.ForeignKey("surveys.SurveyPage", null=True, on_delete=models.SET_NULL, related_name="+")
    survey_title = models.CharField(max_length=255)
    format = models.CharField(max_length=8, choices=Format.choices)
    values = models.CharField(max_length=8, default="codes")  # codes or labels
    language = models.CharField(max_length=8)
    filters = models.JSONField(default=dict)
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    rows = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    file_name = models.CharField(max_length=255, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    error = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    heartbeat = models.DateTimeField(null=True)
    finished = models.DateTimeField(null=True)
    expires = models.DateTimeField(null=True)
    downloads = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self):
        return f"{self.survey_title} ({self.get_format_display()})"

    @property
    def progress(self):
        """Per cent of the rows written."""
        return min(100, round(100 * self.rows / self.total)) if self.total else 0


class Indicator(TranslatableMixin, models.Model):
    """An indicator of the programme (or an EU AMIF indicator it reports to), computed for every round of a survey
    series from a rule on question and choice codes, never typed: how many respondents chose one of `choices` of
    `question`, what share of them did, how many municipalities answered so, the sum or the mean of a number
    or a scale. Name and unit are translated; the rule is read from the default language's version."""

    class Kind(models.TextChoices):
        OUTPUT = "output", _("Output")
        RESULT = "result", _("Result")

    class Measure(models.TextChoices):
        RESPONDENTS = "respondents", _("Number of respondents choosing")
        SHARE = "share", _("Share of respondents choosing (%)")
        MUNICIPALITIES = "municipalities", _("Number of municipalities answering")
        SUM = "sum", _("Sum of the answers")
        MEAN = "mean", _("Mean of the answers")

    code = models.CharField(_("code"), max_length=64, validators=[RegexValidator(CODE_REGEX, CODE_ERRORS["invalid"])])
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("output or result"), max_length=8, choices=Kind.choices)
    unit = models.CharField(_("unit"), max_length=64, blank=True)
    goal = models.CharField(_("programme goal"), max_length=16, choices=Goal.choices)
    amif_indicator = models.CharField(
        _("EU AMIF indicator"), max_length=255, blank=True, help_text=_("The AMIF indicator this one reports to.")
    )
    baseline = models.DecimalField(_("baseline"), max_digits=12, decimal_places=2, null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=12, decimal_places=2, null=True, blank=True)
    series = models.CharField(
        _("survey series"), max_length=64, validators=[RegexValidator(CODE_REGEX, CODE_ERRORS["invalid"])]
    )
    measure = models.CharField(_("rule"), max_length=16, choices=Measure.choices)
    question = models.CharField(
        _("question code"), max_length=64, validators=[RegexValidator(CODE_REGEX, CODE_ERRORS["invalid"])]
    )
    choices = models.CharField(
        _("choice codes"),
        max_length=255,
        blank=True,
        help_text=_("The answers counted, separated by spaces (for counts and shares); empty: any answer."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("goal"),
        FieldPanel("unit"),
        FieldPanel("amif_indicator"),
        FieldPanel("baseline"),
        FieldPanel("target"),
        FieldPanel("series"),
        FieldPanel("measure"),
        FieldPanel("question"),
        FieldPanel("choices"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["goal", "kind", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name

    @property
    def choice_codes(self):
        return self.choices.split()

    def clean(self):
        """The rule must name what the series' rounds ask: a mistyped code would make the indicator "–" in every
        round without a word. Checked against every round's codebook (a question asked in some rounds only is
        fine); a sum or a mean needs numbers."""
        from .rounds import round_codebook

        super().clean()
        if not self.series or not self.question:
            return  # their own fields' errors say so
        rounds = series_rounds(self.series)
        if not rounds:
            raise ValidationError({"series": _("No survey has this series code.")})
        asked = [v for one in rounds for v in round_codebook(one).variables if v.name == self.question]
        if not asked:
            codes = sorted({v.name for one in rounds for v in round_codebook(one).variables})
            message = _("No round of the series asks this question. Its questions: %(codes)s") % {
                "codes": ", ".join(codes)
            }
            raise ValidationError({"question": message})
        if self.measure in (self.Measure.SUM, self.Measure.MEAN) and asked[-1].results not in ("number", "scale"):
            raise ValidationError({"measure": _("A sum or a mean needs a question answered with a number or a scale.")})
        known = {value.code for variable in asked for value in variable.values}
        unknown = [code for code in self.choice_codes if code not in known]
        if unknown:
            message = _("Not a choice of this question: %(unknown)s. Its choices: %(known)s") % {
                "unknown": ", ".join(unknown),
                "known": ", ".join(sorted(known)),
            }
            raise ValidationError({"choices": message})


class ResultSnapshot(models.Model):
    """A results block's figures, frozen when its page was first published with that block as it is: the page
    (in every language, by its translation key) shows them and the API serves them; nothing changes them."""

    translation_key = models.UUIDField(db_index=True)
    block_id = models.CharField(max_length=64)
    definition = models.CharField(max_length=64)  # a digest of what the block asks for
    survey = models.ForeignKey("surveys.SurveyPage", null=True, on_delete=models.SET_NULL, related_name="+")
    figures = models.JSONField()
    frozen = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-frozen"]
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "block_id", "definition"], name="one_snapshot")
        ]
        verbose_name = _("published result")
        verbose_name_plural = _("published results")


class ResultsPage(Page):
    """A page of published survey results: text, and results blocks whose figures are frozen at publishing."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(
        [
            ("text", blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "h3", "ul", "ol"])),
            ("result", ResultBlock()),
        ],
        verbose_name=_("body"),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("body"),
        APIField("published_results", serializer=PublishedResultsField()),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []
    template = "results/results_page.html"

    class Meta:
        verbose_name = _("results page")

    def snapshots(self):
        """{block id: ResultSnapshot} of the page's results blocks as they are now (one query)."""
        from .snapshots import digest

        wanted = {child.id: digest(child.value) for child in self.body if child.block_type == "result"}
        found = ResultSnapshot.objects.filter(translation_key=self.translation_key, block_id__in=wanted)
        return {s.block_id: s for s in found if wanted.get(s.block_id) == s.definition}

    @property
    def published_results(self):
        """The frozen figures of the page's results blocks, in order (the API's view of them)."""
        snapshots = self.snapshots()
        return [
            {
                "id": snapshots[child.id].pk,
                "block_id": child.id,
                "frozen": snapshots[child.id].frozen.isoformat(),
                **snapshots[child.id].figures,
            }
            for child in self.body
            if child.block_type == "result" and child.id in snapshots
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["snapshots"] = self.snapshots()
        return context
