"""Surveys built in Wagtail: a survey page holds sections (steps) of questions; responses keep the revision they
answered, so editing a live survey never changes what an earlier answer meant."""

import hashlib
import secrets
from contextlib import nullcontext

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models, transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Revision

from core.mixins import LeadMixin
from core.page_cache import PublicPageMixin, public

from .blocks import SectionBlock
from .kinds import kind_of
from .live import LiveSurvey
from .structure import sections_of

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
        context["surveys"] = SurveyPage.objects.live().child_of(self).order_by("-round_year", "title")
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
    sections = StreamField([("section", SectionBlock())], verbose_name=_("sections"))
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
        FieldRowPanel([FieldPanel("audience"), FieldPanel("round_year"), FieldPanel("retention_days")]),
        FieldPanel("access_codes"),
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        MultiFieldPanel(
            [
                HelpPanel(
                    _(
                        "Every response keeps the version of the survey it answered: editing a live survey changes "
                        "the form for new answers only. Codes must stay the same for rounds to be compared."
                    )
                ),
                FieldPanel("sections"),
            ],
            heading=_("Sections and questions"),
        ),
        FieldPanel("thank_you"),
    ]
    api_fields = [APIField("audience"), APIField("round_year"), APIField("intro")]

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

    def structure(self):
        return sections_of(self.sections)

    def clean(self):
        super().clean()
        errors, seen, choices_of = [], set(), {}

        def check_choice(condition):
            if condition.choice not in choices_of[condition.question]:
                errors.append(
                    _("%(code)s has no choice %(choice)s.") % {"code": condition.question, "choice": condition.choice}
                )

        for section in self.structure():
            if section.condition and section.condition.question not in choices_of:
                errors.append(
                    _("Section “%(title)s” depends on %(code)s, which is not in an earlier section.")
                    % {"title": section.title, "code": section.condition.question}
                )
            elif section.condition:
                check_choice(section.condition)
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
                    check_choice(condition)
            for question in section.questions:  # conditions may only look back to earlier sections
                choices_of[question.code] = kind_of(question).choice_codes(question)
        if errors:
            raise ValidationError({"sections": errors})

    @property
    def canonical(self):
        """The survey in the default language: responses in every language belong to it."""
        if self.locale.language_code == Locale.get_default().language_code:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    @property
    def is_open(self):
        return self.live and (self.expire_at is None or self.expire_at > timezone.now())

    @path("")
    @public
    def start(self, request):
        return self.render(request)

    @re_path(r"^answer/(?:(?P<step>[\w-]{1,20})/)?$", name="answer")
    def answer(self, request, step=None):
        """Usually served by surveys.views.answer_at_path, without routing through the page tree."""
        from .views import answer

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
        from .views import invitation

        return invitation(request, self, token, step)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def new_token():
    """(token, its hash): 256 random bits for an invitation link, of which only the hash is stored."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


class Invitation(models.Model):
    """A municipality's link to a survey. The token (256 random bits) is shown once; only its hash is kept."""

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="invitations")
    municipality = models.ForeignKey("reference.Municipality", on_delete=models.PROTECT, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    emails = models.TextField(_("contact e-mail addresses"), help_text=_("One per line."))
    created_at = models.DateTimeField(auto_now_add=True)
    opened_at = models.DateTimeField(null=True, blank=True)
    # When a link was last queued to the municipality (invitation, new link or reminder): reminders wait a day.
    contacted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["survey", "municipality"], name="one_invitation_per_municipality")
        ]
        verbose_name = _("invitation")

    @classmethod
    def create(cls, survey, municipality, emails):
        """The invitation and its token; the token exists only in the returned value."""
        token, token_hash = new_token()
        invitation = cls.objects.create(
            survey=survey.canonical, municipality=municipality, token_hash=token_hash, emails=emails
        )
        return invitation, token

    def replace_token(self):
        """A new token for the link, returned and stored as its hash: the earlier link stops working."""
        token, self.token_hash = new_token()
        self.save(update_fields=["token_hash"])
        return token

    @classmethod
    def for_token(cls, token):
        return cls.objects.select_related("survey", "municipality").filter(token_hash=hash_token(token)).first()


class InvitationEvent(models.Model):
    """What staff did with an invitation, and who: the record of invitations, reminders, new links and reopened
    responses."""

    class Kind(models.TextChoices):
        INVITED = "invited", _("Invited")
        REMINDED = "reminded", _("Reminded")
        NEW_LINK = "new_link", _("New link sent")
        REOPENED = "reopened", _("Response reopened")

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("invitation event")


class ResponseStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")


class ResponseManager(models.Manager):
    def insert(self, answers=(), **values):
        """Insert one response (`values`: field values by attribute name; defaults for the others) and its
        `answers` (rows for AnswerManager.insert_rows), both or neither, and return the response's id.

        On PostgreSQL it is one statement (a data-modifying WITH), atomic by itself and one round trip to the
        server; elsewhere two, in a transaction of their own. `create` would build a model instance and send its
        signals for a row the submit never reads back; the values are prepared as the ORM prepares them."""
        connection = connections[self.db]
        ops = connection.ops
        meta = self.model._meta
        fields = [field for field in meta.concrete_fields if not field.primary_key]
        params = [
            field.get_db_prep_save(
                values.pop(field.attname) if field.attname in values else field.get_default(), connection
            )
            for field in fields
        ]
        if values:
            raise TypeError(f"{meta.object_name} has no fields {', '.join(values)}")
        sql = (
            f"INSERT INTO {ops.quote_name(meta.db_table)} ({', '.join(ops.quote_name(f.column) for f in fields)}) "
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        returning = f" RETURNING {ops.quote_name(meta.pk.column)}"
        if connection.vendor == "postgresql" and answers:
            answer_sql, answer_params = Answer.objects.insert_sql(answers)
            # Inside a transaction, a savepoint keeps a failed statement (a second submit) from breaking it.
            savepoint = transaction.atomic(using=self.db) if connection.in_atomic_block else nullcontext()
            with savepoint, connection.cursor() as cursor:
                cursor.execute(f"WITH response AS ({sql}{returning}) {answer_sql}", [*params, *answer_params])
                return cursor.fetchone()[0]
        with transaction.atomic(using=self.db), connection.cursor() as cursor:
            if connection.features.can_return_columns_from_insert:
                cursor.execute(sql + returning, params)
                response_id = cursor.fetchone()[0]
            else:  # SQLite before 3.35
                cursor.execute(sql, params)
                response_id = ops.last_insert_id(cursor, meta.db_table, meta.pk.column)
            Answer.objects.insert_rows(response_id, answers)
        return response_id


class SurveyResponse(models.Model):
    """One response: a municipality's shared one, or one anonymous participant's. Participants' responses hold
    no account, e-mail, IP address, user agent or time of day: only the date."""

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="responses")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="+")
    language = models.CharField(max_length=8)
    invitation = models.OneToOneField(
        Invitation, null=True, blank=True, on_delete=models.CASCADE, related_name="response"
    )
    status = models.CharField(max_length=16, choices=ResponseStatus.choices, default=ResponseStatus.IN_PROGRESS)
    submission_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    draft = models.JSONField(default=dict, blank=True)
    step_versions = models.JSONField(default=dict, blank=True)
    submitted_on = models.DateField(null=True, blank=True)
    submitted_by = models.CharField(max_length=200, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    objects = ResponseManager()

    class Meta:
        verbose_name = _("response")


class AnswerManager(models.Manager):
    """Answers are stored with SQL of their own: bulk_create prepared each value of each row through its model
    field, which for the few dozen short codes of a submit took longer than the database did. The values here
    are codes, texts, Decimals and dates, adapted as the ORM adapts them."""

    columns = ("question", "choice", "number", "text", "date")

    def _values(self, rows):
        ops = connections[self.db].ops
        number = self.model._meta.get_field("number")
        return [
            (
                row["question"],
                row.get("choice", ""),
                ops.adapt_decimalfield_value(row.get("number"), number.max_digits, number.decimal_places),
                row.get("text", ""),
                ops.adapt_datefield_value(row.get("date")),
            )
            for row in rows
        ]

    def _insert_into(self):
        ops = connections[self.db].ops
        meta = self.model._meta
        columns = [meta.get_field(name).column for name in ("response", *self.columns)]
        return f"INSERT INTO {ops.quote_name(meta.db_table)} ({', '.join(map(ops.quote_name, columns))})"

    def insert_rows(self, response_id, rows):
        """Store the answers of one response (`rows`: dicts of field values, surveys.structure.answer_rows): one
        statement run for each row, which the database compiles once (and psycopg sends to PostgreSQL in one
        go)."""
        placeholders = ", ".join(["%s"] * (len(self.columns) + 1))
        with connections[self.db].cursor() as cursor:
            cursor.executemany(
                f"{self._insert_into()} VALUES ({placeholders})",
                [(response_id, *values) for values in self._values(rows)],
            )

    def insert_sql(self, rows):
        """(SQL, parameters) inserting `rows` for the response that a PostgreSQL WITH query named `response`
        inserted and returned the id of (ResponseManager.insert); it returns that id in turn."""
        connection = connections[self.db]
        meta = self.model._meta
        types = [meta.get_field(name).cast_db_type(connection) for name in self.columns]
        row = "(" + ", ".join(f"%s::{db_type}" for db_type in types) + ")"
        values = self._values(rows)
        response_id = connection.ops.quote_name(meta.get_field("response").column)
        response_pk = connection.ops.quote_name(meta.get_field("response").related_model._meta.pk.column)
        sql = (
            f"{self._insert_into()} SELECT response.{response_pk}, answer.* FROM response, "
            f"(VALUES {', '.join([row] * len(values))}) AS answer RETURNING {response_id}"
        )
        return sql, [value for row_values in values for value in row_values]


class Answer(models.Model):
    """One answer in the narrow table: question code and choice code, whatever language it was given in.

    Its one index is the response's: answers are read by response, and counted over the responses of a survey
    or a round, joined through it. An index on (question, choice) would put a response's twenty-odd answers on
    as many index pages, each written again at every submit: a submit wrote three times as many pages with it."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.CharField(max_length=64)
    choice = models.CharField(max_length=64, blank=True)
    number = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)

    objects = AnswerManager()


class AccessCodeBatch(models.Model):
    """Paper access codes printed for one class or event."""

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="access_code_batches")
    label = models.CharField(_("class or event"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("batch of access codes")


class AccessCode(models.Model):
    """A one-time code on a paper slip. Only whether it was used is kept (not when: a day's date matched with a
    response's could tell whose answers they are), and no response refers to it, so a code cannot be matched to
    the answers given with it."""

    batch = models.ForeignKey(AccessCodeBatch, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(max_length=16, unique=True)
    used = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("access code")
