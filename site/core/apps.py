from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared kernel: page mixins, body blocks, pagination, the page cache, versioned cache keys, rate
    limits, safe spreadsheet cells. It imports no app of the project; the apps import it."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from . import logs, page_cache, restrictions, signin, spreadsheet  # noqa: F401 - logs connects its task signals

        page_cache.connect_invalidation()
        signin.connect()
        spreadsheet.protect_wagtail_exports()
        restrictions.use_known_restrictions()
