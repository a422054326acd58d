from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content: the one place allowed to import every app, as it builds the whole site."""

    name = "demo"
    verbose_name = "Demo content"
