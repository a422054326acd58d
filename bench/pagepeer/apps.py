from django.apps import AppConfig


class PagePeerConfig(AppConfig):
    name = "pagepeer"
    label = "pagepeer"
    verbose_name = "Page benchmark peer"
    default_auto_field = "django.db.models.BigAutoField"
