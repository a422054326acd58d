"""Errors whose message the visitor reads."""

from django.core.exceptions import BadRequest


class ExplainedBadRequest(BadRequest):
    """A 400 that tells the visitor what to do: config.views.bad_request shows `message` in the site's layout."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message
