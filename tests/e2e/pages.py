"""Where each page type of the demo site is, found through the site's own API as a headless client would."""

import json
import urllib.request
from urllib.parse import urlparse

from tests.page_types import PAGE_TYPES  # noqa: F401 (re-exported for the browser tests)


def page_path(server, page_type, lang):
    url = f"{server.url}/api/v2/pages/?type={page_type}&locale={lang}&limit=1"
    with urllib.request.urlopen(url) as response:
        items = json.load(response)["items"]
    assert items, f"the demo has no {page_type} in {lang}"
    return urlparse(items[0]["meta"]["html_url"]).path
