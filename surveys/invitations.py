"""Inviting municipalities to a survey and reminding those that have not submitted: the e-mails go out through
the background task queue once the invitations are committed."""

from functools import partial

from django.db import transaction
from django.db.models import Count, Q
from django.utils.formats import date_format
from django_tasks import task

from reference.models import Municipality, MunicipalityYear

from .emails import queue_email, send_email
from .models import Invitation, ResponseStatus


def municipalities_for(survey, scope="all", code=None, codes=()):
    """The municipalities of the survey's year: all, a region's, an elinvoimakeskus's / ELY Centre's (by the
    grouping in force that year), or the listed codes."""
    years = MunicipalityYear.objects.filter(year=survey.round_year)
    if scope == "region":
        years = years.filter(region__code=code)
    elif scope == "regional_centre":
        years = years.filter(Q(elinvoimakeskus__code=code) | Q(ely_centre__code=code, elinvoimakeskus__isnull=True))
    elif scope == "selection":
        years = years.filter(municipality__code__in=codes)
    return Municipality.objects.filter(pk__in=years.values("municipality")).order_by("name_fi")


@transaction.atomic
def invite(survey, municipalities, emails_by_code, link_prefix):
    """Invite each municipality not yet invited, with its addresses (`emails_by_code`: code → [address]);
    `link_prefix` is the absolute address of the survey's invitation links, before the token. Returns (invited,
    skipped as already invited, without address)."""
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
            transaction.on_commit(partial(send_invitation.enqueue, invitation.pk, link_prefix))
            invited.append(invitation)
    return invited, skipped, missing


@task(backend="emails")
def send_invitation(invitation_id, link_prefix):
    """E-mail the invitation with a new token, made here: the link then exists only in the e-mail, never in the
    task's arguments, which the queue keeps in a table. The token's hash is stored only if the e-mail went."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_related("survey", "municipality")
            .select_for_update(of=("self",))  # the invitation's row only, not the survey page's
            .get(pk=invitation_id)
        )
        token = invitation.replace_token()
        context = {"municipality": invitation.municipality.name, "survey": invitation.survey.title}
        send_email("invitation", invitation.emails.split(), {**context, "link": f"{link_prefix}{token}/"})


@transaction.atomic
def remind(survey):
    """Remind every invited municipality that has not submitted; returns how many were reminded."""
    pending = (
        Invitation.objects.filter(survey=survey.canonical)
        .exclude(response__status=ResponseStatus.SUBMITTED)
        .select_related("municipality")
    )
    for invitation in pending:
        queue_email(
            "reminder",
            invitation.emails.split(),
            {
                "municipality": invitation.municipality.name,
                "survey": survey.title,
                "invited_on": date_format(invitation.created_at, "SHORT_DATE_FORMAT"),
            },
        )
    return len(pending)


def status_by_region(survey):
    """Invited, opened, in progress (a step saved) and submitted municipalities by region (as grouped in the
    survey's year) for a survey in its default language: one aggregate query, GROUP BY in the database."""
    region = "municipality__years__region__"
    return (
        Invitation.objects.filter(survey=survey, municipality__years__year=survey.round_year)
        .values(f"{region}code", f"{region}name_fi", f"{region}name_sv", f"{region}name_en")
        .annotate(
            invited=Count("pk"),
            opened=Count("pk", filter=Q(opened_at__isnull=False)),
            in_progress=Count(
                "pk",
                filter=Q(response__status=ResponseStatus.IN_PROGRESS) & ~Q(response__step_versions={}),
            ),
            submitted=Count("pk", filter=Q(response__status=ResponseStatus.SUBMITTED)),
        )
        .order_by(f"{region}code")
    )
