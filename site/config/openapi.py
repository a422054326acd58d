"""An OpenAPI 3.0 description of /api/v2/, built from the models' `api_fields` and the API's own field lists, so
that it cannot drift from what the API serves: a new field or page type appears here by itself, and Schemathesis
(tests/config/test_api_schema.py) holds every response to it.

Each page type has a schema of its own that admits only its fields (additionalProperties: false) and only its
own type name in meta.type, so that a listing's item matches exactly one of them."""

import typing

from django.conf import settings
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from projects.filters import ProjectFilterSet

STRING, INTEGER, BOOLEAN = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
URI = {"type": "string", "format": "uri"}
FIELD_TYPES = [
    (StreamField, {"type": "array", "items": {"$ref": "#/components/schemas/StreamBlock"}}),
    (RichTextField, STRING),
    (models.BooleanField, BOOLEAN),
    (models.DateTimeField, {"type": "string", "format": "date-time"}),
    (models.DateField, {"type": "string", "format": "date"}),
    (models.DecimalField, {"type": "string", "format": "decimal"}),
    (models.IntegerField, INTEGER),
    (models.URLField, STRING),  # blank allowed: "" is not a URI
    (models.EmailField, STRING),
    (models.CharField, STRING),
    (models.TextField, STRING),
]
PYTHON_TYPES = {str: STRING, list[str]: {"type": "array", "items": STRING}}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def strict(properties, required=(), **extra):
    """An object with exactly these properties (`required` among them), and none other."""
    schema = {"type": "object", "additionalProperties": False, "properties": properties, **extra}
    return {**schema, "required": list(required)} if required else schema


def nullable(schema, field):
    return {**schema, "nullable": True} if getattr(field, "null", False) else schema


def related_object(model):
    """A foreign key as Wagtail's API gives it: the object's id and type."""
    return strict(
        {"id": INTEGER, "meta": strict({"type": {"type": "string", "enum": [model._meta.label]}})}, ["id", "meta"]
    )


def child_object(model):
    """An inline child (an Orderable) with its own api_fields."""
    properties = {"id": INTEGER, "meta": strict({"type": STRING})}
    properties.update({f.name: api_field_schema(model, f) for f in getattr(model, "api_fields", [])})
    return strict(properties)


def api_field_schema(model, api_field):
    """The schema of one of `model`'s api_fields: from its serializer's `openapi_schema` if it has one, else
    from the model field, else from the return type of the property of that name."""
    if api_field.serializer is not None and hasattr(api_field.serializer, "openapi_schema"):
        return api_field.serializer.openapi_schema
    name = api_field.name
    try:
        field = model._meta.get_field(name)
    except Exception:
        return PYTHON_TYPES[typing.get_type_hints(getattr(model, name).fget)["return"]]
    if field.is_relation and (field.one_to_many or field.many_to_many):
        return {"type": "array", "items": child_object(field.related_model)}
    if field.is_relation and issubclass(field.related_model, Page):
        return {**nested_page(), "nullable": field.null}
    if field.is_relation:
        return nullable(related_object(field.related_model), field)
    for field_class, schema in FIELD_TYPES:
        if isinstance(field, field_class):
            if field.choices:
                values = [value for value, _ in field.choices] + ([""] if field.blank and schema is STRING else [])
                schema = {**schema, "enum": values}
            return nullable(schema, field)
    return nullable(STRING, field)


def nested_page():
    """A page named by another (its parent, the page it is an alias of, a related page)."""
    meta = strict({"type": STRING, "detail_url": URI, "html_url": {**URI, "nullable": True}})
    return strict({"id": INTEGER, "title": STRING, "meta": meta}, ["id", "meta"], nullable=True)


def page_meta(name):
    return strict(
        {
            "type": {"type": "string", "enum": [name]},
            "detail_url": URI,
            "html_url": {**URI, "nullable": True},
            "slug": STRING,
            "show_in_menus": BOOLEAN,
            "seo_title": STRING,
            "search_description": STRING,
            "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
            "alias_of": nested_page(),
            "parent": nested_page(),
            "locale": {"type": "string", "enum": LANGUAGE_CODES},
        },
        ["type"],
    )


def page_types():
    return [model for model in get_page_models() if model is not Page]


def page_name(model):
    return model._meta.label


def page_schemas():
    schemas = {}
    for model in page_types():
        name = page_name(model)
        properties = {"id": INTEGER, "title": STRING, "meta": page_meta(name)}
        properties.update({f.name: api_field_schema(model, f) for f in getattr(model, "api_fields", [])})
        schemas[name] = strict(properties, ["id", "meta"], description=str(model._meta.verbose_name))
    return schemas


def file_schema(type_name, extra_body=None):
    """An image or a document as Wagtail's API gives it."""
    meta = strict(
        {
            "type": {"type": "string", "enum": [type_name]},
            "detail_url": URI,
            "tags": {"type": "array", "items": STRING},
            "download_url": STRING,
        },
        ["type"],
    )
    return strict({"id": INTEGER, "title": STRING, **(extra_body or {}), "meta": meta}, ["id", "meta"])


def query_parameter(name, description, schema=None):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or STRING,
    }


def project_filter_parameters():
    parameters = []
    for name, flt in ProjectFilterSet.base_filters.items():
        choices = flt.extra.get("choices")
        schema = STRING
        if choices and not callable(choices):
            schema = {"type": "string", "enum": [value for value, _ in choices]}
        parameters.append(query_parameter(name, f"{flt.label} (only with type=projects.ProjectPage)", schema))
    return parameters


ID = {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}
COMMON_PARAMETERS = [
    query_parameter("fields", "Comma-separated fields to add (or -field to remove, * for all, _ for none)"),
    query_parameter("limit", "Items per response (max 100)", {"type": "integer", "minimum": 0, "maximum": 100}),
    query_parameter("offset", "Items to skip", {"type": "integer", "minimum": 0, "maximum": 2**31 - 1}),
    query_parameter("order", "Field to order by; prefix - for descending, or 'random'"),
    query_parameter("search", "Full-text search"),
    query_parameter("search_operator", "How search words combine", {"type": "string", "enum": ["and", "or"]}),
]


def page_parameters():
    return [
        query_parameter("type", "Page type; enables that type's fields", {"type": "string", "enum": sorted(PAGES)}),
        *COMMON_PARAMETERS,
        query_parameter("locale", "Language code", {"type": "string", "enum": LANGUAGE_CODES}),
        query_parameter("child_of", "Id of the parent page", ID),
        query_parameter("ancestor_of", "Id of a descendant page", ID),
        query_parameter("descendant_of", "Id of an ancestor page", ID),
        query_parameter("translation_of", "Id of a page whose translations to list", ID),
        *project_filter_parameters(),
    ]


PAGES = {page_name(model) for model in page_types()}


def listing_response(item):
    return {
        "200": {
            "description": "A page of results",
            "content": {
                "application/json": {
                    "schema": strict(
                        {"meta": strict({"total_count": INTEGER}), "items": {"type": "array", "items": item}},
                        ["meta", "items"],
                    )
                }
            },
        },
        "400": {"$ref": "#/components/responses/BadRequest"},
    }


def detail(item, what, parameters=()):
    return {
        "get": {
            "summary": f"One {what}",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": ID}, *parameters],
            "responses": {
                "200": {"description": f"The {what}", "content": {"application/json": {"schema": item}}},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }


def openapi_document(server_url):
    page = {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in page_schemas()]}
    image = {"$ref": "#/components/schemas/Image"}
    document = {"$ref": "#/components/schemas/Document"}
    fields = [COMMON_PARAMETERS[0]]
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Kuntaan API",
            "version": "2",
            "description": "Pages, projects, images and documents of the Kuntaan programme site (Wagtail API v2). "
            "Invalid query parameters are answered with 400 and a message; `type` and `id` cannot be removed "
            "from the fields.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/pages/": {
                "get": {
                    "summary": "List live pages",
                    "parameters": page_parameters(),
                    "responses": listing_response(page),
                }
            },
            "/pages/{id}/": detail(page, "page", fields),
            "/pages/find/": {
                "get": {
                    "summary": "Find a page by its path on the site",
                    "parameters": [
                        query_parameter("html_path", "Path of the page as the site shows it, e.g. /fi/uutiset/")
                    ],
                    "responses": {
                        "302": {"description": "Redirect to the page's detail URL"},
                        "400": {"$ref": "#/components/responses/BadRequest"},
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                }
            },
            "/images/": {
                "get": {"summary": "List images", "parameters": COMMON_PARAMETERS, "responses": listing_response(image)}
            },
            "/images/{id}/": detail(image, "image", fields),
            "/documents/": {
                "get": {
                    "summary": "List documents",
                    "parameters": COMMON_PARAMETERS,
                    "responses": listing_response(document),
                }
            },
            "/documents/{id}/": detail(document, "document", fields),
            "/results/{id}/csv/": {
                "get": {
                    "summary": "A published result as CSV: the figures frozen when its page was published",
                    "description": (
                        "The id is that of an item of a results page's `published_results`. UTF-8 with a byte "
                        "order mark. A question's or a trend's result: round, code, answer, count, share, "
                        "respondents, mean, median (the last two for a number or a scale); a cross-tabulation's: "
                        "row_code, row, column_code, column, count, row_total, column_total, total. Every line "
                        "ends with filters (whom the figures count, as `area=region:01`) and frozen (when). A "
                        "figure hidden to protect small groups is `..`."
                    ),
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": ID},
                        query_parameter("locale", "Language of the labels", {"type": "string", "enum": LANGUAGE_CODES}),
                    ],
                    "responses": {
                        "200": {"description": "The figures", "content": {"text/csv": {"schema": STRING}}},
                        "400": {"$ref": "#/components/responses/BadRequest"},
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "StreamBlock": {
                    "type": "object",
                    "required": ["type", "value"],
                    "properties": {"type": STRING, "value": {}, "id": STRING},
                },
                "Image": file_schema("wagtailimages.Image", {"width": INTEGER, "height": INTEGER}),
                "Document": file_schema("wagtaildocs.Document"),
                **page_schemas(),
            },
            "responses": {
                "BadRequest": {
                    "description": "An invalid query parameter or value",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "required": ["message"], "properties": {"message": STRING}}
                        }
                    },
                },
                "NotFound": {
                    "description": "No such item",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"message": STRING, "detail": STRING}}
                        }
                    },
                },
            },
        },
    }
