"""Survey e-mails (invitation, reminder, receipt), sent by a background task queued when the transaction that
made them necessary commits: a rolled-back invitation sends nothing. A municipality is written to in its own
languages (its language status in the survey's year): Swedish to a Swedish-speaking one, both languages to a
bilingual one, its majority's first, each with that language's survey title and link."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from reference.models import MunicipalityYear

KINDS = ("invitation", "reminder", "receipt")
# Between the languages of a bilingual message.
SEPARATOR = "\n\n— — —\n\n"


@task(backend="emails")
def send_survey_email(kind, recipients, letters):
    send_email(kind, recipients, letters)


def send_email(kind, recipients, letters):
    """One message to `recipients` with templates/surveys/email/<kind>_{subject,body}.txt rendered in each
    language of `letters` ([(language, context)]), in that order."""
    parts = []
    for language, context in letters:
        with translation.override(language):
            subject = render_to_string(f"surveys/email/{kind}_subject.txt", context).strip()
            parts.append((subject, render_to_string(f"surveys/email/{kind}_body.txt", context).strip()))
    subject = " / ".join(subject for subject, _body in parts)
    body = SEPARATOR.join(body for _subject, body in parts) + "\n"
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def queue_email(kind, recipients, letters):
    assert kind in KINDS
    if recipients:
        transaction.on_commit(lambda: send_survey_email.enqueue(kind, list(recipients), letters))


def municipality_languages(municipality, year):
    """The languages `municipality` is written to in `year` (as classified then, or in the latest year before),
    its majority's first; Finnish where it is not classified."""
    classified = (
        MunicipalityYear.objects.filter(municipality=municipality, year__lte=year)
        .select_related("language_status")
        .order_by("-year")
        .first()
    )
    return classified.languages if classified else ("fi",)


def letters_to(invitation, context_in):
    """[(language, context)] for an e-mail to the invited municipality: in each of its languages, its name and
    the survey's title in that language (the survey's own where it has no translation), with what
    `context_in(language)` adds."""
    survey = invitation.survey
    versions = survey.language_versions(live=True)
    letters = []
    for language in municipality_languages(invitation.municipality, survey.round_year):
        version = versions.get(language, survey)
        with translation.override(language):
            context = {"municipality": invitation.municipality.name, "survey": version.title}
            letters.append((language, {**context, **context_in(language)}))
    return letters
