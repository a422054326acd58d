"""Schemathesis against /api/v2/openapi.json, calling the application in process: every operation with
generated parameters, checked for server errors, responses that do not conform to the described schema, and
status codes the description does not list."""

import pytest
import schemathesis
import wagtail_factories
from django.core import signals
from django.core.files.base import ContentFile
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from wagtail.documents.models import Document

from tests.page_types import PAGE_TYPES

APP = get_wsgi_application()
schema = schemathesis.openapi.from_wsgi("/api/v2/openapi.json", APP)
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


@pytest.fixture
def in_process(db):
    """Requests through the WSGI application, inside the test's transaction: as Django's test client does, the
    connection is not closed at the end of each request."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_the_api_does_what_its_description_says(case, in_process):
    case.call_and_validate(checks=CHECKS)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_with_every_field_conforms(page_type, in_process):
    """Generated values seldom ask for fields=*: every page type, listed and alone, with all its fields."""
    listing = schema["/pages/"]["GET"].Case(query={"type": page_type, "fields": "*", "limit": "3"})
    response = listing.call_and_validate(app=APP, checks=CHECKS)
    items = response.json()["items"]
    assert items, f"the demo has no {page_type}"
    detail = schema["/pages/{id}/"]["GET"].Case(path_parameters={"id": items[0]["id"]}, query={"fields": "*"})
    detail.call_and_validate(app=APP, checks=CHECKS)


def test_images_and_documents_conform(in_process):
    wagtail_factories.ImageFactory()
    Document.objects.create(title="Liite", file=ContentFile(b"%PDF-1.4", name="liite.pdf"))
    for path in ("/images/", "/documents/"):
        response = schema[path]["GET"].Case(query={"fields": "*"}).call_and_validate(app=APP, checks=CHECKS)
        item = response.json()["items"][0]
        schema[path + "{id}/"]["GET"].Case(path_parameters={"id": item["id"]}).call_and_validate(app=APP, checks=CHECKS)
