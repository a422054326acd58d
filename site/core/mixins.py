"""Fields that several page types share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LeadMixin(models.Model):
    """A short plain-text summary shown under the title, in listings, search results and feeds."""

    lead = models.TextField(_("lead"), blank=True, max_length=600)

    class Meta:
        abstract = True
