"""Which respondents a result or an export counts: the filter form of a round (a GET form), read into
aggregates.Filters; a value the form does not offer is refused (BadFilter, a 400 in the views)."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reference.areas import GROUPINGS, areas, label_for
from reference.models import AreaKind
from surveys.models import Audience

from . import aggregates
from .aggregates import Filters


class FilterForm(forms.Form):
    """Which respondents (a GET form): an area (by the groupings of the survey's year), a municipality group, a
    language status and, for participants' surveys, the language answered in.

    A survey that protects small groups is split by region or by language, one at a time. Its figures for a
    group are protected together with every other group's and the unfiltered ones (aggregates.figures), which
    takes one partition of the respondents at a time: a wellbeing county inside a region, an ELY Centre made of
    regions, or a language status that cuts across them, would each let a hidden figure be worked out as one
    area's less another's, and two filters at once would make a table of three dimensions.

    A participant's area is an answer (to the question naming their municipality): areas are offered only to
    those who may see that question (`visible`, the variables the user may see), since stepping through them
    would show its figures to a working group not assigned it."""

    area = forms.ChoiceField(label=gettext_lazy("Area"), required=False)
    municipality_group = forms.ChoiceField(label=gettext_lazy("Municipality group"), required=False)
    language_status = forms.ChoiceField(label=gettext_lazy("Language status"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Survey language"), required=False)

    def __init__(self, data, survey, book, visible=None):
        super().__init__(data)
        self.year = year = survey.round_year
        seen = book.variables if visible is None else visible
        by_area = survey.audience == Audience.MUNICIPALITIES or any(v.names_place for v in seen)
        everyone = [("", _("All"))]

        def options(grouping):
            return [(area.code, area.name) for area in areas(grouping, year)]

        self.protected = survey.suppresses
        groupings = [AreaKind.REGION] if self.protected else [grouping for grouping, _label in GROUPINGS]
        self.fields["area"].choices = everyone + [
            (str(label_for(grouping, year)), [(f"{grouping}:{code}", name) for code, name in options(grouping)])
            for grouping in groupings
            if grouping not in (AreaKind.MUNICIPALITY_GROUP, AreaKind.LANGUAGE_STATUS)
        ]
        self.fields["municipality_group"].choices = everyone + options(AreaKind.MUNICIPALITY_GROUP)
        self.fields["language_status"].choices = everyone + options(AreaKind.LANGUAGE_STATUS)
        if not by_area or self.protected:
            for name in ("municipality_group", "language_status"):
                del self.fields[name]
        if not by_area:
            del self.fields["area"]
        if survey.audience == Audience.PARTICIPANTS:
            self.fields["language"].choices = everyone + [(code, code) for code in sorted(book.languages)]
        else:
            del self.fields["language"]

    def clean(self):
        data = super().clean()
        if any(self.data.get(name) for name in set(self.base_fields) - set(self.fields)):
            raise forms.ValidationError(NOT_OFFERED)
        if self.protected and len([value for value in data.values() if value]) > 1:
            raise forms.ValidationError(ONE_AT_A_TIME)
        return data

    def filters(self):
        data = self.cleaned_data
        grouping, _sep, area = (data.get("area") or "").partition(":")
        return Filters(
            grouping=grouping,
            area=area,
            municipality_group=data.get("municipality_group", ""),
            language_status=data.get("language_status", ""),
            language=data.get("language", ""),
            year=self.year,
        )


def filtered(data, survey, book, visible=None):
    """(filter form, Filters, respondents); a filter value the form does not offer is a 400. `visible`: the
    variables the user may see, where not all (FilterForm)."""
    form = FilterForm(data, survey, book, visible)
    if not form.is_valid():
        raise BadFilter(*form.non_field_errors())
    filters = form.filters()
    return form, filters, aggregates.respondents(survey, filters, book)


NOT_OFFERED = gettext_lazy("That filter is not one this survey offers.")
ONE_AT_A_TIME = gettext_lazy(
    "This survey protects small groups: its results are shown by region or by language, one at a time. Choose "
    "one filter."
)


CROSSTAB_FOR_ALL = gettext_lazy(
    "This survey protects small groups: a cross-tabulation is shown for all its respondents, without a filter."
)


class BadFilter(Exception):
    """A filter the form does not offer; its message, if any, says why."""
