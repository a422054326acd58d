"""The survey editor stays short: sections and questions collapsed to one line each (kind, code, text) until
opened, and the help on codes said once, not under every code."""

import html
import json
import re
from pathlib import Path

import pytest
from django.utils import translation
from wagtail import blocks

from surveys.blocks import CODE_HELP, SectionBlock
from tests.factories import SurveyPageFactory, question, section

pytestmark = pytest.mark.django_db


def test_a_ten_question_survey_says_its_code_help_once_and_opens_collapsed(admin_client):
    questions = [question("yes_no", f"q{n}", f"Kysymys {n}?") for n in range(10)]
    survey = SurveyPageFactory(sections=json.dumps([section("Osio", *questions)]))
    page = html.unescape(admin_client.get(f"/admin/pages/{survey.pk}/edit/").content.decode())
    with translation.override("fi"):  # the admin's language here
        help_text = str(CODE_HELP)[:40]
    assert page.count(help_text) == 1  # said once, above the sections (as the page's HTML) ...
    assert json.dumps(help_text)[1:-1] not in page  # ... and under no code field (the editor's block definitions)
    assert not [block for block in code_blocks(SectionBlock()) if block.field.help_text]
    # The sections and each section's questions start collapsed; collapsed, a question reads "kind: code · text".
    assert page.count('"collapsed": true') >= 2
    assert page.count('"labelFormat": "{code} \\u00b7 {label}"') >= 10
    assert '"labelFormat": "{title}"' in page


def code_blocks(block):
    """Every code field in a block's tree."""
    if isinstance(block, blocks.RegexBlock):
        yield block
    children = getattr(block, "child_blocks", None) or {}
    for child in children.values():
        yield from code_blocks(child)
    if isinstance(block, blocks.ListBlock):
        yield from code_blocks(block.child_block)


def test_a_condition_offers_the_surveys_own_questions_and_choices(admin_client):
    housing = question(
        "single_choice", "housing", "Asutko vuokralla?", choices=[("rent", "Vuokralla"), ("own", "Omistan")]
    )
    worked = question("yes_no", "worked", "Oletko töissä?")
    name = question("short_text", "name", "Nimi")  # no choices: nothing for a condition to name
    survey = SurveyPageFactory(sections=json.dumps([section("Alku", housing, worked, name)]))
    page = html.unescape(admin_client.get(f"/admin/pages/{survey.pk}/edit/").content.decode())
    questions = re.search(r'<datalist id="survey-condition-questions">(.*?)</datalist>', page, re.S).group(1)
    assert re.findall(r'<option value="([^"]+)">', questions) == ["housing", "worked"]
    choices = re.search(r'<datalist id="survey-condition-choices">(.*?)</datalist>', page, re.S).group(1)
    assert '<option value="rent">housing: Vuokralla</option>' in choices
    assert re.findall(r'<option value="([^"]+)">worked:', choices) == ["yes", "no"]
    # The condition's two fields are inputs with those lists (the editor's block definitions, as JSON).
    assert 'list=\\"survey-condition-questions\\"' in page and 'list=\\"survey-condition-choices\\"' in page
    # The picker (static/js/survey_condition_picker.js) offers a new question's own choices before it is saved.
    kinds = json.loads(
        re.search(r'<script id="survey-condition-kinds" type="application/json">(.*?)</script>', page).group(1)
    )
    assert (
        kinds["yes_no"] == [["yes", "Kyllä"], ["no", "Ei"]]
        and [code for code, _ in kinds["agreement"]][0] == "strongly_disagree"
    )
    assert "single_choice" not in kinds and "statement_group" not in kinds and "municipality" not in kinds
    assert "js/survey_condition_picker.js" in page


def test_a_questions_choices_are_laid_out_a_row_each(admin_client):
    """Code and text side by side: the choice fields carry the class the editor's style sheet lays out."""
    housing = question(
        "single_choice", "housing", "Asutko vuokralla?", choices=[("rent", "Vuokralla"), ("own", "Omistan")]
    )
    survey = SurveyPageFactory(sections=json.dumps([section("Alku", housing)]))
    page = html.unescape(admin_client.get(f"/admin/pages/{survey.pk}/edit/").content.decode())
    assert '"classname": {"_val": "struct-block choice-item"' in page or '"struct-block choice-item"' in page
    assert "css/survey_editor.css" in page
    css = (Path(__file__).resolve().parents[2] / "static/css/survey_editor.css").read_text()
    assert re.search(r"\.choice-item[^{]*\{[^}]*display: grid", css)
