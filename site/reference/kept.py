"""The rows of a reference table, kept in each process until the page-cache version moves (core.page_cache).

Pages show organisations', municipalities', regions', goals' and means' names. They change only by an import
(reference.importer) or by an edit of an organisation in the admin, and both move the version."""

from core.page_cache import kept_until_published


def kept_rows(model):
    """{id: (place in the model's order, row)} of every row of a reference table, kept until a publish."""
    return kept_until_published(
        ("reference rows", model._meta.label),
        lambda: {row.pk: (order, row) for order, row in enumerate(model._default_manager.all())},
    )
