"""Form field pieces the kinds of question share (surveys.kinds)."""

from django import forms
from django.utils.choices import BaseChoiceIterator
from django.utils.html import format_html_join

from reference.choices import municipality_choices


class Choices(BaseChoiceIterator):
    """(code, label) pairs as a survey's structure holds them, already in the form Django normalises choices
    to: handed over as they are, they are not normalised again for every field of every form."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)


class FlatSelect(forms.Select):
    """A drop-down of plain (code, label) options, written here rather than by Django's Select, which renders two
    templates for each option: a municipality's 300 options took two thirds of a survey step's rendering. The
    options are the same, and the first whose code is the value is selected, as Django selects it."""

    template_name = "surveys/widgets/flat_select.html"

    def optgroups(self, name, value, attrs=None):
        return []  # the options are written by get_context

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        values = context["widget"]["value"]
        options = [(str(code), label) for code, label in self.choices]
        chosen = next((code for code, _label in options if code in values), None)
        context["widget"]["options"] = format_html_join(
            "\n  ",
            '<option value="{}"{}>{}</option>',
            ((code, " selected" if code == chosen else "", label) for code, label in options),
        )
        return context


class MunicipalityField(forms.ChoiceField):
    """The municipalities of the survey's year. Some 300 choices, read from the cache (reference.choices): a
    posted code is looked up in that list, and the drop-down is built only when the field is rendered."""

    widget = FlatSelect

    def __init__(self, *, year, **kwargs):
        self.year = year
        super().__init__(choices=self.all_choices, **kwargs)

    def all_choices(self):
        return Choices([("", "—"), *municipality_choices(self.year)])  # normalised already

    def valid_value(self, value):
        return any(code == value for code, _name in municipality_choices(self.year))
