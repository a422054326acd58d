"""Form field pieces the kinds of question share (surveys.fields)."""

import pytest
from django import forms
from django.test.html import parse_html

from surveys.fields import FlatSelect, MunicipalityField

CHOICES = [("", "—"), ("091", "Helsinki"), ("049", "Espoo"), ("005", "Alajärvi & <Muu>"), ("49", "Ei kunta")]


@pytest.mark.parametrize("value", [None, "", "091", "005", "049", "49", "999", ["049", "091"]])
def test_a_flat_drop_down_is_the_html_of_djangos(value):
    """The same options, escaped the same way, the same one selected (the blank one for no answer, none for an
    unknown code), as Django's own Select writes them."""
    attrs = {"id": "id_0-kunta", "aria-describedby": "kunta-help", "required": True}
    ours = FlatSelect(attrs=attrs, choices=CHOICES).render("0-kunta", value)
    django = forms.Select(attrs=attrs, choices=CHOICES).render("0-kunta", value)
    assert parse_html(ours) == parse_html(django)
    assert ours.count("<option") == len(CHOICES)


@pytest.mark.django_db
def test_the_municipality_drop_down_lists_the_years_municipalities_with_the_answer_selected():
    field = MunicipalityField(year=2025)
    html = field.widget.render("0-kunta", "091")
    assert html.count("<option") == len(list(field.choices)) > 300
    assert '<option value="091" selected>Helsinki</option>' in html
