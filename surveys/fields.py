"""Form field pieces the kinds of question share (surveys.kinds)."""

from django import forms
from django.utils.choices import BaseChoiceIterator

from reference.choices import municipality_choices


class Choices(BaseChoiceIterator):
    """(code, label) pairs as a survey's structure holds them, already in the form Django normalises choices
    to: handed over as they are, they are not normalised again for every field of every form."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __iter__(self):
        return iter(self.pairs)


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
