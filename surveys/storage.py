"""Wizard storage in the municipality's shared response row, so that every completed step is on the server and a
colleague can go on from another device with the same link.

Colleagues share the row, so the storage never writes it on its own: MunicipalityWizard.post locks the row,
loads the draft from it, lets the wizard change the step posted and saves it in the same transaction. Two
colleagues saving different steps at once thus both keep theirs, and opening a page (a GET) writes nothing."""

import copy

from django.utils import timezone
from formtools.wizard.storage.base import BaseStorage


class ResponseStorage(BaseStorage):
    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.load(request.survey_response)

    def load(self, survey_response):
        """Work on `survey_response`'s draft: a copy, so that what changes is told apart from what was read."""
        self.survey_response = survey_response
        self.data = copy.deepcopy(survey_response.draft)
        if not self.data:
            self.init_data()

    def save(self):
        """Write the draft to the response row, if it changed (called with the row locked), and when: the status
        board shows when a municipality last saved."""
        if self.data != self.survey_response.draft:
            rows = type(self.survey_response).objects.filter(pk=self.survey_response.pk)
            rows.update(draft=self.data, saved_at=timezone.now())
            self.survey_response.draft = copy.deepcopy(self.data)

    def reset(self):
        """Never emptied, neither by `?reset` on the shared link nor on submitting: colleagues' saved steps stay,
        and staff can reopen a submitted response with every answer in place."""
