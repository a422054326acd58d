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

        from wagtail.signals import page_published

        page_published.connect(_freeze, dispatch_uid="results-freeze-snapshots")


def _freeze(sender, instance, **kwargs):
    """Publishing a results page freezes the figures of its results blocks (results.snapshots)."""
    from .snapshots import freeze_page

    freeze_page(instance.specific)
