"""Survey e-mails (invitation, reminder, receipt), sent by a background task queued when the transaction that
made them necessary commits: a rolled-back invitation sends nothing."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

KINDS = ("invitation", "reminder", "receipt")


@task(backend="emails")
def send_survey_email(kind, recipients, context, language="fi"):
    send_email(kind, recipients, context, language)


def send_email(kind, recipients, context, language="fi"):
    """Render templates/surveys/email/<kind>_{subject,body}.txt in the language and send to the recipients."""
    with translation.override(language):
        subject = render_to_string(f"surveys/email/{kind}_subject.txt", context).strip()
        body = render_to_string(f"surveys/email/{kind}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def queue_email(kind, recipients, context, language="fi"):
    assert kind in KINDS
    if recipients:
        transaction.on_commit(lambda: send_survey_email.enqueue(kind, list(recipients), context, language))
