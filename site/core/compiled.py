"""Queries compiled to SQL once in a process, then run with new values.

Django compiles a queryset to SQL every time it is run. For the query that reads the page being served (a page
type's table joined to Wagtail's, with what it shows beside it) compiling took longer than PostgreSQL took to
answer: 0.8 ms of 1.5. A query that a view runs again and again with only a value changed (the page's id) is
compiled here once, under a key its caller names, and the SQL is kept with the place of each value among its
parameters. The rows are made into model instances as Django's own ModelIterable makes them."""

import operator

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import ModelIterable, get_related_populators

_compiled = {}  # (database alias, key): (compiler, its converters, SQL, parameters, places of the values)


def fetch(key, queryset, *values):
    """`list(queryset)`, with its SQL compiled once for `key`. Every queryset given under one `key` must differ
    from the others only in `values`, values it filters on, as the ORM prepares them (a primary key's int): each
    must appear once among the SQL's parameters, else the queryset is run as Django runs it. So are querysets of
    other kinds (values(), prefetching, a preview's in-memory children) and querysets that match nothing by
    construction."""
    if not _plain(queryset):
        return list(queryset)
    database = queryset.db
    compiled = _compiled.get((database, key))
    if compiled is None:
        compiled = _compile(queryset, values)
        if compiled is None:
            return list(queryset)
        _compiled[(database, key)] = compiled
    compiler, converters, sql, parameters, places = compiled
    parameters = list(parameters)
    for place, value in zip(places, values, strict=True):
        parameters[place] = value
    with connections[database].cursor() as cursor:
        cursor.execute(sql, parameters)
        rows = cursor.fetchall()
    if converters:
        rows = compiler.apply_converters(rows, converters)
    return list(_instances(queryset, compiler, rows))


def _plain(queryset):
    return (
        isinstance(queryset, QuerySet)
        and queryset._iterable_class is ModelIterable
        and not queryset._prefetch_related_lookups
        and queryset._result_cache is None
    )


def _compile(queryset, values):
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, parameters = compiler.as_sql()
    except EmptyResultSet:  # matches nothing, whatever the values
        return None
    places = []
    for value in values:
        found = [i for i, parameter in enumerate(parameters) if type(parameter) is type(value) and parameter == value]
        if len(found) != 1:
            return None
        places.append(found[0])
    fields = [column[0] for column in compiler.select[: compiler.col_count]]
    if len(set(places)) != len(places) or compiler.has_composite_fields(fields):
        return None
    return compiler, compiler.get_converters(fields), sql, tuple(parameters), places


def _instances(queryset, compiler, rows):
    """Model instances of `rows` (converted), as django.db.models.query.ModelIterable makes them (Django 5.2)."""
    database = queryset.db
    select, klass_info, annotation_col_map = compiler.select, compiler.klass_info, compiler.annotation_col_map
    model = klass_info["model"]
    start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
    init_list = [column[0].target.attname for column in select[start:end]]
    related_populators = get_related_populators(klass_info, select, database)
    known_related_objects = [
        (
            field,
            related_objects,
            operator.attrgetter(
                *[
                    field.attname if from_field == "self" else queryset.model._meta.get_field(from_field).attname
                    for from_field in field.from_fields
                ]
            ),
        )
        for field, related_objects in queryset._known_related_objects.items()
    ]
    for row in rows:
        instance = model.from_db(database, init_list, row[start:end])
        for populator in related_populators:
            populator.populate(row, instance)
        for name, position in (annotation_col_map or {}).items():
            setattr(instance, name, row[position])
        for field, related_objects, related_id in known_related_objects:
            if not field.is_cached(instance) and related_id(instance) in related_objects:
                setattr(instance, field.name, related_objects[related_id(instance)])
        yield instance
