import pytest
from wagtail import blocks

from core.blocks import LinkBlock


def test_a_link_without_a_page_or_an_address_is_refused_with_a_message():
    block = LinkBlock()
    with pytest.raises(blocks.StructBlockValidationError) as refused:
        block.clean(block.to_python({"label": "Lue lisää", "page": None, "url": ""}))
    assert "page" in refused.value.block_errors
