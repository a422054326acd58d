"""Paper access codes printed for a class or an event (surveys.access_codes makes and uses them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import SurveyPage


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
