from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from . import admin_views, trial
from .collection import RoundState


@hooks.register("register_admin_urls")
def survey_admin_urls():
    return [
        path("survey-status/", admin_views.index, name="survey_status_index"),
        path("survey-status/<int:pk>/", admin_views.board, name="survey_status"),
        path("survey-status/<int:pk>/access-codes/", admin_views.access_codes, name="survey_access_codes"),
        path("survey-status/access-codes/<int:pk>/print/", admin_views.access_codes_print, name="survey_codes_print"),
        path("survey-status/<int:pk>/definition/", admin_views.definition_download, name="survey_definition"),
        path("survey-status/import/", admin_views.definition_import, name="survey_definition_import"),
        path("survey-status/<int:pk>/translations/", admin_views.translations, name="survey_translations"),
        path("survey-status/try/<int:pk>/", admin_views.administers_surveys(trial.trial), name="survey_trial_start"),
        path(
            "survey-status/try/<int:pk>/<str:step>/", admin_views.administers_surveys(trial.trial), name="survey_trial"
        ),
    ]


@hooks.register("insert_global_admin_css")  # the editor has no hook of its own in Wagtail 8
def survey_editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/survey_editor.css"))


@hooks.register("insert_global_admin_js")  # inert outside the survey editor (it looks for the editor's help)
def survey_condition_picker_js():
    return format_html('<script src="{}" defer></script>', static("js/survey_condition_picker.js"))


class SurveyManagersPanel(Component):
    """On the admin's home, for survey managers: the rounds open now with their response rates, and how many
    pages wait in moderation."""

    order = 50  # before Wagtail's own panels
    template_name = "surveys/admin/home_panel.html"

    def get_context_data(self, parent_context):
        rows = [row for row in admin_views.rounds() if row["state"] == RoundState.OPEN]
        for row in rows:
            survey = row["survey"]
            row["rate"] = round(100 * survey.submitted / survey.invited) if survey.invited else None
        return {"rows": rows, "in_moderation": WorkflowState.objects.active().count()}


@hooks.register("construct_homepage_panels")
def survey_managers_panel(request, panels):
    if admin_views.can_administer(request.user):
        panels.append(SurveyManagersPanel())


class SurveyStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_administer(request.user)


@hooks.register("register_admin_menu_item")
def survey_status_menu_item():
    return SurveyStatusMenuItem(_("Survey status"), reverse("survey_status_index"), icon_name="form", order=300)


@hooks.register("register_log_actions")
def register_survey_log_actions(actions):
    """A list of the municipalities that have not submitted holds their addresses: whoever took it is written in
    the survey's history (and Reports → Site history), as a results export is in the export log."""
    actions.register_action(
        admin_views.PENDING_LIST_ACTION,
        _("Download the list of municipalities that have not submitted"),
        _("Downloaded the list of municipalities that have not submitted"),
    )
