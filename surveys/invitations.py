"""Inviting municipalities to a survey, reminding those that have not submitted and sending a new link: the
e-mails go out through the background task queue once the invitations are committed, each with a new link made
as it is sent (the earlier link stops working then). Every action is recorded with who took it."""

import datetime
from functools import partial

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django_tasks import task

from reference.areas import REGIONAL_CENTRE, field_for, municipalities_in
from reference.models import AreaKind, Municipality, MunicipalityYear

from .emails import letters_to, send_email
from .models import Invitation, InvitationEvent, ResponseStatus, ScheduledReminder

# Reminders to one municipality at most this often (a new link asked for by staff is not held back).
REMINDER_INTERVAL = datetime.timedelta(days=1)


def municipalities_for(survey, scope="all", code=None, codes=()):
    """The municipalities of the survey's year: all, a region's, an elinvoimakeskus's / ELY Centre's (by the
    grouping in force that year), or the listed codes."""
    year = survey.round_year
    if scope in ("region", "regional_centre"):
        grouping = AreaKind.REGION if scope == "region" else REGIONAL_CENTRE
        chosen = municipalities_in(grouping, code, year)
    else:
        years = MunicipalityYear.objects.filter(year=year)
        if scope == "selection":
            years = years.filter(municipality__code__in=codes)
        chosen = years.values("municipality")
    return Municipality.objects.filter(pk__in=chosen).order_by("name_fi")


@transaction.atomic
def invite(survey, municipalities, emails_by_code, link_prefixes, user=None):
    """Invite each municipality not yet invited, with its addresses (`emails_by_code`: code → [address]);
    `link_prefixes` are the absolute addresses of the survey's invitation links by language, before the token
    (`invitation_link_prefixes`); `user` is who did it. Returns (invited, skipped as already invited, without
    address)."""
    survey = survey.canonical
    already = set(Invitation.objects.filter(survey=survey).values_list("municipality__code", flat=True))
    invited, skipped, missing = [], [], []
    for municipality in municipalities:
        emails = emails_by_code.get(municipality.code, [])
        if municipality.code in already:
            skipped.append(municipality)
        elif not emails:
            missing.append(municipality)
        else:
            invitation, _token = Invitation.create(survey, municipality, "\n".join(emails))
            _queue_link(invitation, link_prefixes, "invitation", InvitationEvent.Kind.INVITED, user)
            invited.append(invitation)
    return invited, skipped, missing


def invitation_link_prefixes(survey, request):
    """{language: the absolute address of the survey's invitation links in that language, before the token}, for
    each published language version of the survey."""
    versions = survey.language_versions(live=True)
    return {language: version.get_full_url(request) + "i/" for language, version in versions.items()}


def _queue_link(invitation, link_prefixes, kind, event, user):
    """Record `event` and e-mail the invitation (`kind`: invitation or reminder) with a new link once the
    transaction commits."""
    now = timezone.now()
    Invitation.objects.filter(pk=invitation.pk).update(contacted_at=now)
    InvitationEvent.objects.create(invitation=invitation, kind=event, user=user)
    transaction.on_commit(partial(send_link.enqueue, invitation.pk, link_prefixes, kind))


@task(backend="emails")
def send_link(invitation_id, link_prefixes, kind="invitation"):
    """E-mail the invitation or a reminder with a new token, made here: the link then exists only in the e-mail,
    never in the task's arguments, which the queue keeps in a table. The token's hash is stored only if the
    e-mail went; the earlier link stops working then."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_related("survey", "municipality")
            .select_for_update(of=("self",))  # the invitation's row only, not the survey page's
            .get(pk=invitation_id)
        )
        token = invitation.replace_token()
        default = link_prefixes.get(invitation.survey.locale.language_code) or next(iter(link_prefixes.values()))

        def link(language):
            return {"link": f"{link_prefixes.get(language, default)}{token}/"}

        send_email(kind, invitation.emails.split(), letters_to(invitation, link))


@transaction.atomic
def remind(survey, link_prefixes, user=None):
    """Remind every invited municipality that has not submitted and was not contacted in the last day, each
    with a new link; returns how many were reminded."""
    pending = (
        Invitation.objects.filter(survey=survey.canonical)
        .exclude(response__status=ResponseStatus.SUBMITTED)
        .exclude(contacted_at__gt=timezone.now() - REMINDER_INTERVAL)
        .select_for_update(of=("self",))  # two presses at once: the second waits, then finds them contacted
    )
    for invitation in pending:
        _queue_link(invitation, link_prefixes, "reminder", InvitationEvent.Kind.REMINDED, user)
    return len(pending)


def send_due_reminders(now=None):
    """Send the scheduled reminders whose time has come, each once (two runs at once: the second skips the rows
    the first holds), as the manager who scheduled it; a survey that has closed meanwhile reminds no one.
    Returns how many scheduled reminders were sent."""
    now = now or timezone.now()
    sent = 0
    with transaction.atomic():
        due = (
            ScheduledReminder.objects.filter(sent_at=None, send_at__lte=now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("survey", "created_by")
        )
        for reminder in due:
            survey = reminder.survey.specific
            count = 0
            if survey.is_open:
                count = remind(survey, invitation_link_prefixes(survey, None), reminder.created_by)
            reminder.sent_at, reminder.reminded = now, count
            reminder.save(update_fields=["sent_at", "reminded"])
            sent += 1
    return sent


@transaction.atomic
def send_new_link(invitation, link_prefixes, user=None):
    """A new link for a municipality that lost its own (or whose e-mail did not arrive): the old one stops
    working when the new one is sent."""
    _queue_link(invitation, link_prefixes, "invitation", InvitationEvent.Kind.NEW_LINK, user)


@transaction.atomic
def reopen(response, user=None):
    """Open a submitted response again for the municipality to change and send, its answers kept."""
    response.status = ResponseStatus.IN_PROGRESS
    response.save(update_fields=["status"])
    InvitationEvent.objects.create(invitation_id=response.invitation_id, kind=InvitationEvent.Kind.REOPENED, user=user)


def status_by_area(survey, grouping=AreaKind.REGION):
    """Invited, opened, in progress (a step saved) and submitted municipalities by area of `grouping` (as the
    survey's year had them: reference.areas) for a survey in its default language: rows of code, name_fi,
    name_sv, name_en and the four counts; one aggregate query, GROUP BY in the database."""
    area = f"municipality__years__{field_for(grouping, survey.round_year)}__"
    return (
        Invitation.objects.filter(survey=survey, municipality__years__year=survey.round_year)
        .values(
            code=F(f"{area}code"),
            name_fi=F(f"{area}name_fi"),
            name_sv=F(f"{area}name_sv"),
            name_en=F(f"{area}name_en"),
        )
        .annotate(
            invited=Count("pk"),
            opened=Count("pk", filter=Q(opened_at__isnull=False)),
            in_progress=Count(
                "pk",
                filter=Q(response__status=ResponseStatus.IN_PROGRESS) & ~Q(response__step_versions={}),
            ),
            submitted=Count("pk", filter=Q(response__status=ResponseStatus.SUBMITTED)),
        )
        .order_by("code")
    )
