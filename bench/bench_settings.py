"""The test settings, with the benchmarks' peers installed: Wagtail's form page (formpeer) and Wagtail's tutorial
site (pagepeer)."""

from config.settings.test import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "formpeer", "pagepeer"]  # noqa: F405
