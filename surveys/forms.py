"""Django forms for a survey's sections: one form per step, fields named by question code."""

from datetime import date
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import kind_of

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


class SectionForm(forms.Form):
    """A step of the survey: the fields of its questions, each asked as its kind asks it (surveys.kinds). Django
    renders each radio or checkbox group as a fieldset with a legend."""

    template_name = "surveys/section_form.html"

    def __init__(self, *args, questions=(), survey_year=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            for name, field in kind_of(question).form_fields(question, survey_year).items():
                field.error_messages.update(ERRORS)  # also replaces the validators' messages, by code
                self.fields[name] = field

    def clean(self):
        data = super().clean()
        for question in self.questions:
            for name, message in kind_of(question).problems(question, data):
                self.add_error(name, message)
        return data


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
        if question.code in data:
            data[question.code] = kind_of(question).decode(question, data[question.code])
    return data


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
