from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import block_options, evaluation, export_views, views
from .access import Access
from .models import Indicator, WorkingGroup


class WorkingGroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = _("Working groups")
    list_display = ["name", "theme"]


register_snippet(WorkingGroupViewSet)


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "resubmit"
    menu_label = _("Indicators")
    list_display = ["name", "code", "kind", "goal", "series"]
    list_filter = ["goal", "kind"]


register_snippet(IndicatorViewSet)


@hooks.register("register_admin_urls")
def results_urls():
    return [
        path("results/", views.index, name="results_index"),
        path("results/<int:pk>/", views.dashboard, name="results_survey"),
        path("results/<int:pk>/crosstab/", views.crosstab_view, name="results_crosstab"),
        path("results/<int:pk>/trend/<str:variable>/", views.trend_view, name="results_trend"),
        path("results/<int:pk>/texts/<str:variable>/", views.texts, name="results_texts"),
        path("results/<int:pk>/export/", export_views.export_page, name="results_exports"),
        path("results/<int:pk>/export/figures.csv", export_views.figures_csv, name="results_figures_csv"),
        path("results/<int:pk>/export/answers.csv", export_views.answers_csv, name="results_answers_csv"),
        path("results/<int:pk>/export/codebook.csv", export_views.codebook_csv, name="results_codebook_csv"),
        path("results/<int:pk>/export/start/", export_views.start_export, name="results_start_export"),
        path("results/evaluation/", evaluation.evaluation, name="results_evaluation"),
        path("results/exports/", export_views.export_log, name="results_export_log"),
        path("results/exports/<int:pk>/", export_views.export_status, name="results_export"),
        path("results/exports/<int:pk>/download/", export_views.download, name="results_export_download"),
        path("results/exports/<int:pk>/retry/", export_views.retry, name="results_export_retry"),
        path("results/block-options/<int:pk>/", block_options.block_options, name="results_block_options"),
    ]


@hooks.register("insert_global_admin_js")  # inert outside a page editor with a results block
def result_block_picker_js():
    return format_html(
        '<script src="{}" data-options-url="{}" data-choose="{}" data-choose-round="{}" data-none="{}" data-all="{}"'
        ' data-not-in-round="{}" defer></script>',
        static("js/result_block_picker.js"),
        reverse("results_block_options", args=[0]),
        gettext("Choose a question"),
        gettext("Choose the survey round first"),
        gettext("None"),
        gettext("All respondents"),
        gettext("not in this round"),
    )


class ResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return Access(request.user).any


@hooks.register("register_admin_menu_item")
def results_menu_item():
    return ResultsMenuItem(_("Results"), reverse("results_index"), icon_name="table", order=310)
