"""A survey's collection period, apart from its publishing: whether answers are accepted now."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SurveyStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Opens later")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


def collection_status(opens_at, closes_at, now=None):
    now = now or timezone.now()
    if opens_at is not None and opens_at > now:
        return SurveyStatus.UPCOMING
    if closes_at is not None and closes_at <= now:
        return SurveyStatus.CLOSED
    return SurveyStatus.OPEN


class RoundState(models.TextChoices):
    """A survey round as its managers follow it: its publishing and its collection period together."""

    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    UPCOMING = "upcoming", _("Opens later")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


def round_state(survey, now=None):
    """Draft (never published, nothing scheduled), scheduled (to be published at go_live_at), then as the
    collection period says; a survey unpublished after it was live counts as closed."""
    now = now or timezone.now()
    if not survey.live:
        if survey.go_live_at is not None and survey.go_live_at > now:
            return RoundState.SCHEDULED
        return RoundState.DRAFT if survey.first_published_at is None else RoundState.CLOSED
    return RoundState(collection_status(survey.opens_at, survey.closes_at, now))


def next_change(surveys, now=None):
    """The first moment after now at which one of `surveys` opens or closes (None if none ever will)."""
    now = now or timezone.now()
    return min((m for s in surveys for m in (s.opens_at, s.closes_at) if m is not None and m > now), default=None)
