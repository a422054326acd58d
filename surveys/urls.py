from django.urls import re_path

from . import views

# Inside i18n_patterns, before Wagtail's catch-all: the same addresses as SurveyPage's `answer` route.
urlpatterns = [
    re_path(r"^(?P<page_path>(?:[\w\-]+/)+)answer/(?:(?P<step>[\w-]{1,20})/)?$", views.answer_at_path),
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)i/(?P<token>[\w-]{20,100})/(?:(?P<step>[\w-]{1,20})/)?$",
        views.invitation_at_path,
    ),
]
