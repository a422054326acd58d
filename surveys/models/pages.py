"""The survey pages: the index and a survey, built from sections of coded questions."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.http import HttpResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

from core.mixins import LeadMixin
from core.page_cache import PublicPageMixin, public, valid_until

from ..blocks import CODE_ERRORS, CODE_HELP, CODE_REGEX, SectionBlock
from ..collection import SurveyStatus, collection_status, next_change
from ..kinds import kind_of, own_choices
from ..live import LiveSurvey
from ..panels import GoLivePanel
from ..structure import sections_of

RICH = ["bold", "italic", "link", "ol", "ul", "h3"]


class Audience(models.TextChoices):
    MUNICIPALITIES = "municipalities", _("Municipalities, by invitation")
    PARTICIPANTS = "participants", _("Programme participants, anonymously")


class SurveyIndexPage(PublicPageMixin, LeadMixin, Page):
    content_panels = [*Page.content_panels, FieldPanel("lead")]
    api_fields = [APIField("lead")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["surveys.SurveyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("survey index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        surveys = list(SurveyPage.objects.live().child_of(self).order_by("-round_year", "title"))
        by_status = {status: [s for s in surveys if s.status == status] for status in SurveyStatus}
        valid_until(request, next_change(surveys))
        context.update(
            open_surveys=by_status[SurveyStatus.OPEN],
            upcoming_surveys=by_status[SurveyStatus.UPCOMING],
            closed_surveys=by_status[SurveyStatus.CLOSED],
            surveys=surveys,
        )
        return context


class SurveyPage(RoutablePageMixin, Page):
    audience = models.CharField(_("audience"), max_length=16, choices=Audience.choices)
    round_year = models.PositiveSmallIntegerField(_("round (year)"))
    intro = RichTextField(_("introduction"), features=RICH)
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=RICH,
        help_text=_(
            "Controller, purpose, that answering is voluntary and affects no services or permits, and how long "
            "answers are kept."
        ),
    )
    thank_you = RichTextField(_("thank-you text"), features=RICH)
    retention_days = models.PositiveIntegerField(
        _("retention (days)"),
        default=730,
        help_text=_("Raw answers are deleted this many days after the survey closes (command purge_survey_answers)."),
    )
    sections = StreamField([("section", SectionBlock())], verbose_name=_("sections"), collapsed=True)
    series = models.CharField(
        _("series"),
        max_length=64,
        validators=[RegexValidator(CODE_REGEX, CODE_ERRORS["invalid"])],
        help_text=_(
            "A code that every round of the same survey shares (kept when a survey is copied for the next round): "
            "results compare rounds by it, question by question."
        ),
    )
    small_group_threshold = models.PositiveSmallIntegerField(
        _("smallest group shown"),
        default=5,
        validators=[MinValueValidator(3)],
        help_text=_("Results describing fewer respondents than this are hidden (k)."),
    )
    protect_small_groups = models.BooleanField(
        _("hide small groups in results"),
        null=True,
        blank=True,
        help_text=_(
            "Unset: as the audience needs: participants' answers are personal data and are protected; municipalities' "
            "answers are authority data and are shown per municipality."
        ),
    )
    # The collection period, apart from publishing: a published survey's page says when it opens or that it has
    # closed, and stays published (with its codebook and results) after it closes. Wagtail's own expiry would
    # unpublish the page instead.
    opens_at = models.DateTimeField(
        _("answers accepted from"), null=True, blank=True, help_text=_("Empty: from when the survey is published.")
    )
    closes_at = models.DateTimeField(
        _("answers accepted until"),
        null=True,
        blank=True,
        help_text=_("Empty: until further notice. Raw answers are kept for the retention period after this."),
    )
    access_codes = models.BooleanField(
        _("paper access codes required"),
        default=False,
        help_text=_(
            "Participants' surveys only: each respondent types a one-time code from a slip that staff print for a "
            "class or an event (Survey status → access codes). The code is not stored with the answers."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("audience"), FieldPanel("series"), FieldPanel("round_year")]),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldRowPanel(
            [FieldPanel("retention_days"), FieldPanel("small_group_threshold"), FieldPanel("protect_small_groups")]
        ),
        FieldPanel("access_codes"),
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        MultiFieldPanel(
            [
                HelpPanel(template="surveys/admin/condition_choices.html"),
                HelpPanel(
                    format_lazy(
                        "{} {}",
                        _(
                            "Every response keeps the version of the survey it answered: editing a live survey "
                            "changes the form for new answers only. Codes must stay the same for rounds to be "
                            "compared."
                        ),
                        CODE_HELP,
                    )
                ),
                FieldPanel("sections"),
            ],
            heading=_("Sections and questions"),
        ),
        FieldPanel("thank_you"),
    ]
    settings_panels = [GoLivePanel(), *Page.settings_panels[1:]]
    api_fields = [
        APIField("audience"),
        APIField("round_year"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("intro"),
    ]

    parent_page_types = ["surveys.SurveyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        # Survey administration is a permission of its own (the "Survey managers" group), not a side effect of
        # being able to edit the page: it reaches municipalities' responses and contact addresses.
        permissions = [
            (
                "administer_surveys",
                _("Can administer surveys: invitations, reminders, reopening responses, paper access codes"),
            )
        ]

    # Codes and settings are the same in every language version: not offered for translating.
    override_translatable_fields = [SynchronizedField("series")]

    def structure(self):
        return sections_of(self.sections)

    @property
    def suppresses(self):
        """Whether results hide small groups: as set, or as the audience needs."""
        if self.protect_small_groups is None:
            return self.audience == Audience.PARTICIPANTS
        return self.protect_small_groups

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The survey must close after it opens.")})
        errors, seen, choices_of = [], set(), {}

        def check_choice(condition, dependent):
            if condition.choice not in choices_of[condition.question]:
                errors.append(
                    _("“%(dependent)s” depends on %(code)s, which has no choice %(choice)s.")
                    % {"dependent": dependent, "code": condition.question, "choice": condition.choice}
                )

        for section in self.structure():
            if section.condition and section.condition.question not in choices_of:
                errors.append(
                    _("Section “%(title)s” depends on %(code)s, which is not in an earlier section.")
                    % {"title": section.title, "code": section.condition.question}
                )
            elif section.condition:
                check_choice(section.condition, section.title)
            for question in section.questions:
                for code in question.codes:
                    if code in seen:
                        errors.append(_("The code %(code)s is used twice.") % {"code": code})
                    seen.add(code)
                condition = question.condition
                if condition and condition.question not in choices_of:
                    errors.append(
                        _("“%(label)s” depends on %(code)s, which is not in an earlier section.")
                        % {"label": question.label, "code": condition.question}
                    )
                elif condition:
                    check_choice(condition, question.label)
            for question in section.questions:  # conditions may only look back to earlier sections
                choices_of[question.code] = kind_of(question).choice_codes(question)
        if errors:
            raise ValidationError({"sections": errors})

    def condition_options(self):
        """[(question code, its text, [(choice code, its text)])] of the questions a condition may name (those
        with choices), as last saved: what the editor's condition fields offer."""
        options = []
        for section in self.structure():
            for question in section.questions:
                kind = kind_of(question)
                codes = kind.choice_codes(question)
                if codes:
                    labels = [(code, label) for code, label in kind.value_labels(question) if code in codes]
                    options.append((question.code, question.label, labels))
        return options

    @property
    def condition_kind_choices(self):
        """The condition picker's choices of the kinds that have their own (surveys.kinds.own_choices)."""
        return own_choices()

    def language_versions(self, live=False):
        """{language code: this survey's page in that language}, every language version (or the published ones)."""
        versions = SurveyPage.objects.filter(translation_key=self.translation_key).select_related("locale")
        return {version.locale.language_code: version for version in (versions.live() if live else versions)}

    @property
    def canonical(self):
        """The survey in the default language: responses in every language belong to it."""
        if self.locale.language_code == Locale.get_default().language_code:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    @property
    def status(self):
        return collection_status(self.opens_at, self.closes_at) if self.live else SurveyStatus.CLOSED

    @property
    def is_open(self):
        return self.status == SurveyStatus.OPEN

    @path("")
    @public
    def start(self, request):
        valid_until(request, next_change([self]))
        return self.render(request)

    @re_path(r"^answer/(?:(?P<step>[\w-]{1,20})/)?$", name="answer")
    def answer(self, request, step=None):
        """Usually served by surveys.views.answer_at_path, without routing through the page tree."""
        from ..views import answer

        return answer(request, LiveSurvey.of(self), step)

    def closed(self, request):
        """The start page, saying the survey is closed; 410 Gone, so that nothing is stored."""
        response = self.render(request)
        response.status_code = 410
        return response

    @re_path(r"^qr/(?P<kind>svg|png)/$", name="qr")
    @public
    def qr(self, request, kind):
        """A QR code of the survey's address for posters: SVG to print at any size, PNG for documents."""
        import io

        import segno

        code = segno.make(self.get_full_url(request), error="m")
        buffer = io.BytesIO()
        options = {"scale": 4, "title": self.title} if kind == "svg" else {"scale": 10}
        code.save(buffer, kind=kind, border=4, **options)
        response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml" if kind == "svg" else "image/png")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-qr.{kind}"'
        return response

    @path("thanks/", name="thanks")
    @public
    def thanks(self, request):
        return self.render(request, template="surveys/thanks.html")

    @re_path(r"^i/(?P<token>[\w-]{20,100})/(?:(?P<step>[\w-]{1,20})/)?$", name="invitation")
    def invitation(self, request, token, step=None):
        """Usually served by surveys.views.invitation_at_path, which also serves a closed or unpublished survey's
        invitation links."""
        from ..views import invitation

        return invitation(request, self, token, step)
