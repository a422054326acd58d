"""Django forms for a survey's sections: one form per step, fields named by question code."""

from datetime import date
from decimal import Decimal

from django import forms
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from reference.choices import municipality_choices

from .structure import AGREEMENT_SCALE, OTHER, YES_NO

MAX_TEXT = 5000
MAX_SHORT_TEXT = 255

# Our own messages rather than Django's, so that they exist in every survey language (Django has none for
# Pashto, Kurdish, Somali or Tigrinya).
ERRORS = {
    "required": _("Please answer this question."),
    "invalid": _("Check the format of your answer."),
    "invalid_choice": _("Choose one of the options."),
    "invalid_list": _("Choose one or more of the options."),
    "max_length": _("Your answer is too long: at most %(limit_value)d characters."),
    "min_value": _("The number must be at least %(limit_value)s."),
    "max_value": _("The number must be at most %(limit_value)s."),
    "max_digits": _("The number is too long."),
    "max_decimal_places": _("Use at most four decimals."),
    "max_whole_digits": _("The number is too long."),
    "null_characters_not_allowed": _("Your answer contains a character that is not allowed."),
}
# What the answer table holds (14 digits, 4 of them decimals): a number question without bounds still has these.
LARGEST_NUMBER = 10**10 - 1


class SectionForm(forms.Form):
    """A step of the survey. Django renders each radio or checkbox group as a fieldset with a legend."""

    template_name = "surveys/section_form.html"

    def __init__(self, *args, questions=(), survey_year=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            for name, field in fields_for(question, survey_year).items():
                field.error_messages.update(ERRORS)  # also replaces the validators' messages, by code
                self.fields[name] = field

    def clean(self):
        data = super().clean()
        for question in self.questions:
            if question.kind == "multiple_choice" and question.allow_other:
                chosen, other = data.get(question.code) or [], data.get(f"{question.code}__{OTHER}", "")
                if OTHER in chosen and not other:
                    self.add_error(f"{question.code}__{OTHER}", _("Please specify."))
        return data


class Choices(BaseChoiceIterator):
    """(code, label) pairs as a survey's structure holds them, already in the form Django normalises choices
    to: handed over as they are, they are not normalised again for every field of every form."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)


def _choice_field(question, choices, widget):
    return forms.ChoiceField(
        label=question.label,
        help_text=question.help_text,
        required=question.required,
        choices=Choices(choices),
        widget=widget,
    )


def fields_for(question, survey_year):
    kind = question.kind
    common = {"label": question.label, "help_text": question.help_text, "required": question.required}
    if kind == "single_choice":
        if question.widget == "select":
            return {question.code: _choice_field(question, [("", "—"), *question.choices], forms.Select)}
        return {question.code: _choice_field(question, question.choices, forms.RadioSelect)}
    if kind == "multiple_choice":
        choices = list(question.choices) + ([(OTHER, _("Other, please specify"))] if question.allow_other else [])
        fields = {
            question.code: forms.MultipleChoiceField(
                choices=Choices(choices), widget=forms.CheckboxSelectMultiple, **common
            )
        }
        if question.allow_other:
            fields[f"{question.code}__{OTHER}"] = forms.CharField(
                label=_("Other, please specify"), required=False, max_length=MAX_SHORT_TEXT
            )
        return fields
    if kind == "agreement":
        return {
            question.code: _choice_field(question, [(c, label) for c, label, _n in AGREEMENT_SCALE], forms.RadioSelect)
        }
    if kind == "statement_group":
        scale = [(c, label) for c, label, _n in AGREEMENT_SCALE]
        return {
            code: forms.ChoiceField(
                label=label,
                required=question.required,
                choices=Choices(scale),
                widget=forms.RadioSelect,
                help_text=question.label,  # the group's question, read with each statement
            )
            for code, label in question.choices
        }
    if kind == "number":
        field_class = forms.DecimalField if question.decimal else forms.IntegerField
        extra = {"max_digits": 14, "decimal_places": 4} if question.decimal else {}
        bounds = {
            "min_value": -LARGEST_NUMBER if question.min_value is None else question.min_value,
            "max_value": LARGEST_NUMBER if question.max_value is None else question.max_value,
        }
        return {question.code: field_class(**bounds, **extra, **common)}
    if kind == "short_text":
        return {
            question.code: forms.CharField(
                max_length=min(question.max_length or MAX_SHORT_TEXT, MAX_SHORT_TEXT), **common
            )
        }
    if kind == "long_text":
        return {
            question.code: forms.CharField(
                max_length=min(question.max_length or MAX_TEXT, MAX_TEXT),
                widget=forms.Textarea(attrs={"rows": 5}),
                **common,
            )
        }
    if kind == "yes_no":
        return {question.code: _choice_field(question, YES_NO, forms.RadioSelect)}
    if kind == "date":
        return {
            question.code: forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **common)
        }
    if kind == "municipality":
        return {question.code: MunicipalityField(year=survey_year, **common)}
    raise ValueError(f"unknown question type {kind}")


def encode_cleaned(cleaned_data):
    """A step's cleaned data as JSON can hold it (in the session or the response's draft)."""
    return {
        name: value.isoformat() if isinstance(value, date) else str(value) if isinstance(value, Decimal) else value
        for name, value in cleaned_data.items()
    }


def decode_cleaned(data, questions):
    """The cleaned data `encode_cleaned` stored, with the types the fields of `questions` clean to."""
    data = dict(data)
    for question in questions:
        value = data.get(question.code)
        if value is not None and question.kind == "date":
            data[question.code] = date.fromisoformat(value)
        elif value is not None and question.kind == "number" and question.decimal:
            data[question.code] = Decimal(value)
    return data


def shown_fields(question, survey_year):
    """(field name, label, {choice code: label}) of each field a question shows: how its stored codes are shown
    back to people, on the review step and with a submitted response."""
    return [
        (name, field.label, dict(getattr(field, "choices", [])))
        for name, field in fields_for(question, survey_year).items()
    ]


class MunicipalityField(forms.ChoiceField):
    """The municipalities of the survey's year. Some 300 choices, read from the cache (reference.choices): a
    posted code is looked up in that list, and the drop-down is built only when the field is rendered."""

    widget = forms.Select

    def __init__(self, *, year, **kwargs):
        self.year = year
        super().__init__(choices=self.all_choices, **kwargs)

    def all_choices(self):
        return [("", "—"), *municipality_choices(self.year)]

    def valid_value(self, value):
        return any(code == value for code, _name in municipality_choices(self.year))


class AccessCodeForm(forms.Form):
    access_code = forms.CharField(
        label=_("Access code"),
        max_length=32,
        help_text=_("It is on the paper slip you were given, for example ABCD-EFGH."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        error_messages=ERRORS,
    )


class ReviewForm(forms.Form):
    """The last step: the answers are shown for checking; submitting this form sends them. `website` is a
    honeypot: hidden from people (and screen readers), filled in by form-filling bots."""

    template_name = "surveys/review_form.html"
    website = forms.CharField(required=False, label=_("Leave this field empty"), max_length=200)


class MunicipalityReviewForm(ReviewForm):
    submitted_by = forms.CharField(
        label=_("Your name"),
        max_length=200,
        help_text=_("Shown with the submitted answers, as the person who sent them."),
    )
