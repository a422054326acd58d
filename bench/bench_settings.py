"""The test settings, with the benchmark's peer (Wagtail's form page) installed."""

from config.settings.test import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "formpeer"]  # noqa: F405
