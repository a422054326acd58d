"""The survey editor stays short: sections and questions collapsed to one line each (kind, code, text) until
opened, and the help on codes said once, not under every code."""

import html
import json

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
