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


def seconds_until_next_change(surveys, now=None):
    """Seconds until the first of `surveys` opens or closes (None if none ever will): how long a page that shows
    their status may be cached."""
    now = now or timezone.now()
    changes = [moment for s in surveys for moment in (s.opens_at, s.closes_at) if moment is not None and moment > now]
    return max(1, int((min(changes) - now).total_seconds()) + 1) if changes else None
