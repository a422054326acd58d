"""What a results block can ask of a survey round, for the page editor's pickers (static/js/result_block_picker.js):
the round's questions, those a cross-tabulation can take, and the areas and survey languages its figures can be
filtered by, offered as snapshots.definition_problems will check them when the page is saved."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.permission_policies.pages import PagePermissionPolicy

from surveys.models import SurveyPage

from . import aggregates
from .aggregates import CHOICE_RESULTS
from .filtering import FilterForm
from .rounds import round_codebook

PICKED = ("question", "column_question", "area", "language")


@require_GET
def block_options(request, pk):
    if not PagePermissionPolicy().user_has_any_permission(request.user, {"add", "change"}):
        return JsonResponse({"message": "Only page editors pick what a results block shows."}, status=403)
    # A live round only: a draft's questions are not for a page, and the block refuses a round not closed anyway.
    survey = aggregates.protected(get_object_or_404(SurveyPage.objects.live(), pk=pk).canonical)
    book = round_codebook(survey)
    language = (get_language() or "")[:2]
    language = language if language in book.languages else None
    questions = [variable for variable in book.variables if variable.results != "text"]  # never published
    fields = FilterForm({}, survey, book).fields
    languages = [code for code, _label in fields["language"].choices if code] if "language" in fields else []
    names = dict(settings.LANGUAGES)  # as each language writes its name
    return JsonResponse(
        {
            "question": [[v.name, f"{v.name} · {book.label(v, language)}"] for v in questions],
            "column_question": [
                [v.name, f"{v.name} · {book.label(v, language)}"]
                for v in questions
                if v.results in CHOICE_RESULTS and not v.names_place
            ],
            "area": _choices(fields["area"].choices) if "area" in fields else [],
            "language": [[code, f"{names.get(code, code)} ({code})"] for code in languages],
        }
    )


def _choices(choices):
    """Grouped choices (the area field's) as JSON, [[group label, [[value, label]]]], "All" (no value) left out."""
    return [[str(group), [[value, str(label)] for value, label in items]] for group, items in choices if group]
