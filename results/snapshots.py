"""Published results: a results block's figures frozen when its page is published (results.models.ResultSnapshot),
protected as every figure is, with labels in every language of the survey so that each language version of the
page shows the same figures in its own language. A block changed to ask for something else is frozen anew at
the next publish; one left as it is keeps its figures for ever."""

import hashlib
import json
import logging

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from reference.areas import areas
from reference.models import AreaKind
from surveys.collection import SurveyStatus
from surveys.models import SurveyPage

from . import aggregates
from .aggregates import CHOICE_RESULTS
from .filtering import CROSSTAB_FOR_ALL, NOT_OFFERED, FilterForm, filtered
from .rounds import round_codebook, rounds_of

logger = logging.getLogger(__name__)
ASKED = ("show", "question", "column_question", "area", "language")


def _survey(value):
    survey = value.get("survey")
    return survey.specific.canonical if survey else None


# Raised whenever how figures are protected changes: every block then asks anew, and is frozen again, under the
# new protection, when its page is next published (until then it says its figures are fixed when it is). 2: groups
# protected together with the unfiltered figures (suppression.breakdown).
PROTECTION = 2


def digest(value):
    """What a block asks for (not its caption, which is translated), and under which protection, as a digest."""
    survey = value.get("survey")
    asked = {"survey": survey.pk if survey else None, **{name: value.get(name) or "" for name in ASKED}}
    asked["protection"] = PROTECTION
    if survey is not None:
        asked["survey"] = _survey(value).pk
    return hashlib.sha256(json.dumps(asked, sort_keys=True).encode()).hexdigest()


def _filters(value):
    return {"area": value.get("area") or "", "language": value.get("language") or ""}


def _filter_labels(value, survey, book, languages):
    """{language: "Area: Uusimaa; Survey language: ar"}: whom the figures count, said on the page in each
    language (a figure of one area must not read as the whole country's)."""
    chosen = {name: code for name, code in _filters(value).items() if code}
    labels = {}
    for language in languages if chosen else ():
        with translation.override(language):
            fields = FilterForm(chosen, survey, book).fields
            labels[language] = "; ".join(
                f"{fields[name].label}: {_choice(fields[name].choices, code)}" for name, code in chosen.items()
            )
    return labels


def _choice(choices, code):
    """The label of `code` among a field's choices (grouped or not)."""
    for value, label in choices:
        if isinstance(label, list | tuple):
            found = _choice(label, code)
            if found is not None:
                return found
        elif value == code:
            return str(label)
    return None


def definition_problems(value):
    """{field: message} of what makes a block's request impossible: a round still open, no such question, an open
    answer, a filter the survey does not offer."""
    survey = _survey(value)
    if survey is None:
        return {}
    if survey.status != SurveyStatus.CLOSED:
        # Figures frozen while answers still come in could be set against a later freeze of the same round to
        # reveal the few answers that came in between: a small group the suppression hid.
        return {"survey": _("This round is still collecting answers: its figures can be published once it has closed.")}
    survey = aggregates.protected(survey)  # as freeze counts it
    book = round_codebook(survey)
    names = {variable.name: variable for variable in book.variables}
    problems = {}
    question = names.get(value.get("question"))
    if question is None:
        problems["question"] = _("The survey has no question with this code.")
    elif question.results == "text":
        problems["question"] = _("Open answers are never published.")
    if value.get("show") == "crosstab":
        column = names.get(value.get("column_question"))
        for name, variable in (("question", question), ("column_question", column)):
            if variable is None or variable.results not in CHOICE_RESULTS or variable.names_place:
                problems.setdefault(name, _("A cross-tabulation needs two questions answered with one choice."))
    form = FilterForm(_filters(value), survey, book)
    offered = all(name in form.fields for name, text in _filters(value).items() if text)
    if not offered or not form.is_valid():
        errors = form.non_field_errors() if offered else []
        problems["area"] = errors[0] if errors else str(NOT_OFFERED)
    elif value.get("show") == "crosstab" and any(_filters(value).values()):
        problems["area"] = str(CROSSTAB_FOR_ALL)
    return problems


def freeze(value):
    """The figures a block asks for, as they are now: a JSON-able dict."""
    # A public page is no place for one municipality's answers, which an area filter could single out.
    survey = aggregates.protected(_survey(value))
    book = round_codebook(survey)
    _form, filters, base = filtered(_filters(value), survey, book)
    languages = book.languages
    variable = book[value["question"]]
    versions = SurveyPage.objects.filter(translation_key=survey.translation_key)
    figures = {
        "show": value["show"],
        "survey": dict(versions.values_list("locale__language_code", "title")),
        "round": survey.round_year,
        "filters": {name: text for name, text in _filters(value).items() if text},
        "filter_labels": _filter_labels(value, survey, book, languages),
        "protected": survey.suppresses,
        "smallest_group": survey.small_group_threshold,
        "question": variable.name,
        "label": {language: book.label(variable, language) for language in languages},
        "averaged": variable.results in ("number", "scale"),  # it has a mean and a median, shown or hidden
        "made": timezone.now().isoformat(),
    }
    if value["show"] == "question":
        result = aggregates.figures(survey, book, [variable], filters)[variable.name]
        figures.update(_result(result, book, variable, languages, survey))
    elif value["show"] == "crosstab":
        column = book[value["column_question"]]
        table = aggregates.crosstab(survey, book, variable, column, base)
        figures["column_label"] = {language: book.label(column, language) for language in languages}
        figures["rows"] = _values(book, variable, table.rows, languages)
        figures["columns"] = _values(book, column, table.columns, languages)
        figures["cells_by_row"] = [[table.cells.get((r, c)) for c, _l in table.columns] for r, _l in table.rows]
        figures["row_totals"] = [table.row_totals.get(r) for r, _l in table.rows]
        figures["column_totals"] = [table.column_totals.get(c) for c, _l in table.columns]
        figures["total"] = table.total
    else:
        rounds = [aggregates.protected(one) for one in rounds_of(survey) if one.round_year <= survey.round_year]
        series = aggregates.trend(rounds, variable.name, filters, round_codebook)
        figures["rounds"] = [
            {
                "round": one.survey.round_year,
                "break_in_series": one.break_before,
                **_result(one.result, round_codebook(one.survey), one.result.variable, languages, one.survey),
            }
            for one in series
        ]
        # Every answer any round has, in the order the rounds give them: rounds may differ (a choice added, a
        # number's ranges), so each round's figures are shown under their own answer, not by position.
        columns = {}
        for one in figures["rounds"]:
            for cell in one["cells"]:
                columns.setdefault(cell["code"], cell["label"])
        figures["numbers"] = variable.results == "number"  # each round bins its own range: mean and median
        figures["columns"] = [] if figures["numbers"] else [{"code": c, "label": label} for c, label in columns.items()]
    return figures


def _values(book, variable, codes, languages):
    labels = {language: book.value_labels(variable, language) for language in languages}
    return [
        {"code": code, "label": {language: labels[language].get(code, str(label)) for language in languages}}
        for code, label in codes
    ]


def _result(result, book, variable, languages, survey):
    labels = {language: book.value_labels(variable, language) for language in languages}
    if variable.names_place:  # shown by region (results.aggregates): the regions' names
        regions = areas(AreaKind.REGION, survey.round_year)
        for language in languages:
            labels[language] = {area.code: getattr(area, f"name_{language}", "") or area.name_fi for area in regions}

    def cells(items):
        return [
            {
                "code": cell.code,
                "label": {language: labels[language].get(cell.code, str(cell.label)) for language in languages},
                "count": cell.count,
                "share": cell.share,
            }
            for cell in items
        ]

    return {
        "respondents": result.respondents,
        "hidden": result.hidden,
        "cells": cells(result.cells),
        "apart": cells(result.apart),
        "mean": result.mean,
        "median": result.median,
    }


def freeze_page(page):
    """Freeze the results blocks of a published results page that have no snapshot of what they ask for yet
    (by the page's translation key: every language version shares its source's figures)."""
    from .models import ResultSnapshot, ResultsPage

    if not isinstance(page, ResultsPage):
        return
    for child in page.body:
        if child.block_type != "result" or _survey(child.value) is None:
            continue
        key = {"translation_key": page.translation_key, "block_id": child.id, "definition": digest(child.value)}
        if ResultSnapshot.objects.filter(**key).exists():
            continue
        if problems := definition_problems(child.value):
            # Published without the editor's form (scheduled, in bulk, by a workflow) after the survey changed:
            # the page goes live without this figure, saying it is not fixed yet, rather than failing.
            logger.warning("results block %s of page %s not frozen: %s", child.id, page.pk, problems)
            continue
        ResultSnapshot.objects.get_or_create(
            **key, defaults={"survey": _survey(child.value), "figures": freeze(child.value)}
        )
