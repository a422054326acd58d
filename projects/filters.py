"""Project filters shared by the project index page and the API: goal, means, region, status and year."""

import django_filters
from django.utils.translation import gettext_lazy as _

from reference.kept import kept_rows
from reference.models import Area, AreaKind, Goal, Means

from .models import ProjectPage, ProjectStatus


def region_choices():
    """The regions in their table's order, from the rows kept in the process (reference.kept)."""
    return [(area.code, area.name) for _order, area in sorted(kept_rows(Area).values()) if area.kind == AreaKind.REGION]


def year_choices():
    return [(str(y), str(y)) for y in range(2022, 2028)]


ALL = _("All")


class ProjectFilterSet(django_filters.FilterSet):
    goal = django_filters.ChoiceFilter(label=_("Goal"), choices=Goal.choices, field_name="goals__code", empty_label=ALL)
    means = django_filters.ChoiceFilter(
        label=_("Means"), choices=Means.choices, field_name="means__code", empty_label=ALL
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=region_choices, field_name="regions__code", empty_label=ALL
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ProjectStatus.choices, empty_label=ALL)
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        choices=year_choices,
        method="filter_year",
        help_text=_("Projects running that year."),
    )

    class Meta:
        model = ProjectPage
        fields = ["goal", "means", "region", "status", "year"]

    def filter_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(start_date__year__lte=year, end_date__year__gte=year)

    @property
    def error_messages(self):
        """`{"goal": ["Select a valid choice. …"]}` for the parameters that were wrong."""
        return {field: [str(e) for e in errors] for field, errors in self.form.errors.items()}
