"""How the API gives a results page's published results: the frozen figures, described for the OpenAPI document
(config.openapi reads `openapi_schema`)."""

from rest_framework import serializers

_NUMBER = {"type": "number", "nullable": True}
_COUNT = {"type": "integer", "nullable": True}
_LABELS = {"type": "object", "additionalProperties": {"type": "string"}}
_CELL = {
    "type": "object",
    "additionalProperties": False,
    "required": ["code", "label", "count", "share"],
    "properties": {"code": {"type": "string"}, "label": _LABELS, "count": _COUNT, "share": _NUMBER},
}
_FIGURES = {
    "respondents": _COUNT,
    "hidden": {"type": "boolean"},
    "cells": {"type": "array", "items": _CELL},
    "apart": {"type": "array", "items": _CELL},
    "mean": _NUMBER,
    "median": _NUMBER,
}
_VALUE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["code", "label"],
    "properties": {"code": {"type": "string"}, "label": _LABELS},
}
PUBLISHED_RESULT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "block_id", "frozen", "show", "survey", "round", "question", "label", "protected"],
    "properties": {
        "id": {"type": "integer"},
        "block_id": {"type": "string"},
        "frozen": {"type": "string", "format": "date-time"},
        "made": {"type": "string", "format": "date-time"},
        "show": {"type": "string", "enum": ["question", "crosstab", "trend"]},
        "survey": _LABELS,
        "round": {"type": "integer"},
        "filters": {"type": "object", "additionalProperties": {"type": "string"}},
        "filter_labels": _LABELS,  # whom the figures count, said in each language
        "numbers": {"type": "boolean"},  # a trend of a number: by mean and median, not by answer
        "averaged": {"type": "boolean"},  # the question has a mean and a median (a number, a scale)
        "protected": {"type": "boolean"},
        "smallest_group": {"type": "integer"},
        "question": {"type": "string"},
        "label": _LABELS,
        "column_label": _LABELS,
        **_FIGURES,
        "rows": {"type": "array", "items": _VALUE},
        "columns": {"type": "array", "items": _VALUE},
        "cells_by_row": {"type": "array", "items": {"type": "array", "items": _COUNT}},
        "row_totals": {"type": "array", "items": _COUNT},
        "column_totals": {"type": "array", "items": _COUNT},
        "total": _COUNT,
        "rounds": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"round": {"type": "integer"}, "break_in_series": {"type": "boolean"}, **_FIGURES},
            },
        },
    },
}


class PublishedResultsField(serializers.ReadOnlyField):
    openapi_schema = {"type": "array", "items": PUBLISHED_RESULT}
