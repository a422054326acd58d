from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .access import Access
from .models import WorkingGroup


class WorkingGroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = _("Working groups")
    list_display = ["name", "theme"]


register_snippet(WorkingGroupViewSet)


@hooks.register("register_admin_urls")
def results_urls():
    return [
        path("results/", views.index, name="results_index"),
        path("results/<int:pk>/", views.dashboard, name="results_survey"),
        path("results/<int:pk>/crosstab/", views.crosstab_view, name="results_crosstab"),
        path("results/<int:pk>/trend/<str:variable>/", views.trend_view, name="results_trend"),
        path("results/<int:pk>/texts/<str:variable>/", views.texts, name="results_texts"),
    ]


class ResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return Access(request.user).any


@hooks.register("register_admin_menu_item")
def results_menu_item():
    return ResultsMenuItem(_("Results"), reverse("results_index"), icon_name="table", order=310)
