from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField


class PeerFormField(AbstractFormField):
    page = ParentalKey("PeerFormPage", related_name="form_fields", on_delete=models.CASCADE)


class PeerFormPage(AbstractForm):
    """A form page as a Wagtail site builds one (its migration runs only in the benchmark)."""
