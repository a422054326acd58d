from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_date_range(start, end, end_field):
    """A period that ends before it starts is refused, with the message on the end field."""
    if start and end and end < start:
        raise ValidationError({end_field: _("The end cannot be before the start.")})
