"""Responses and their answers in the narrow table, with the SQL that writes them in one statement."""

from contextlib import nullcontext
from decimal import Decimal

from django.db import connections, models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from .invitations import Invitation
from .pages import SurveyPage


class ResponseStatus(models.TextChoices):
    """Results, exports, indicators and the status board count submitted responses only: a survey manager's
    test (surveys.trial) is kept apart by its status, never counted, and deleted with the survey's other tests."""

    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    TEST = "test", _("Test")


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
    # When a colleague last saved a step of a municipality's shared response (never set for a participant's).
    saved_at = models.DateTimeField(null=True, blank=True)

    objects = ResponseManager()

    class Meta:
        verbose_name = _("response")


def _decimal(number):
    """A number as a Decimal (a scale's value is an int): an array of answers holds values of one type."""
    return number if number is None or isinstance(number, Decimal) else Decimal(str(number))


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
                ops.adapt_decimalfield_value(_decimal(row.get("number")), number.max_digits, number.decimal_places),
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
        inserted and returned the id of (ResponseManager.insert); it returns that id in turn. Each column is
        sent as one array, unnested into rows: the statement is the same for any number of answers, so neither
        psycopg nor PostgreSQL parses a new one for every submit."""
        connection = connections[self.db]
        meta = self.model._meta
        types = [meta.get_field(name).cast_db_type(connection) for name in self.columns]
        arrays = ", ".join(f"%s::{db_type}[]" for db_type in types)
        response_id = connection.ops.quote_name(meta.get_field("response").column)
        response_pk = connection.ops.quote_name(meta.get_field("response").related_model._meta.pk.column)
        sql = (
            f"{self._insert_into()} SELECT response.{response_pk}, answer.* FROM response, "
            f"unnest({arrays}) AS answer RETURNING {response_id}"
        )
        return sql, [list(column) for column in zip(*self._values(rows), strict=True)]


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


class ValueCode(models.Model):
    """The number a choice code of a question keeps for ever (statistics programs such as SPSS store numbers):
    given in order of first appearance, the first time a revision with the choice is read into a codebook
    (surveys.codebook), and never changed or reused. Kinds with numbers of their own (the agreement scale, yes/no,
    municipalities) do not need rows here."""

    question = models.CharField(max_length=64)
    choice = models.CharField(max_length=64)
    number = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "choice"], name="one_number_per_choice"),
            models.UniqueConstraint(fields=["question", "number"], name="one_choice_per_number"),
        ]
        verbose_name = _("value code")
