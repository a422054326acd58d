"""Wizard storage in the municipality's shared response row, so that every completed step is on the server and a
colleague can go on from another device with the same link."""

from formtools.wizard.storage.base import BaseStorage


class ResponseStorage(BaseStorage):
    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.survey_response = request.survey_response
        self.data = self.survey_response.draft or {}
        if not self.data:
            self.init_data()

    def reset(self):
        """A submitted response keeps its draft, so that staff can reopen it with every answer in place."""
        from .models import ResponseStatus

        if self.survey_response.status != ResponseStatus.SUBMITTED:
            super().reset()

    def update_response(self, response):
        super().update_response(response)
        if self.data != self.survey_response.draft:
            self.survey_response.draft = self.data
            type(self.survey_response).objects.filter(pk=self.survey_response.pk).update(draft=self.data)
