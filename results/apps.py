from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    """What is done with the answers: access for working groups and evaluators, aggregates, small-cell
    protection, dashboards. It builds on surveys, reference and core; nothing of the project but config, demo
    and bench imports it."""

    name = "results"
    verbose_name = _("Results")

    def ready(self):
        from surveys import submitted

        from .comparison import LABEL, STEP, comparison

        submitted.register(STEP, LABEL, comparison)
