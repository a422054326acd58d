"""An OpenAPI 3.0 description of /api/v2/, built from the page models' `api_fields`, so it cannot drift from
what the API serves: a new field or page type appears here by itself."""

import typing

from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from projects.filters import ProjectFilterSet

FIELD_TYPES = [
    (StreamField, {"type": "array", "items": {"type": "object"}, "description": "StreamField blocks"}),
    (RichTextField, {"type": "string", "format": "html"}),
    (models.BooleanField, {"type": "boolean"}),
    (models.DateTimeField, {"type": "string", "format": "date-time"}),
    (models.DateField, {"type": "string", "format": "date"}),
    (models.DecimalField, {"type": "string", "format": "decimal"}),
    (models.IntegerField, {"type": "integer"}),
    (models.URLField, {"type": "string", "format": "uri"}),
    (models.EmailField, {"type": "string", "format": "email"}),
    (models.CharField, {"type": "string"}),
    (models.TextField, {"type": "string"}),
]
PYTHON_TYPES = {str: {"type": "string"}, list[str]: {"type": "array", "items": {"type": "string"}}}
RELATED = {"type": "object", "description": "related object (id and meta)"}
LIST_OF_OBJECTS = {"type": "array", "items": {"type": "object"}}


def field_schema(model, name):
    try:
        field = model._meta.get_field(name)
    except Exception:
        attribute = getattr(model, name)
        if isinstance(attribute, property):
            return PYTHON_TYPES[typing.get_type_hints(attribute.fget)["return"]]
        return LIST_OF_OBJECTS  # a child relation (Orderables) or a tag manager
    if field.is_relation:
        return LIST_OF_OBJECTS if field.many_to_many or field.one_to_many else RELATED
    for field_class, schema in FIELD_TYPES:
        if isinstance(field, field_class):
            schema = dict(schema)
            if field.choices:
                schema["enum"] = [value for value, _ in field.choices]
            return schema
    return {"type": "string"}


def page_schemas():
    schemas = {}
    for model in get_page_models():
        if model is Page:
            continue
        properties = {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "meta": {"$ref": "#/components/schemas/PageMeta"},
        }
        properties.update({f.name: field_schema(model, f.name) for f in getattr(model, "api_fields", [])})
        schemas[f"{model._meta.app_label}.{model.__name__}"] = {
            "type": "object",
            "description": str(model._meta.verbose_name),
            "properties": properties,
        }
    return schemas


def query_parameter(name, description, schema=None):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }


def project_filter_parameters():
    parameters = []
    for name, flt in ProjectFilterSet.base_filters.items():
        choices = flt.extra.get("choices")
        schema = {"type": "string"}
        if choices and not callable(choices):
            schema["enum"] = [value for value, _ in choices]
        parameters.append(query_parameter(name, f"{flt.label} (only with type=projects.ProjectPage)", schema))
    return parameters


LISTING_PARAMETERS = [
    query_parameter("type", "Page type, e.g. projects.ProjectPage; enables that type's fields as filters"),
    query_parameter("fields", "Comma-separated fields to add (or -field to remove, * for all)"),
    query_parameter("limit", "Items per response (max 100)", {"type": "integer", "minimum": 1, "maximum": 100}),
    query_parameter("offset", "Items to skip", {"type": "integer", "minimum": 0}),
    query_parameter("order", "Field to order by; prefix - for descending, or 'random'"),
    query_parameter("search", "Full-text search"),
    query_parameter("locale", "Language code: fi, sv or en"),
    query_parameter("child_of", "Id of the parent page", {"type": "integer"}),
    query_parameter("descendant_of", "Id of an ancestor page", {"type": "integer"}),
    query_parameter("translation_of", "Id of a page whose translations to list", {"type": "integer"}),
]


def listing_response(item_ref):
    return {
        "200": {
            "description": "A page of results",
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "meta": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
                            "items": {"type": "array", "items": item_ref},
                        },
                    }
                }
            },
        },
        "400": {"$ref": "#/components/responses/BadRequest"},
    }


def detail(ref, what):
    return {
        "get": {
            "summary": f"One {what}",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {
                "200": {"description": f"The {what}", "content": {"application/json": {"schema": ref}}},
                "404": {"description": "No such item"},
            },
        }
    }


def openapi_document(server_url):
    schemas = page_schemas()
    page_ref = {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in schemas]}
    simple = {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "meta": {"type": "object"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Kuntaan API",
            "version": "2",
            "description": "Pages, projects, images and documents of the Kuntaan programme site (Wagtail API v2). "
            "Invalid query parameters are answered with 400 and a message.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/pages/": {
                "get": {
                    "summary": "List live pages",
                    "parameters": LISTING_PARAMETERS + project_filter_parameters(),
                    "responses": listing_response(page_ref),
                }
            },
            "/pages/{id}/": detail(page_ref, "page"),
            "/pages/find/": {
                "get": {
                    "summary": "Find a page by its path on the site",
                    "parameters": [
                        query_parameter("html_path", "Path of the page as the site shows it, e.g. /fi/uutiset/")
                    ],
                    "responses": {
                        "302": {"description": "Redirect to the page's detail URL"},
                        "404": {"description": "No such page"},
                    },
                }
            },
            "/images/": {
                "get": {
                    "summary": "List images",
                    "parameters": LISTING_PARAMETERS[1:6],
                    "responses": listing_response(simple),
                }
            },
            "/images/{id}/": detail(simple, "image"),
            "/documents/": {
                "get": {
                    "summary": "List documents",
                    "parameters": LISTING_PARAMETERS[1:6],
                    "responses": listing_response(simple),
                }
            },
            "/documents/{id}/": detail(simple, "document"),
        },
        "components": {
            "schemas": {
                "PageMeta": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string"},
                        "detail_url": {"type": "string", "format": "uri"},
                        "html_url": {"type": "string", "format": "uri"},
                        "slug": {"type": "string"},
                        "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
                        "locale": {"type": "string"},
                    },
                },
                **schemas,
            },
            "responses": {
                "BadRequest": {
                    "description": "An invalid query parameter or value",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"message": {"type": "string"}}}
                        }
                    },
                }
            },
        },
    }
