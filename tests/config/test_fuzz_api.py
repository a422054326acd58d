"""Generated values for every parameter the API describes (taken from its OpenAPI document, so that a new
parameter is tried too), on every endpoint: the answer is JSON with a 2xx, 3xx or 4xx, never a server error."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "-1", "0", "*", "-title", "random", "\x00", "fi", "pages.NewsPage", "projects.ProjectPage"]),
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
    st.sampled_from(["10000000000000000000", "2147483648", "1e3", "2024-13-45", "placement", "01"]),
)


def parameters(client):
    """{path: [parameter names]} of the GET operations of /api/v2/openapi.json, and {path: [the content types
    of its 200]} (JSON, or CSV for a published result's download)."""
    document = client.get("/api/v2/openapi.json").json()
    names = {
        path: [p["name"] for p in operation["get"].get("parameters", []) if p["in"] == "query"]
        for path, operation in document["paths"].items()
    }
    types = {
        path: list(op["get"]["responses"].get("200", {}).get("content", {})) for path, op in document["paths"].items()
    }
    return names, types


def test_generated_parameters_never_give_a_server_error(db):
    client = Client(raise_request_exception=False)
    described, content_types = parameters(client)
    assert "offset" in described["/pages/"] and "goal" in described["/pages/"]

    @settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def request(data):
        path = data.draw(st.sampled_from(sorted(described)))
        names = described[path] or ["unknown"]
        query = data.draw(st.dictionaries(st.sampled_from(names), VALUES, max_size=4))
        item_id = data.draw(st.one_of(st.integers(0, 400), st.integers(2**31, 10**20)))
        url = "/api/v2" + path.replace("{id}", str(item_id)) + "?" + urlencode(query)
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code == 200:
            assert response["Content-Type"].split(";")[0] in content_types[path], url
        elif response.status_code != 302:
            assert response["Content-Type"].startswith("application/json"), url

    request()
