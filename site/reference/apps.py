from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferenceConfig(AppConfig):
    name = "reference"
    verbose_name = _("Reference data")

    def ready(self):
        from core.page_cache import invalidate_on_change

        from .models import Organisation

        invalidate_on_change(Organisation)  # pages show organisations' names
