"""Finland's own areas, as a survey's year had them: results group and filter municipalities by these. The state's
regional offices changed on 1 January 2026, when the ELY Centres became ten elinvoimakeskus: "regional_centre"
is the ELY Centre up to 2025 and the elinvoimakeskus from 2026, by the year asked about."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Area, AreaKind, MunicipalityYear

REGIONAL_CENTRE = "regional_centre"
FIRST_ELINVOIMAKESKUS_YEAR = 2026
GROUPINGS = [
    (AreaKind.REGION, _("Region")),
    (AreaKind.WELLBEING_COUNTY, _("Wellbeing services county")),
    (REGIONAL_CENTRE, _("ELY Centre or elinvoimakeskus")),
    (AreaKind.EMPLOYMENT_AREA, _("Employment area")),
    (AreaKind.MUNICIPALITY_GROUP, _("Municipality group")),
    (AreaKind.LANGUAGE_STATUS, _("Language status")),
]


def field_for(grouping, year):
    """The MunicipalityYear field holding a municipality's area of `grouping` in `year`."""
    if grouping == REGIONAL_CENTRE:
        return AreaKind.ELINVOIMAKESKUS if year >= FIRST_ELINVOIMAKESKUS_YEAR else AreaKind.ELY_CENTRE
    if grouping not in dict(GROUPINGS):
        raise ValueError(f"no such grouping: {grouping}")
    return grouping


def label_for(grouping, year):
    """The grouping's name in `year` ("ELY Centre" to 2025, "elinvoimakeskus" from 2026)."""
    if grouping == REGIONAL_CENTRE:
        return AreaKind(field_for(grouping, year)).label
    return dict(GROUPINGS)[grouping]


def areas(grouping, year):
    """The areas of `grouping` that municipalities belonged to in `year`, in code order."""
    field = field_for(grouping, year)
    used = MunicipalityYear.objects.filter(year=year).values(f"{field}_id")
    return Area.objects.filter(pk__in=used).order_by("code")


def municipalities_in(grouping, code, year):
    """The ids of the municipalities in the area `code` of `grouping` in `year` (a subquery)."""
    field = field_for(grouping, year)
    return MunicipalityYear.objects.filter(year=year, **{f"{field}__code": code}).values("municipality_id")


def area_codes_by_municipality(grouping, year):
    """{municipality code: the code of its area of `grouping`} in `year`: where figures counted by municipality
    are summed by area."""
    field = field_for(grouping, year)
    return dict(MunicipalityYear.objects.filter(year=year).values_list("municipality__code", f"{field}__code"))


def municipality_codes_in(grouping, code, year):
    """The codes of those municipalities (a subquery): where answers name municipalities by code."""
    field = field_for(grouping, year)
    return MunicipalityYear.objects.filter(year=year, **{f"{field}__code": code}).values("municipality__code")


def name_in_language(row):
    """The name of an area row (a dict with name_fi, name_sv and name_en) in the active language, Finnish
    where Statistics Finland publishes none."""
    language = (get_language() or "fi")[:2]
    return row.get(f"name_{language}") or row["name_fi"]


def area_of(municipality, grouping, year):
    """The area a municipality belonged to in `year`, or None."""
    field = field_for(grouping, year)
    row = MunicipalityYear.objects.filter(municipality=municipality, year=year).select_related(field).first()
    return getattr(row, field, None) if row else None
