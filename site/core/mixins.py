"""Fields that several page types share."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model


class LeadMixin(models.Model):
    """A short plain-text summary shown under the title, in listings, search results and feeds."""

    lead = models.TextField(_("lead"), blank=True, max_length=600)

    class Meta:
        abstract = True


class ImageMixin(models.Model):
    """An optional image for a page (its page and its card in listings), with the text that describes it to
    those who cannot see it: required whenever there is an image."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for those who cannot see it (alt text). Required with an image."),
    )

    # What core.routes reads in the same query as the page it serves: a page shows its image.
    serve_select_related = ("image",)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for those who cannot see it.")})


def image_panel():
    return MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image"))


def with_images(queryset):
    """Pages with their images and the images' renditions, for a listing: no query per card."""
    return queryset.prefetch_related(Prefetch("image", queryset=get_image_model().objects.prefetch_renditions()))
