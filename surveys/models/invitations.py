"""Municipalities' invitations: a long random token of which only the hash is stored, and the record of what staff
did with each."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import SurveyPage


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


class ScheduledReminder(models.Model):
    """A reminder a survey manager has set for later: at `send_at`, every invited municipality that has not
    submitted (and was not contacted in the last day) is reminded with a new link (`send_scheduled_reminders`,
    run every few minutes beside `publish_scheduled`)."""

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="scheduled_reminders")
    send_at = models.DateTimeField(_("send at"))
    sent_at = models.DateTimeField(null=True, blank=True)
    reminded = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["send_at", "pk"]
        verbose_name = _("scheduled reminder")
