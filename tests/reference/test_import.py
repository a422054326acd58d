"""The municipality reference data, as the demo loader imported it from Statistics Finland's CSV files."""

import pytest

from reference.importer import import_municipalities
from reference.models import Area, AreaKind, Municipality, MunicipalityYear

pytestmark = pytest.mark.django_db


def test_every_municipality_of_each_year_is_imported():
    assert MunicipalityYear.objects.filter(year=2026).count() == 308
    assert MunicipalityYear.objects.filter(year=2024).count() == 309
    assert MunicipalityYear.objects.filter(year=2021).count() == 309
    # Pertunmaa (code 588) merged into Mäntyharju on 1 January 2025: it exists until 2024 only.
    assert set(MunicipalityYear.objects.filter(municipality__code="588").values_list("year", flat=True)) == {
        2021,
        2022,
        2023,
        2024,
    }


def test_codes_are_strings_with_leading_zeros():
    alajarvi = Municipality.objects.get(code="005")
    assert alajarvi.name_fi == "Alajärvi"
    assert Municipality.objects.filter(code="5").count() == 0
    assert all(len(code) == 3 for code in Municipality.objects.values_list("code", flat=True))


def test_groupings_follow_the_year():
    helsinki_2026 = MunicipalityYear.objects.select_related(
        "region", "wellbeing_county", "employment_area", "ely_centre", "elinvoimakeskus"
    ).get(municipality__code="091", year=2026)
    assert helsinki_2026.region.code == "01" and helsinki_2026.region.name_sv == "Nyland"
    assert helsinki_2026.wellbeing_county.name_fi == "Helsingin kaupunki"
    assert helsinki_2026.employment_area.name_fi == "Helsinki"
    assert helsinki_2026.ely_centre is None
    assert helsinki_2026.elinvoimakeskus.name_fi == "Uudenmaan elinvoimakeskus"
    assert helsinki_2026.regional_centre == helsinki_2026.elinvoimakeskus

    helsinki_2025 = MunicipalityYear.objects.get(municipality__code="091", year=2025)
    assert helsinki_2025.elinvoimakeskus is None
    assert helsinki_2025.ely_centre.name_fi == "Uudenmaan ELY-keskus"
    assert helsinki_2025.regional_centre == helsinki_2025.ely_centre

    # Employment areas began in 2025, when public employment services moved to the municipalities.
    assert MunicipalityYear.objects.filter(year=2024, employment_area__isnull=False).count() == 0
    assert MunicipalityYear.objects.filter(year=2025, employment_area__isnull=True).count() == 0


def test_the_ten_elinvoimakeskus_and_nineteen_regions():
    in_2026 = MunicipalityYear.objects.filter(year=2026)
    assert in_2026.values("elinvoimakeskus").distinct().count() == 10
    assert in_2026.filter(elinvoimakeskus__isnull=True).count() == 0
    assert in_2026.values("region").distinct().count() == 19
    assert Area.objects.filter(kind=AreaKind.REGION).count() == 19
    assert in_2026.filter(region__code="21").count() == 16  # Åland
    assert MunicipalityYear.objects.filter(year=2025).values("ely_centre").distinct().count() == 16


def test_import_again_changes_nothing():
    before = list(MunicipalityYear.objects.order_by("pk").values())
    areas = Area.objects.count()
    counts = import_municipalities()
    assert counts[2026] == 308
    assert list(MunicipalityYear.objects.order_by("pk").values()) == before
    assert Area.objects.count() == areas
