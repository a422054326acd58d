from django.apps import AppConfig


class FormPeerConfig(AppConfig):
    name = "formpeer"
    default_auto_field = "django.db.models.BigAutoField"
