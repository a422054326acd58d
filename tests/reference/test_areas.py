"""Areas as the survey's year had them: the ELY Centres up to 2025, the elinvoimakeskus from 2026."""

import pytest

from reference.areas import REGIONAL_CENTRE, areas, label_for, municipalities_in
from reference.models import Municipality, MunicipalityYear

pytestmark = pytest.mark.django_db


def test_the_regional_centre_is_the_ely_centre_to_2025_and_the_elinvoimakeskus_from_2026():
    helsinki = Municipality.objects.get(code="091")
    for year, kind in ((2025, "ely_centre"), (2026, "elinvoimakeskus")):
        centres = list(areas(REGIONAL_CENTRE, year))
        assert centres and {area.kind for area in centres} == {kind}
        expected = getattr(MunicipalityYear.objects.get(municipality=helsinki, year=year), kind)
        within = set(municipalities_in(REGIONAL_CENTRE, expected.code, year).values_list("municipality_id", flat=True))
        assert helsinki.pk in within
    assert len(list(areas(REGIONAL_CENTRE, 2026))) == 10  # the ten elinvoimakeskus
    assert str(label_for(REGIONAL_CENTRE, 2025)) != str(label_for(REGIONAL_CENTRE, 2026))


def test_a_region_holds_the_municipalities_of_its_year():
    uusimaa = set(municipalities_in("region", "01", 2025).values_list("municipality_id", flat=True))
    expected = set(
        MunicipalityYear.objects.filter(year=2025, region__code="01").values_list("municipality_id", flat=True)
    )
    assert uusimaa == expected and len(uusimaa) > 20
